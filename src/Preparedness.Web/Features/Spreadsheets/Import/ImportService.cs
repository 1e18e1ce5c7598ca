using Microsoft.EntityFrameworkCore;
using Npgsql;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Localization;

namespace Preparedness.Web.Features.Spreadsheets.Import;

/// <summary>
/// The one way a file comes in, for the page and the CLI alike. Preview reads and checks; apply does the same
/// again from the file (a preview is never trusted) inside one transaction and writes only when no row has an
/// error: all or nothing. Rows that match what is stored change nothing, so the same file twice writes once.
/// </summary>
internal sealed class ImportService(IServiceScopeFactory scopes, TimeProvider clock, SheetTitles titles, IEnumerable<IImporter> importers)
{
    public Task<ImportPreview> PreviewAsync(Actor actor, ImportKind kind, int governorateId, ImportFile file, CancellationToken ct = default) =>
        RunAsync(actor, kind, governorateId, file, site: null, ct);

    /// <param name="site">The site's address, for new users' set-password links.</param>
    public Task<ImportPreview> ApplyAsync(Actor actor, ImportKind kind, int governorateId, ImportFile file, Uri site, CancellationToken ct = default) =>
        RunAsync(actor, kind, governorateId, file, site, ct);

    private async Task<ImportPreview> RunAsync(Actor actor, ImportKind kind, int governorateId, ImportFile file, Uri? site, CancellationToken ct)
    {
        actor.EnsureImports(kind, governorateId);
        var (tables, unreadable) = SheetReader.Read(file, titles);
        if (unreadable.Count > 0) return new ImportPreview(kind, [], unreadable);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PreparednessDbContext>();
        if (await db.Governorates.Where(g => g.Id == governorateId).Select(g => g.Code).SingleOrDefaultAsync(ct) is not { } code)
        {
            return ImportPreview.Refused(kind, SheetReader.FileError("Import.GovernorateUnknown"));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var context = new ImportContext(scope.ServiceProvider, db, actor, governorateId, code, clock.GetUtcNow(), CairoTime.Today(clock), site);
        var plan = await importers.Single(i => i.Kind == kind).PlanAsync(context, tables, ct);
        var preview = new ImportPreview(kind, plan.Rows, plan.Errors);
        if (site is null || !preview.IsValid || preview.Rows.All(r => r.Action == RowAction.Unchanged)) return preview;

        try
        {
            await plan.Write(ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception e) when (e is ImportWriteException or DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } })
        {
            // Someone made the same record between the check and the write: nothing of this file is kept.
            return preview with { Errors = [SheetReader.FileError((e as ImportWriteException)?.Message ?? "Import.Conflict")] };
        }

        return preview with { Applied = true, Links = await plan.AfterCommit(ct) };
    }
}

/// <summary>A write that Identity refused after the checks passed; its message is a resource key.</summary>
internal sealed class ImportWriteException(string key) : Exception(key);
