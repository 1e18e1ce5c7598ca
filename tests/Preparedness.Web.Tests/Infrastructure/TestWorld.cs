using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Organisations;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>
/// A small, known world: Luxor (Esna, Armant; the water company, Esna's council, health) and
/// Alexandria (Montaza; its water company), a plan each, and an actor for every role.
/// </summary>
internal sealed class TestWorld(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    public Governorate Luxor { get; private set; } = default!;
    public Governorate Alexandria { get; private set; } = default!;
    public LocalUnit Esna { get; private set; } = default!;
    public LocalUnit Armant { get; private set; } = default!;
    public LocalUnit Montaza { get; private set; } = default!;
    public Organisation LuxorWater { get; private set; } = default!;
    public Organisation EsnaCouncil { get; private set; } = default!;
    public Organisation LuxorHealth { get; private set; } = default!;
    public Organisation AlexWater { get; private set; } = default!;
    public SeasonPlan LuxorPlan { get; private set; } = default!;
    public SeasonPlan AlexPlan { get; private set; } = default!;

    public DateOnly Today => CairoTime.Today(clock);

    public Actor Admin => new("admin", "Admin", Roles.Administrator, null, null);
    public Actor LuxorSecretariat => new("sg-lx", "SG Luxor", Roles.Secretariat, Luxor.Id, null);
    public Actor WaterHead => new("water-lx", "Water head", Roles.OrganisationHead, Luxor.Id, LuxorWater.Id);
    public Actor EsnaHead => new("esna-lx", "Esna head", Roles.OrganisationHead, Luxor.Id, EsnaCouncil.Id);
    public Actor LuxorAdviser => new("adv-lx", "Adviser Luxor", Roles.MilitaryAdviser, Luxor.Id, null);
    public Actor LuxorGovernor => new("gov-lx", "Governor Luxor", Roles.Governor, Luxor.Id, null);
    public Actor LuxorOpsRoom => new("ops-lx", "Ops Luxor", Roles.OperationsRoom, Luxor.Id, null);
    public Actor AlexSecretariat => new("sg-alx", "SG Alexandria", Roles.Secretariat, Alexandria.Id, null);
    public Actor National => new("national", "National", Roles.National, null, null);
    public Actor AlexWaterHead => new("water-alx", "Water Alexandria", Roles.OrganisationHead, Alexandria.Id, AlexWater.Id);

    public static async Task<TestWorld> CreateAsync(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
    {
        var world = new TestWorld(dbFactory, clock);
        await world.BuildAsync();
        return world;
    }

    private async Task BuildAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        Luxor = new Governorate { Code = "luxor", NameAr = "محافظة الأقصر", NameEn = "Luxor" };
        Alexandria = new Governorate { Code = "alexandria", NameAr = "محافظة الإسكندرية", NameEn = "Alexandria" };
        Esna = new LocalUnit { Governorate = Luxor, Code = "esna", NameAr = "مركز ومدينة إسنا", NameEn = "Esna", Kind = LocalUnitKind.CentreAndCity };
        Armant = new LocalUnit { Governorate = Luxor, Code = "armant", NameAr = "مركز ومدينة أرمنت", NameEn = "Armant", Kind = LocalUnitKind.CentreAndCity };
        Montaza = new LocalUnit { Governorate = Alexandria, Code = "montaza", NameAr = "حي المنتزه", NameEn = "Montaza", Kind = LocalUnitKind.District };
        LuxorWater = new Organisation { Governorate = Luxor, Code = "water", NameAr = "شركة مياه الشرب والصرف الصحي بالأقصر", NameEn = "Luxor Water Company", Kind = OrganisationKind.UtilityCompany };
        EsnaCouncil = new Organisation { Governorate = Luxor, LocalUnit = Esna, Code = "esna-council", NameAr = "مجلس مدينة إسنا", NameEn = "Esna council", Kind = OrganisationKind.LocalCouncil };
        LuxorHealth = new Organisation { Governorate = Luxor, Code = "health", NameAr = "مديرية الصحة", NameEn = "Health Directorate", Kind = OrganisationKind.Directorate };
        AlexWater = new Organisation { Governorate = Alexandria, Code = "water", NameAr = "شركة مياه الإسكندرية", NameEn = "Alexandria Water Company", Kind = OrganisationKind.UtilityCompany };
        LuxorPlan = new SeasonPlan { Governorate = Luxor, NameAr = "خطة الشتاء", NameEn = "Winter 2026/27", StartsOn = new DateOnly(2026, 10, 1) };
        AlexPlan = new SeasonPlan { Governorate = Alexandria, NameAr = "خطة الشتاء", NameEn = "Winter 2026/27", StartsOn = new DateOnly(2026, 10, 1) };
        db.AddRange(Esna, Armant, Montaza, LuxorWater, EsnaCouncil, LuxorHealth, AlexWater, LuxorPlan, AlexPlan);
        await db.SaveChangesAsync();
    }

    /// <summary>Adds a task (Luxor water company, due in 30 days, updated now) changed by <paramref name="configure"/>.</summary>
    public async Task<ReadinessTask> AddTaskAsync(Action<ReadinessTask>? configure = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var now = clock.GetUtcNow();
        var task = new ReadinessTask
        {
            PlanId = LuxorPlan.Id,
            GovernorateId = Luxor.Id,
            OrganisationId = LuxorWater.Id,
            TitleAr = "تطهير بالوعات الأمطار",
            TitleEn = "Clean rain drains",
            Category = TaskCategory.Drainage,
            Priority = TaskPriority.Normal,
            DueOn = Today.AddDays(30),
            CreatedAt = now,
            LastUpdatedAt = now,
            LastUpdatedByName = "seed",
        };
        configure?.Invoke(task);
        if (task.GovernorateId == Alexandria.Id)
        {
            task.PlanId = AlexPlan.Id;
        }

        task.RefreshSearchText();
        db.Tasks.Add(task);
        await db.SaveChangesAsync();
        return task;
    }
}
