using System.Globalization;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Features.Tasks;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Benchmarks.Generation;

/// <summary>
/// The path a task took to its status (created, started, reported, verified or returned), ending at
/// its last-updated moment; also sets the task's latest note and blocked reason to match.
/// </summary>
internal sealed class HistoryWriter(ReadinessTask task, Random random)
{
    private const string Secretariat = "الأمانة العامة";
    private const string Adviser = "المستشار العسكري";

    private readonly List<(HistoryKind Kind, string Author, List<FieldChange> Changes, string Note)> steps = [];
    private TaskStatus status = TaskStatus.NotStarted;
    private decimal achieved;

    public List<TaskHistoryEntry> Write(ref long nextId)
    {
        steps.Add((HistoryKind.Created, Secretariat, [], DemoPhrases.Created));
        var owner = task.LastUpdatedByName;
        switch (task.Status)
        {
            case TaskStatus.NotStarted:
                Move(owner, TaskStatus.NotStarted, 0, random.Pick(DemoPhrases.Preparing));
                break;
            case TaskStatus.InProgress:
                Move(owner, TaskStatus.InProgress, 0, random.Pick(DemoPhrases.Started));
                Move(owner, TaskStatus.InProgress, task.Achieved, random.Pick(DemoPhrases.Started));
                break;
            case TaskStatus.Blocked:
                Move(owner, TaskStatus.InProgress, task.Achieved, random.Pick(DemoPhrases.Started));
                Move(owner, TaskStatus.Blocked, task.Achieved, random.Pick(DemoPhrases.Blocked));
                task.BlockedReason = steps[^1].Note;
                break;
            default:
                Move(owner, TaskStatus.InProgress, Math.Floor(task.Achieved / 2), random.Pick(DemoPhrases.Started));
                Move(owner, TaskStatus.ReportedDone, task.Achieved, random.Pick(DemoPhrases.ReportedDone));
                if (task.Status is TaskStatus.Verified or TaskStatus.Returned)
                {
                    Move(Adviser, task.Status, task.Achieved, random.Pick(task.Status == TaskStatus.Verified ? DemoPhrases.Verified : DemoPhrases.Returned));
                }

                break;
        }

        task.LatestNote = steps[^1].Note;
        var span = task.LastUpdatedAt - task.CreatedAt;
        var entries = new List<TaskHistoryEntry>(steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            var (kind, author, changes, note) = steps[i];
            entries.Add(new TaskHistoryEntry
            {
                Id = nextId++,
                TaskId = task.Id,
                At = task.CreatedAt + (span * i / Math.Max(1, steps.Count - 1)),
                UserName = author,
                Kind = kind,
                Changes = changes,
                Note = note,
            });
        }

        return entries;
    }

    private void Move(string author, TaskStatus to, decimal toAchieved, string note)
    {
        var changes = new List<FieldChange>();
        if (to != status)
        {
            changes.Add(new FieldChange { Field = "Status", From = status.ToString(), To = to.ToString() });
        }

        if (task.Measure == MeasureKind.Quantity && toAchieved != achieved)
        {
            changes.Add(new FieldChange { Field = "Achieved", From = Invariant(achieved), To = Invariant(toAchieved) });
        }

        steps.Add((HistoryKind.Progress, author, changes, note));
        (status, achieved) = (to, toAchieved);
    }

    private static string Invariant(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
