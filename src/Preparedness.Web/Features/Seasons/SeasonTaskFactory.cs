using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Organisations;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Library;
using Preparedness.Web.Features.Tasks.Storms;

namespace Preparedness.Web.Features.Seasons;

internal sealed record SeasonOwner(int Id, OrganisationKind Kind, int? LocalUnitId);

/// <summary>How a new season dates its work: its start, today, and the first storm of its calendar (pre-storm work).</summary>
internal sealed record SeasonDating(DateOnly StartsOn, DateOnly Today, StormWindow? FirstStorm);

/// <summary>Turns a library revision and an owner into a new season's task (not saved; <see cref="SeasonWriter"/> stamps it).</summary>
internal sealed class SeasonTaskFactory(StormCalendar storms, StormDeadline deadline)
{
    public async Task<SeasonDating> DatingAsync(PreparednessDbContext db, SeasonPlan plan, DateOnly today, CancellationToken ct)
    {
        var code = await db.Governorates.Where(g => g.Id == plan.GovernorateId).Select(g => g.Code).SingleAsync(ct);
        return new SeasonDating(plan.StartsOn, today, storms.Next(code, plan.StartsOn, plan.StartsOn));
    }

    public ReadinessTask FromLibrary(LibraryItem item, SeasonOwner owner, decimal? target, SeasonDating dating)
    {
        var quantity = item.Measure == MeasureKind.Quantity;
        var storm = item.Phase == LibraryPhase.PreStorm ? dating.FirstStorm : null;
        var task = new ReadinessTask
        {
            LibraryCode = item.Code,
            LibraryItemId = item.Id,
            OrganisationId = owner.Id,
            LocalUnitId = owner.LocalUnitId,
            TitleAr = item.TitleAr,
            TitleEn = item.TitleEn,
            DescriptionAr = item.DescriptionAr,
            DescriptionEn = item.DescriptionEn,
            Category = item.Category,
            Priority = item.Priority,
            StormCode = storm?.Storm.Code,
            DueOn = storm is null
                ? BulkCreateService.DefaultDueOn(dating.StartsOn, item.LeadTimeDays, dating.Today)
                : deadline.DefaultDueOn(storm, StormDeadline.StormLead(item)),
            Measure = item.Measure,
            Target = quantity ? target ?? item.Target : null,
            UnitAr = quantity ? item.UnitAr : null,
            UnitEn = quantity ? item.UnitEn : null,
        };
        return task;
    }
}
