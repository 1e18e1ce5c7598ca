using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Spreadsheets.Import;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Spreadsheets.Import;

public sealed class UserImportTests : DatabaseTest
{
    private const string Header = "email,display_name,role,governorate_code,organisation_code,active";

    private static readonly Uri Site = new("https://preparedness.example/");

    [Fact]
    public async Task New_users_get_a_link_once_and_the_same_file_again_changes_nobody()
    {
        var file = ImportFiles.Csv(Header, "head@water.luxor.gov.eg,رئيس شركة المياه,OrganisationHead,luxor,water,true", "adviser@luxor.gov.eg,المستشار العسكري,MilitaryAdviser,,,");

        var first = await Get<ImportService>().ApplyAsync(World.LuxorSecretariat, ImportKind.Users, World.Luxor.Id, file, Site);
        var second = await Get<ImportService>().ApplyAsync(World.LuxorSecretariat, ImportKind.Users, World.Luxor.Id, file, Site);

        Assert.Empty(first.Errors);
        Assert.Equal(2, first.Count(RowAction.Create));
        // A military adviser's first link is for an administrator to issue (the leadership rule): the secretariat never sees it.
        Assert.Equal(["head@water.luxor.gov.eg"], first.Links.Select(l => l.Email));
        Assert.All(first.Links, l => Assert.StartsWith("https://preparedness.example/account/set-password?userId=", l.Url, StringComparison.Ordinal));
        Assert.All(second.Rows, r => Assert.Equal(RowAction.Unchanged, r.Action));
        Assert.Empty(second.Links);
        await using var scope = Get<IServiceScopeFactory>().CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var head = (await users.FindByEmailAsync("head@water.luxor.gov.eg"))!;
        Assert.Equal((World.Luxor.Id, World.LuxorWater.Id, true), (head.GovernorateId, head.OrganisationId, head.IsActive));
        Assert.Equal([Roles.OrganisationHead], await users.GetRolesAsync(head));
        await using var db = Db();
        Assert.Equal(2, await db.AuditEvents.CountAsync(a => a.Action == AccountActions.Created && a.Note == "import"));
    }

    [Fact]
    public async Task The_secretariat_cannot_import_an_administrator_nor_a_user_of_another_governorate_and_nothing_is_written()
    {
        var file = ImportFiles.Csv(Header, "ok@luxor.gov.eg,Fine,Governor,luxor,,", "root@luxor.gov.eg,Root,Administrator,,,", "x@alex.gov.eg,X,Governor,alexandria,,", "y@luxor.gov.eg,Y,OrganisationHead,luxor,,");

        var result = await Get<ImportService>().ApplyAsync(World.LuxorSecretariat, ImportKind.Users, World.Luxor.Id, file, Site);

        Assert.Equal(
            [new ImportError("accounts", 3, "role", "Import.RoleNotAllowed"), new ImportError("accounts", 4, "governorate_code", "Import.OtherGovernorate"),
             new ImportError("accounts", 5, "organisation_code", "Accounts.OrganisationRequired")],
            result.Errors);
        Assert.Empty(result.Links);
        await using var db = Db();
        Assert.Equal(0, await db.Users.CountAsync());
    }
}
