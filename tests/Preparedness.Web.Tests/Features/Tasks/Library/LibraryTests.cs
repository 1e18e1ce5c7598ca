using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Library;
using Preparedness.Web.Tests.Features.Seasons;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Tasks.Library;

public sealed class LibraryTests : DatabaseTest
{
    [Fact]
    public async Task The_migration_seeded_the_researched_tasks_as_the_first_national_revision()
    {
        var expected = TaskLibraryJson.ReadEmbedded().Select(t => LibrarySeed.ToItem(t, default)).ToList();

        await using var db = Db();
        var seeded = await db.LibraryItems.AsNoTracking().OrderBy(i => i.Code).ToListAsync();

        Assert.Equal(66, seeded.Count);
        Assert.All(seeded, i => Assert.Equal((null, 1, true), (i.GovernorateId, i.Revision, i.IsCurrent)));
        Assert.Equal(
            expected.OrderBy(i => i.Code).Select(Shape),
            seeded.Select(Shape));
    }

    [Fact]
    public async Task Revising_an_item_keeps_the_old_revision_and_leaves_tasks_made_from_it_alone()
    {
        var bulk = new BulkCreateRequest(["T46"], [World.LuxorHealth.Id], [], null, null);
        await Get<BulkCreateService>().CreateAsync(World.LuxorSecretariat, World.Luxor.Id, bulk);
        var catalog = await Get<LibraryCatalog>().CurrentAsync(World.Admin, World.Luxor.Id);
        var t46 = catalog.Single(i => i.Code == "T46");
        var draft = LibraryDraft.From(t46);
        draft.TitleEn = "Ready two field hospitals";
        draft.Target = 3;

        var (errors, revisionId) = await Get<LibraryEditing>().ReviseAsync(World.Admin, t46.Id, draft);
        var stale = await Get<LibraryEditing>().ReviseAsync(World.Admin, t46.Id, draft);
        await Get<BulkCreateService>().CreateAsync(World.LuxorSecretariat, World.Luxor.Id, bulk);

        Assert.Empty(errors);
        Assert.Equal(["Library.Stale"], stale.Errors);
        await using var db = Db();
        var revisions = await db.LibraryItems.Where(i => i.Code == "T46").OrderBy(i => i.Revision).ToListAsync();
        Assert.Equal([(1, false, 2m), (2, true, 3m)], revisions.Select(r => (r.Revision, r.IsCurrent, r.Target!.Value)));
        var tasks = await db.Tasks.Where(t => t.LibraryCode == "T46").OrderBy(t => t.Id).ToListAsync();
        Assert.Equal([(t46.Id, 2m, t46.TitleEn), (revisionId!.Value, 3m, "Ready two field hospitals")], tasks.Select(t => (t.LibraryItemId!.Value, t.Target!.Value, t.TitleEn)));
        var audit = await db.AuditEvents.SingleAsync(a => a.Action == "library.revised");
        Assert.Contains(audit.Changes, c => c is { Field: "Target", From: "2", To: "3" });
    }

    [Fact]
    public async Task A_governorates_own_item_is_offered_to_it_and_not_to_another()
    {
        var (errors, _) = await Get<LibraryEditing>().CreateAsync(World.LuxorSecretariat, World.Luxor.Id, SeasonPermissionTests.Item("lx-01"));
        var taken = await Get<LibraryEditing>().CreateAsync(World.LuxorSecretariat, World.Luxor.Id, SeasonPermissionTests.Item("T01"));

        Assert.Empty(errors);
        Assert.Equal(["Library.CodeTaken"], taken.Errors);
        Assert.Contains(await Get<LibraryCatalog>().CurrentAsync(World.WaterHead, World.Luxor.Id), i => i.Code == "LX-01");
        Assert.DoesNotContain(await Get<LibraryCatalog>().CurrentAsync(World.AlexSecretariat, World.Alexandria.Id), i => i.Code == "LX-01");
    }

    private static string Shape(LibraryItem i) =>
        $"{i.Code}|{i.TitleAr}|{i.TitleEn}|{i.DescriptionAr}|{i.DescriptionEn}|{i.Category}|{i.Priority}|{i.Measure}|{i.Target:0.##}|{i.UnitAr}|{i.UnitEn}|{i.OwnerKind}|{i.LeadTimeDays}|{i.Phase}|{string.Join(",", i.AppliesTo)}";
}
