using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Library;

namespace Preparedness.Web.Features.Seasons;

/// <summary>
/// Opens a season from the library: for each chosen item, one task per active organisation of the item's
/// owning kind (a council's task is in its own local unit), dated by the item's lead time, with the
/// chosen target. One transaction; opening the same season again makes nothing (<see cref="SeasonWriter"/>).
/// </summary>
internal sealed class SeasonOpening(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock, SeasonTaskFactory factory)
{
    public const int MaxChoices = 500;
    public const int MaxTasks = 20_000;

    public async Task<SeasonResult> OpenFromLibraryAsync(Actor actor, int governorateId, SeasonDraft season, IReadOnlyList<LibraryChoice> choices, CancellationToken ct = default)
    {
        SeasonAccess.Ensure(actor, governorateId);
        var errors = season.Validate().ToList();
        if (choices.Count is 0 or > MaxChoices) errors.Add("Season.ChoiceRequired");
        if (choices.Any(c => c.Target is <= 0 or > 1_000_000_000m)) errors.Add("Validation.TargetInvalid");
        if (errors.Count > 0) return SeasonResult.Invalid(errors);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await SeasonWriter.ExistingAsync(db, governorateId, season.OpeningKey, ct) is { } existing) return existing;

        var library = (await db.CurrentLibraryAsync(governorateId, ct)).ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        var chosen = choices.DistinctBy(c => c.Code, StringComparer.OrdinalIgnoreCase)
            .Select(c => (Item: library.GetValueOrDefault(c.Code), c.Target)).ToList();
        if (chosen.Any(c => c.Item is null)) return SeasonResult.Invalid(["Validation.LibraryChoiceRequired"]);

        var owners = await db.Organisations.AsNoTracking()
            .Where(o => o.GovernorateId == governorateId && o.IsActive)
            .OrderBy(o => o.Id)
            .Select(o => new SeasonOwner(o.Id, o.Kind, o.LocalUnitId))
            .ToListAsync(ct);
        var plan = season.ToPlan(governorateId, null);
        var dating = await factory.DatingAsync(db, plan, CairoTime.Today(clock), ct);
        var tasks = (from c in chosen
                     from o in owners
                     where o.Kind == c.Item!.OwnerKind
                     select factory.FromLibrary(c.Item!, o, c.Target, dating)).ToList();
        if (tasks.Count > MaxTasks) return SeasonResult.Invalid(["Validation.TooManyTasks"]);

        return await SeasonWriter.SaveAsync(db, actor, clock.GetUtcNow(), plan, tasks, "season.opened",
            $"from the library: {chosen.Count} items", ct);
    }
}
