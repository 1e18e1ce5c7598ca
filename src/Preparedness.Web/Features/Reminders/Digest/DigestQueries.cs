using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Tasks;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.Reminders.Digest;

/// <summary>The digest's figures for every governorate at once: one query each, grouped by governorate.</summary>
internal static class DigestQueries
{
    /// <summary>What owners and reviewers did since <paramref name="since"/>, and what fell overdue today.</summary>
    public static async Task<Dictionary<int, DigestChanges>> ChangesAsync(PreparednessDbContext db, DateTimeOffset since, DateOnly today, CancellationToken ct)
    {
        var entries = await db.TaskHistory.AsNoTracking()
            .Where(h => h.At >= since && h.Kind == HistoryKind.Progress)
            .Join(db.Tasks, h => h.TaskId, t => t.Id, (h, t) => new
            {
                t.GovernorateId,
                h.TaskId,
                Status = h.Changes.Where(c => c.Field == "Status").Select(c => c.To).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var yesterday = today.AddDays(-1);
        var newlyOverdue = await db.Tasks.AsNoTracking()
            .Where(t => t.DueOn == yesterday && t.Status != TaskStatus.ReportedDone && t.Status != TaskStatus.Verified)
            .GroupBy(t => t.GovernorateId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

        return entries.Select(e => e.GovernorateId).Concat(newlyOverdue.Keys).Distinct().ToDictionary(
            governorateId => governorateId,
            governorateId =>
            {
                var mine = entries.Where(e => e.GovernorateId == governorateId).ToList();
                return new DigestChanges(
                    mine.Select(e => e.TaskId).Distinct().Count(),
                    mine.Count(e => e.Status == nameof(TaskStatus.ReportedDone)),
                    mine.Count(e => e.Status == nameof(TaskStatus.Verified)),
                    mine.Count(e => e.Status == nameof(TaskStatus.Returned)),
                    newlyOverdue.GetValueOrDefault(governorateId));
            });
    }

    /// <summary>Each governorate's worst overdue tasks of its current plan: highest priority first, then longest overdue.</summary>
    public static async Task<ILookup<int, DigestItem>> WorstOverdueAsync(PreparednessDbContext db, IReadOnlyCollection<int> planIds, DateOnly today, int count, CancellationToken ct)
    {
        // A lateral join: the top tasks of each governorate in one statement.
        var rows = await db.Governorates.AsNoTracking()
            .SelectMany(g => db.Tasks
                .Where(t => t.GovernorateId == g.Id && planIds.Contains(t.PlanId) && t.DueOn < today
                    && t.Status != TaskStatus.ReportedDone && t.Status != TaskStatus.Verified)
                .OrderByDescending(t => t.Priority).ThenBy(t => t.DueOn).ThenBy(t => t.Id)
                .Take(count))
            .Select(t => new
            {
                t.GovernorateId,
                Item = new DigestItem(t.Id, t.TitleAr, t.TitleEn, t.Organisation!.NameAr, t.Organisation.NameEn, today.DayNumber - t.DueOn.DayNumber, t.Priority),
            })
            .ToListAsync(ct);
        return rows.ToLookup(r => r.GovernorateId, r => r.Item);
    }

    /// <summary>Every governorate's current plan: the very statement the reminder sweeps join, so the digest and the sweeps never disagree.</summary>
    public static Task<List<int>> CurrentPlanIdsAsync(PreparednessDbContext db, DateOnly today, CancellationToken ct) =>
        db.Database
            .SqlQueryRaw<int>($"SELECT id AS \"Value\" FROM ({ReadinessSql.CurrentPlanIds}) p", ReadinessSql.Today(today))
            .ToListAsync(ct);
}
