using System.Security.Claims;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.TwoFactor;
using Preparedness.Web.Features.Reminders.Jobs;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Security;

/// <summary>The job dashboard asks for the second factor an administrator's role requires, like every page.</summary>
[Collection(AppCollection.Name)]
public sealed class JobDashboardTwoFactorTests(AppHost app)
{
    [Theory]
    [InlineData("", false, true)]
    [InlineData("Administrator", false, false)]
    [InlineData("Administrator", true, true)]
    public void An_administrator_opens_the_dashboard_only_with_the_second_factor_the_role_requires(string requiredFor, bool hasSecondFactor, bool allowed)
    {
        var services = new ServiceCollection()
            .Configure<SecurityOptions>(o => o.RequireTwoFactorForRoles = requiredFor)
            .AddSingleton<TwoFactorRule>()
            .BuildServiceProvider();
        Claim[] claims = [new(ClaimTypes.NameIdentifier, "admin-1"), new(ClaimTypes.Role, Roles.Administrator), .. hasSecondFactor ? [new Claim(TwoFactorRule.EnabledClaim, "true")] : Array.Empty<Claim>()];
        var http = new DefaultHttpContext { RequestServices = services, User = new ClaimsPrincipal(new ClaimsIdentity(claims, "test")) };
        var context = new AspNetCoreDashboardContext(app.Services.GetRequiredService<JobStorage>(), new DashboardOptions(), http);

        Assert.Equal(allowed, new AdministratorsOnlyFilter().Authorize(context));
    }
}
