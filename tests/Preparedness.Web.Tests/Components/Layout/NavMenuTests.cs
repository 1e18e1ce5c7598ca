using System.Globalization;
using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Preparedness.Web.Components.Layout;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Spreadsheets.Import;

namespace Preparedness.Web.Tests.Components.Layout;

/// <summary>
/// The menu offers a page exactly when that page's service allows the role: the same rows as the
/// permission matrices (PermissionMatrixTests, AccountPermissionMatrixTests), read from the rendered links.
/// </summary>
public sealed class NavMenuTests : BunitContext
{
    private const int Luxor = 1;
    private const int LuxorWater = 5;

    // Seasons and the library are read by everyone of the governorate; opening, closing and editing ask Actor on the page.
    private static readonly string[] Everyone = ["", "tasks", "concerns", "units", "board", "organisations", "seasons", "library"];

    // Meetings and the printed report are read by everyone of a governorate, so not by National, who belongs to none;
    // the health pack and resources by whoever reads a governorate, National too.
    private static readonly string[] Governorate = ["meetings", "reports/readiness", "health", "resources", "agreements"];

    // A partner is offered none of the governorate-wide pages above: its own tasks (the list, narrowed, and "my tasks"),
    // its own stock and the facilities its organisation holds (Actor.CanRead is false for it), and the agreements its
    // organisation is party to (Actor.CanReadAgreement).
    private static readonly string[] PartnerLinks = ["tasks", "tasks/mine", "resources", "health", "agreements"];

    private static readonly Dictionary<string, string[]> Extra = new()
    {
        [Roles.Administrator] = [.. Governorate, "national", "verification", "tasks/new", "tasks/library", "notifications/deliveries", "admin/structure", "admin/import", "admin/users", "audit", "admin/resource-types"],
        [Roles.Secretariat] = [.. Governorate, "verification", "tasks/new", "tasks/library", "notifications/deliveries", "admin/structure", "admin/import", "admin/users", "audit"],
        [Roles.OrganisationHead] = [.. Governorate, "tasks/mine"],
        [Roles.MilitaryAdviser] = [.. Governorate, "verification"],
        [Roles.Governor] = [.. Governorate],
        [Roles.OperationsRoom] = [.. Governorate],
        // Resources are read by whoever reads a governorate's records, National too (Actor.CanReadResources).
        [Roles.National] = ["national", "health", "resources", "agreements"],
    };

    public static TheoryData<string> AllRoles() => [.. Roles.All];

    [Theory]
    [MemberData(nameof(AllRoles))]
    public void Each_role_sees_exactly_the_links_to_the_pages_it_may_use(string role)
    {
        var actor = SignIn(role);

        var shown = Render<NavMenu>().FindAll("a.mud-nav-link").Select(a => a.GetAttribute("href") ?? "").Order().ToList();

        Assert.Equal(role == Roles.Partner ? PartnerLinks.Order() : Everyone.Concat(Extra[role]).Order(), shown);
        Assert.Equal(actor.SeesGovernoratePages, shown.Contains(""));
        Assert.Equal(actor.HasOwnTasks, shown.Contains("tasks/mine"));
        Assert.Equal(actor.CanReviewAnyWork, shown.Contains("verification"));
        Assert.Equal(actor.CanManageAnyTasks, shown.Contains("tasks/new") && shown.Contains("tasks/library"));
        Assert.Equal(actor.CanReadAnyDeliveryLog, shown.Contains("notifications/deliveries"));
        Assert.Equal(actor.CanManageAnyStructure, shown.Contains("admin/structure"));
        Assert.Equal(actor.CanImportAny(), shown.Contains("admin/import"));
        Assert.Equal(actor.CanAdministerAccounts, shown.Contains("admin/users"));
        Assert.Equal(actor.CanReadAudit, shown.Contains("audit"));
        Assert.Equal(actor.CanReadNational, shown.Contains("national"));
        Assert.Equal(actor.CanReadAnyHealth, shown.Contains("health"));
        Assert.Equal(actor.CanReadAnyAgreements, shown.Contains("agreements"));
    }

    [Fact]
    public void A_secretariat_without_a_governorate_is_offered_nothing_it_would_be_refused()
    {
        SignIn(Roles.Secretariat, governorateId: null);

        var shown = Render<NavMenu>().FindAll("a.mud-nav-link").Select(a => a.GetAttribute("href") ?? "").Order();

        Assert.Equal(Everyone.Order(), shown);
    }

    private Actor SignIn(string role, int? governorateId = Luxor)
    {
        Services.AddLocalization();
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
        CultureInfo.CurrentUICulture = new CultureInfo("ar-EG");
        var organisationId = Roles.BelongsToOrganisation(role) ? LuxorWater : (int?)null;
        var governorate = role is Roles.Administrator or Roles.National ? null : governorateId;
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, "user-1")];
        if (governorate is { } g)
        {
            claims.Add(new(Actor.GovernorateClaim, g.ToString(CultureInfo.InvariantCulture)));
        }

        if (organisationId is { } o)
        {
            claims.Add(new(Actor.OrganisationClaim, o.ToString(CultureInfo.InvariantCulture)));
        }

        var auth = AddAuthorization();
        auth.SetAuthorized("someone@test.example");
        auth.SetRoles(role);
        auth.SetClaims([.. claims]);
        return new Actor("user-1", "someone", role, governorate, organisationId);
    }
}
