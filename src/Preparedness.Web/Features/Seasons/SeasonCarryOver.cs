using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Tasks;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.Seasons;

/// <summary>
/// Opens a season from last season's plan: each of its tasks (of organisations and units still active) is
/// made again with its target and library revision, its due date moved by the gap between the two starts.
/// With carry-forward, unfinished work continues where it stopped: in progress with what was achieved so far.
/// Work returned by a reviewer, reported done late or left unfinished carries a lesson for its new owner.
/// </summary>
internal sealed class SeasonCarryOver(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxTasks = SeasonOpening.MaxTasks;

    public async Task<SeasonResult> OpenFromPreviousAsync(Actor actor, int governorateId, int previousPlanId, SeasonDraft season, bool carryForward, CancellationToken ct = default)
    {
        SeasonAccess.Ensure(actor, governorateId);
        var errors = season.Validate();
        if (errors.Count > 0) return SeasonResult.Invalid(errors);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var previous = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == previousPlanId && p.GovernorateId == governorateId, ct);
        if (previous is null) return SeasonResult.Invalid(["Error.NotFound"]);
        if (season.StartsOn <= previous.StartsOn) return SeasonResult.Invalid(["Season.StartsBeforePrevious"]);
        if (await SeasonWriter.ExistingAsync(db, governorateId, season.OpeningKey, ct) is { } existing) return existing;

        var last = await db.Tasks.AsNoTracking()
            .Where(t => t.PlanId == previous.Id && t.Organisation!.IsActive && (t.LocalUnitId == null || t.LocalUnit!.IsActive))
            .OrderBy(t => t.Id)
            .Take(MaxTasks + 1)
            .ToListAsync(ct);
        if (last.Count > MaxTasks) return SeasonResult.Invalid(["Validation.TooManyTasks"]);

        var firstDone = await LastSeasonLessons.FirstDoneAsync(db, previous.Id, ct);
        var returns = await LastSeasonLessons.LastReturnAsync(db, previous.Id, ct);
        var shift = season.StartsOn!.Value.DayNumber - previous.StartsOn.DayNumber;
        var tasks = last.Select(t =>
        {
            var (lesson, note) = LastSeasonLessons.For(t, firstDone.TryGetValue(t.Id, out var at) ? at : null, returns.ContainsKey(t.Id), returns.GetValueOrDefault(t.Id));
            var next = Again(t, shift, lesson, note);
            if (carryForward && !t.IsDone)
            {
                next.Achieved = t.Achieved;
                next.Status = t.Achieved > 0 || t.Status is TaskStatus.InProgress or TaskStatus.Blocked or TaskStatus.Returned
                    ? TaskStatus.InProgress
                    : TaskStatus.NotStarted;
            }

            return next;
        }).ToList();

        return await SeasonWriter.SaveAsync(db, actor, clock.GetUtcNow(), season.ToPlan(governorateId, previous.Id), tasks, "season.opened",
            $"from season {previous.Id}{(carryForward ? ", unfinished work carried forward" : "")}", ct);
    }

    private static ReadinessTask Again(ReadinessTask t, int shiftDays, Lesson lesson, string? note) => new()
    {
        OrganisationId = t.OrganisationId, LocalUnitId = t.LocalUnitId, LibraryCode = t.LibraryCode, LibraryItemId = t.LibraryItemId,
        TitleAr = t.TitleAr, TitleEn = t.TitleEn, DescriptionAr = t.DescriptionAr, DescriptionEn = t.DescriptionEn,
        Category = t.Category, Priority = t.Priority, DueOn = t.DueOn.AddDays(shiftDays), StormCode = t.StormCode,
        Measure = t.Measure, Target = t.Target, UnitAr = t.UnitAr, UnitEn = t.UnitEn, Lesson = lesson, LessonNote = note,
    };
}
