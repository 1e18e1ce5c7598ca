namespace Preparedness.Web.Features.Tasks;

public enum SaveStatus
{
    Saved,
    Invalid,
    Conflict,
    NotFound,

    /// <summary>The same save (its idempotency key) was recorded before: nothing written again.</summary>
    AlreadySaved,
}

/// <summary>
/// The outcome of a change. <see cref="Errors"/> holds resource keys the page localizes;
/// on a conflict <see cref="Current"/> holds what is in the database now.
/// </summary>
public sealed record SaveResult(SaveStatus Status, IReadOnlyList<string> Errors, int? TaskId = null, TaskDetails? Current = null)
{
    public bool Succeeded => Status is SaveStatus.Saved or SaveStatus.AlreadySaved;

    public static SaveResult Saved(int taskId) => new(SaveStatus.Saved, [], taskId);

    public static SaveResult AlreadySaved(int taskId) => new(SaveStatus.AlreadySaved, [], taskId);

    public static SaveResult Invalid(IReadOnlyList<string> errors) => new(SaveStatus.Invalid, errors);

    public static SaveResult Conflict(TaskDetails? current) => new(SaveStatus.Conflict, ["Error.Conflict"], current?.Id, current);

    public static readonly SaveResult NotFound = new(SaveStatus.NotFound, ["Error.NotFound"]);
}
