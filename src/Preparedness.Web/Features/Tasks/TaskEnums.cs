namespace Preparedness.Web.Features.Tasks;

public enum TaskCategory
{
    Drainage,
    Roads,
    Health,
    Shelters,
    Power,
    Communications,
    Stocks,
    Drills,
    Awareness,
    Planning,
}

/// <summary>Values are the weights the readiness score uses.</summary>
public enum TaskPriority
{
    Normal = 1,
    High = 2,
    Critical = 3,
}

public enum TaskStatus
{
    NotStarted,
    InProgress,
    Blocked,
    ReportedDone,
    Verified,
    Returned,
}

public enum MeasureKind
{
    DoneOrNot,
    Quantity,
}

/// <summary>What last season taught about this work; flags, so a task returned and then late carries both.</summary>
[Flags]
public enum Lesson
{
    None = 0,
    Returned = 1,
    FinishedLate = 2,
    Unfinished = 4,
}
