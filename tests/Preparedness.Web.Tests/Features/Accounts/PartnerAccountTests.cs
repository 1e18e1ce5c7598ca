using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Accounts;

/// <summary>The secretariat makes a partner account as it makes a head's: for one organisation of its governorate.</summary>
public sealed class PartnerAccountTests : DatabaseTest
{
    private static readonly Uri Site = new("http://localhost/");

    [Fact]
    public async Task A_partner_account_needs_an_organisation_and_nothing_is_created_without_one()
    {
        var result = await Get<AccountAdministration>().CreateAsync(World.LuxorSecretariat, Draft(null), Site);

        Assert.False(result.Succeeded);
        Assert.Contains("Accounts.OrganisationRequired", result.Errors);
        await using var db = Db();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task The_secretariat_creates_a_partner_of_its_governorate_and_gets_its_set_password_link()
    {
        var result = await Get<AccountAdministration>().CreateAsync(World.LuxorSecretariat, Draft(World.LuxorHealth.Id), Site);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        Assert.NotNull(result.Link);
        await using var db = Db();
        var user = await db.Users.SingleAsync(u => u.Id == result.UserId);
        Assert.Equal((World.Luxor.Id, World.LuxorHealth.Id), (user.GovernorateId, user.OrganisationId));
    }

    [Fact]
    public async Task Another_governorates_organisation_is_refused_for_a_partner()
    {
        var result = await Get<AccountAdministration>().CreateAsync(World.LuxorSecretariat, Draft(World.AlexWater.Id), Site);

        Assert.False(result.Succeeded);
        Assert.Contains("Accounts.OrganisationInvalid", result.Errors);
    }

    private AccountDraft Draft(int? organisationId) => new()
    {
        Email = $"{Guid.NewGuid():N}@test.example",
        DisplayName = "فرع الهلال الأحمر",
        Role = Roles.Partner,
        GovernorateId = World.Luxor.Id,
        OrganisationId = organisationId,
    };
}
