using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Resources;

/// <summary>The task a gap becomes: a stock task of the unit, its target the gap, in both languages.</summary>
internal static class GapTaskDraft
{
    public static async Task<TaskDraft> ForAsync(PreparednessDbContext db, ResourceMinimum level, int gap, int owner, DateOnly dueOn, CancellationToken ct)
    {
        var names = await (
            from u in db.LocalUnits
            where u.Id == level.LocalUnitId
            from t in db.ResourceTypes
            where t.Id == level.ResourceTypeId
            select new { UnitAr = u.NameAr, UnitEn = u.NameEn, TypeAr = t.NameAr, TypeEn = t.NameEn }).SingleAsync(ct);
        return new TaskDraft
        {
            TitleAr = $"سد عجز {names.TypeAr} في {names.UnitAr}",
            TitleEn = $"Close the gap in {names.TypeEn} in {names.UnitEn}",
            DescriptionAr = $"الحد الأدنى {level.Minimum}، والعجز {gap} عند إنشاء المهمة.",
            DescriptionEn = $"Minimum {level.Minimum}; the gap was {gap} when this task was made.",
            OrganisationId = owner,
            LocalUnitId = level.LocalUnitId,
            Category = TaskCategory.Stocks,
            Priority = TaskPriority.High,
            DueOn = dueOn,
            Measure = MeasureKind.Quantity,
            Target = gap,
            UnitAr = Trim(names.TypeAr),
            UnitEn = Trim(names.TypeEn),
        };
    }

    private static string Trim(string name) => name.Length <= 60 ? name : name[..60];
}
