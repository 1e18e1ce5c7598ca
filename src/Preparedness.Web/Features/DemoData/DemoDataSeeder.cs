using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Organisations;
using Preparedness.Web.Features.Tasks.Library;
using Preparedness.Web.Features.Tasks.Storms;

namespace Preparedness.Web.Features.DemoData;

/// <summary>
/// Fills an empty database with Luxor and Alexandria, their councils and bodies, a winter plan each,
/// the library's tasks spread around today, and the demo accounts. Runs at start-up when
/// Preparedness:SeedDemoData is on, so it does nothing to a database that already has governorates.
/// </summary>
internal sealed class DemoDataSeeder(
    IDbContextFactory<PreparednessDbContext> dbFactory,
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    TaskLibrary library,
    StormCalendar storms,
    TimeProvider clock,
    DemoAgreements agreements,
    ILogger<DemoDataSeeder> logger)
{
    /// <summary>1 October, the season start both governorates use in the research data.</summary>
    public static readonly DateOnly PlanStart = new(2026, 10, 1);

    public async Task SeedAsync(CancellationToken ct)
    {
        await EnsureRolesAsync();
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            if (await db.Governorates.AnyAsync(ct))
            {
                logger.LogInformation("Demo data not seeded: the database already has governorates.");
                return;
            }
        }

        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            await DemoResources.EnsureTypesAsync(db, ct);
        }

        var seed = SeedFiles.Load();
        var now = clock.GetUtcNow();
        var today = CairoTime.Today(clock);

        // One seeded generator walked in data order: the same day gives the same demo, run after run.
        var random = new Random(2026);
        foreach (var governorate in seed.Governorates)
        {
            await SeedGovernorateAsync(seed, governorate, now, today, random, ct);
        }

        foreach (var account in DemoAccounts.All.Where(a => a.GovernorateCode is null))
        {
            await EnsureUserAsync(account, null, null);
        }
    }

    private async Task SeedGovernorateAsync(
        SeedFiles seed, SeedGovernorate governorate, DateTimeOffset now, DateOnly today, Random random, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var structure = DemoStructure.Build(governorate, seed.Organisations, PlanStart);
        db.Governorates.Add(structure.Governorate);
        db.Organisations.AddRange(structure.Organisations.Values);
        db.Plans.Add(structure.Plan);
        await db.SaveChangesAsync(ct);

        var authors = new Dictionary<string, DemoAuthor>();
        foreach (var account in DemoAccounts.For(governorate.Id))
        {
            var organisation = account.OrganisationCode is { } code ? structure.Organisations[code] : null;
            var user = await EnsureUserAsync(account, structure.Governorate.Id, organisation?.Id);
            authors[account.OrganisationCode ?? account.Role] = new DemoAuthor(user.Id, user.DisplayName);
        }

        var drafts = DemoTaskDrafts.For(structure, library);
        var spread = new DemoTaskSpread(today, PlanStart, storms.For(governorate.Id), random);
        var states = DemoPins.Apply(governorate.Id, spread.Spread(drafts), today);

        // Planning starts a month before the season; a demo run before then backdates it a month from today.
        var planned = MorningOf(PlanStart.AddDays(-30));
        var monthAgo = MorningOf(DateOnly.FromDateTime(now.AddDays(-30).UtcDateTime));
        var createdAt = planned < monthAgo ? planned : monthAgo;
        var writer = new DemoTaskWriter(now, createdAt, authors[Roles.Secretariat], authors[Roles.MilitaryAdviser], random);
        var tasks = states
            .Select(state => writer.Write(state, structure.Plan, Owner(authors, state.Draft.Owner)))
            .ToList();
        var partnerWriter = new DemoTaskWriter(now, createdAt, authors[Roles.Secretariat], authors[Roles.MilitaryAdviser], new Random(52));
        tasks.AddRange(DemoPartnerWork.For(structure, library, today).Select(state => partnerWriter.Write(state, structure.Plan, Owner(authors, state.Draft.Owner))));

        // The embedded JSON is the demo's source; the app's library is the table, seeded from the same file.
        var revisions = await db.LibraryItems.Where(i => i.GovernorateId == null && i.IsCurrent).ToDictionaryAsync(i => i.Code, i => i.Id, ct);
        tasks.ForEach(t => t.LibraryItemId = revisions.TryGetValue(t.LibraryCode!, out var id) ? id : null);
        db.Tasks.AddRange(tasks);
        await db.SaveChangesAsync(ct);
        db.Evidence.AddRange(DemoEvidence.For(tasks));
        await db.SaveChangesAsync(ct);
        await DemoHealth.SeedAsync(db, structure, now, ct);
        await DemoResources.SeedAsync(db, structure, authors, now, ct);
        await agreements.SeedAsync(structure, ct);

        logger.LogInformation(
            "Seeded demo governorate {Governorate}: {Units} local units, {Organisations} organisations, {Tasks} tasks.",
            governorate.Id, structure.Units.Count, structure.Organisations.Count, tasks.Count);
    }

    private static DateTimeOffset MorningOf(DateOnly day) => new(day.ToDateTime(new TimeOnly(6, 30)), TimeSpan.Zero);

    /// <summary>
    /// The head's account where the demo has one; otherwise the council head by title, or a named
    /// focal point for other bodies, the same for every task of the organisation.
    /// </summary>
    private static DemoAuthor Owner(Dictionary<string, DemoAuthor> authors, Organisation organisation)
    {
        if (!authors.TryGetValue(organisation.Code, out var author))
        {
            var focalPoints = authors.Values.Count(a => DemoPhrases.FocalPoints.Contains(a.Name));
            author = organisation.LocalUnit is { } unit
                ? new DemoAuthor(null, $"رئيس {unit.NameAr}")
                : new DemoAuthor(null, DemoPhrases.FocalPoints[focalPoints % DemoPhrases.FocalPoints.Length]);
            authors[organisation.Code] = author;
        }

        return author;
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
            }
        }
    }

    private async Task<ApplicationUser> EnsureUserAsync(DemoAccount account, int? governorateId, int? organisationId)
    {
        if (await users.FindByNameAsync(account.UserName) is { } existing)
        {
            return existing;
        }

        var user = new ApplicationUser
        {
            UserName = account.UserName,
            Email = account.UserName,
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
            GovernorateId = governorateId,
            OrganisationId = organisationId,
            PreferredCulture = Cultures.Arabic,
        };
        Check(await users.CreateAsync(user, DemoAccounts.Password), $"user {account.UserName}");
        Check(await users.AddToRoleAsync(user, account.Role), $"role {account.Role} for {account.UserName}");
        return user;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not create demo {what}: {string.Join("; ", result.Errors.Select(e => $"{e.Code}: {e.Description}"))}");
        }
    }
}
