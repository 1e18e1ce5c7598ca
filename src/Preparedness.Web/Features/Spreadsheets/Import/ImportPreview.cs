namespace Preparedness.Web.Features.Spreadsheets.Import;

public enum RowAction
{
    Create,
    Change,
    Unchanged,
}

/// <summary>One field a row changes: its column key, the value now, the value after the import.</summary>
public sealed record FieldDiff(string Column, string? From, string? To);

/// <summary>What one row will do (or did).</summary>
public sealed record RowOutcome(string Sheet, int Row, string Key, RowAction Action, IReadOnlyList<FieldDiff> Changes);

/// <summary>
/// A file's preview: every row's outcome and every error. <see cref="Applied"/> is true only after an apply
/// that wrote (a file with any error is never applied); <see cref="Links"/> are the new users' set-password links.
/// </summary>
public sealed record ImportPreview(ImportKind Kind, IReadOnlyList<RowOutcome> Rows, IReadOnlyList<ImportError> Errors, bool Applied = false)
{
    public IReadOnlyList<PasswordLinkRow> Links { get; init; } = [];

    public bool IsValid => Errors.Count == 0;

    public int Count(RowAction action) => Rows.Count(r => r.Action == action);

    public static ImportPreview Refused(ImportKind kind, params ImportError[] errors) => new(kind, [], errors);
}

/// <summary>A new user's one-time link; <see cref="Sent"/> when it was emailed to them.</summary>
public sealed record PasswordLinkRow(string Email, string Url, bool Sent);
