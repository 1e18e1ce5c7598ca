using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Spreadsheets.Import;

/// <summary>
/// One import's unit of work: a scope whose context (shared with the Identity store) holds the transaction,
/// the actor, the governorate, and "now" — the same for every row.
/// </summary>
internal sealed record ImportContext(
    IServiceProvider Services, PreparednessDbContext Db, Actor Actor, int GovernorateId, string GovernorateCode, DateTimeOffset Now, DateOnly Today, Uri? Site);

/// <summary>
/// What an importer found: every row's outcome and every error, and how to write it. The service writes
/// only a plan without errors, inside its transaction, and runs <see cref="AfterCommit"/> once it committed.
/// </summary>
internal sealed class ImportPlan
{
    public List<RowOutcome> Rows { get; } = [];

    public List<ImportError> Errors { get; } = [];

    public Func<CancellationToken, Task> Write { get; set; } = _ => Task.CompletedTask;

    public Func<CancellationToken, Task<IReadOnlyList<PasswordLinkRow>>> AfterCommit { get; set; } = _ => Task.FromResult<IReadOnlyList<PasswordLinkRow>>([]);

    public void Add<TRow>(string sheet, int row, string key, IReadOnlyList<SheetColumn<TRow>> columns, TRow? before, TRow after)
        where TRow : class
    {
        var changes = before is null ? [] : SheetDiff.Of(columns, before, after);
        Rows.Add(new RowOutcome(sheet, row, key, before is null ? RowAction.Create : changes.Count > 0 ? RowAction.Change : RowAction.Unchanged, changes));
    }
}

internal interface IImporter
{
    ImportKind Kind { get; }

    Task<ImportPlan> PlanAsync(ImportContext context, IReadOnlyList<ImportTable> tables, CancellationToken ct);
}
