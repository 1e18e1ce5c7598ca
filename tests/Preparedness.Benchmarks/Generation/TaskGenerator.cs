using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Features.Organisations;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Library;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Benchmarks.Generation;

/// <summary>
/// A governorate's tasks from the real library, due within ±90 days of today, with statuses that
/// fit their due dates (past work mostly done, later work mostly not started) and about one
/// unfinished task in eight gone stale; roughly three history entries each.
/// </summary>
internal sealed class TaskGenerator(TaskLibrary library, DateTimeOffset now, DateOnly today)
{
    public const int TasksPerGovernorate = 4000;

    private static readonly (TaskStatus Status, int Weight)[] Past =
        [(TaskStatus.Verified, 35), (TaskStatus.ReportedDone, 18), (TaskStatus.InProgress, 22), (TaskStatus.Blocked, 8), (TaskStatus.NotStarted, 10), (TaskStatus.Returned, 7)];

    private static readonly (TaskStatus Status, int Weight)[] ThisWeek =
        [(TaskStatus.NotStarted, 20), (TaskStatus.InProgress, 50), (TaskStatus.Blocked, 8), (TaskStatus.ReportedDone, 15), (TaskStatus.Verified, 5), (TaskStatus.Returned, 2)];

    private static readonly (TaskStatus Status, int Weight)[] Later =
        [(TaskStatus.NotStarted, 50), (TaskStatus.InProgress, 33), (TaskStatus.Blocked, 4), (TaskStatus.ReportedDone, 7), (TaskStatus.Verified, 4), (TaskStatus.Returned, 2)];

    public IEnumerable<GeneratedTask> For(GovernorateStructure structure, int firstTaskId, long firstHistoryId)
    {
        // One seed per governorate: the same data set on every run and machine.
        var random = new Random(structure.Governorate.Id);
        var historyId = firstHistoryId;
        for (var i = 0; i < TasksPerGovernorate; i++)
        {
            var entry = library.All[random.Next(library.All.Count)];
            var (owner, unitId) = Owner(structure, random);
            var task = Task(firstTaskId + i, structure, entry, owner, unitId, random);
            var history = new HistoryWriter(task, random).Write(ref historyId);
            yield return new GeneratedTask(task, history);
        }
    }

    private static (Organisation Owner, int? UnitId) Owner(GovernorateStructure s, Random random)
    {
        // Councils carry the local work; other bodies work governorate-wide or in one chosen unit.
        if (random.NextDouble() < 0.55)
        {
            var council = s.Councils[random.Next(s.Councils.Count)];
            return (council, council.LocalUnitId);
        }

        var body = s.Bodies[random.Next(s.Bodies.Count)];
        return (body, random.NextDouble() < 0.4 ? s.Units[random.Next(s.Units.Count)].Id : null);
    }

    private ReadinessTask Task(int id, GovernorateStructure s, LibraryTask entry, Organisation owner, int? unitId, Random random)
    {
        var due = today.AddDays(random.Next(-90, 91));
        var status = Pick(due < today ? Past : due <= today.AddDays(7) ? ThisWeek : Later, random);
        var finished = status is TaskStatus.ReportedDone or TaskStatus.Verified;
        var quantity = entry.Measure == MeasureKind.Quantity && entry.Target is > 0;
        var target = entry.Target ?? 0;
        var updatedDaysAgo = finished ? random.Next(1, 26)
            : random.NextDouble() < 0.12 ? random.Next(8, 31)
            : random.Next(0, 7);
        var lastUpdated = now.AddDays(-updatedDaysAgo).AddMinutes(-random.Next(0, 600));
        var task = new ReadinessTask
        {
            Id = id,
            PlanId = s.Plan.Id,
            GovernorateId = s.Governorate.Id,
            OrganisationId = owner.Id,
            LocalUnitId = unitId,
            LibraryCode = entry.Code,
            TitleAr = entry.TitleAr,
            TitleEn = entry.TitleEn,
            DescriptionAr = entry.DescriptionAr,
            DescriptionEn = entry.DescriptionEn,
            Category = entry.Category,
            Priority = random.NextDouble() < 0.15 ? (TaskPriority)random.Next(1, 4) : entry.SuggestedPriority,
            DueOn = due,
            Status = status,
            Measure = quantity ? MeasureKind.Quantity : MeasureKind.DoneOrNot,
            Target = quantity ? target : null,
            Achieved = !quantity ? 0 : status switch
            {
                TaskStatus.NotStarted => 0,
                TaskStatus.InProgress or TaskStatus.Blocked => Math.Floor(target * (0.2m + ((decimal)random.NextDouble() * 0.65m))),
                _ => target,
            },
            UnitAr = quantity ? entry.UnitAr : null,
            UnitEn = quantity ? entry.UnitEn : null,
            CreatedAt = lastUpdated.AddDays(-random.Next(5, 45)),
            LastUpdatedAt = lastUpdated,
            LastUpdatedByName = random.Pick(DemoPhrases.FocalPoints),
        };
        task.RefreshSearchText();
        return task;
    }

    private static TaskStatus Pick((TaskStatus Status, int Weight)[] weights, Random random)
    {
        var roll = random.Next(weights.Sum(w => w.Weight));
        foreach (var (status, weight) in weights)
        {
            if (roll < weight)
            {
                return status;
            }

            roll -= weight;
        }

        return weights[^1].Status;
    }
}
