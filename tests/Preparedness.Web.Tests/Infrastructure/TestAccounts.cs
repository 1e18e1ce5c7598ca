using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.Administration;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>
/// Fresh accounts made through the app's own administration service, for tests that change an
/// account (deactivate, two-factor) without disturbing the demo accounts other tests sign in with.
/// </summary>
internal static class TestAccounts
{
    public const string Password = "Fresh-Account-2026";

    public static readonly Actor Administrator = new("test-admin", "Test administrator", Roles.Administrator, null, null);

    public static async Task<ApplicationUser> CreateAsync(IServiceProvider services, string role, string? governorateCode, string? organisationCode = null)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var governorateId = governorateCode is null ? (int?)null : await db.Governorates.Where(g => g.Code == governorateCode).Select(g => g.Id).SingleAsync();
        var organisationId = organisationCode is null ? (int?)null
            : await db.Organisations.Where(o => o.Code == organisationCode && o.GovernorateId == governorateId).Select(o => o.Id).SingleAsync();
        var draft = new AccountDraft
        {
            Email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.example",
            DisplayName = $"Test {role}",
            Role = role,
            GovernorateId = governorateId,
            OrganisationId = organisationId,
        };

        var result = await services.GetRequiredService<AccountAdministration>().CreateAsync(Administrator, draft, new Uri("http://localhost/"));
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByIdAsync(result.UserId!))!;
        Assert.True((await users.AddPasswordAsync(user, Password)).Succeeded);
        return user;
    }
}
