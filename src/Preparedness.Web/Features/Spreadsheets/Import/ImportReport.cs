namespace Preparedness.Web.Features.Spreadsheets.Import;

/// <summary>The CLI's printout: counts, each change, each error, and the new users' links.</summary>
internal static class ImportReport
{
    public static async Task WriteAsync(TextWriter output, ImportPreview preview, ImportMessages text, bool dryRun)
    {
        await output.WriteLineAsync($"{preview.Kind.Name()}: {preview.Count(RowAction.Create)} to create, {preview.Count(RowAction.Change)} to change, {preview.Count(RowAction.Unchanged)} unchanged, {preview.Errors.Count} errors.");
        foreach (var row in preview.Rows.Where(r => r.Action != RowAction.Unchanged))
        {
            var changes = string.Join("; ", row.Changes.Select(c => $"{c.Column}: {c.From} -> {c.To}"));
            await output.WriteLineAsync($"  row {row.Row} {row.Action.ToString().ToLowerInvariant()} {row.Key}{(changes.Length > 0 ? $" ({changes})" : "")}");
        }

        foreach (var error in preview.Errors)
        {
            await output.WriteLineAsync($"  ERROR {text.Describe(error)}");
        }

        if (!preview.IsValid)
        {
            await output.WriteLineAsync("Nothing was written: correct the errors and run the command again.");
            return;
        }

        await output.WriteLineAsync(preview.Applied ? "Imported." : dryRun ? "Dry run: nothing was written." : "Nothing to write: everything is already as the file says.");
        foreach (var link in preview.Links)
        {
            await output.WriteLineAsync(link.Sent ? $"  {link.Email}: set-password link emailed" : $"  {link.Email}: {link.Url}");
        }
    }
}
