using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.Passwords;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Accounts;

public sealed class CommonPasswordTests : DatabaseTest
{
    [Fact]
    public void The_shipped_list_is_a_maintained_one_of_thousands_not_a_handful()
    {
        Assert.InRange(CommonPasswordValidator.Count, 15_000, 200_000);
        Assert.True(CommonPasswordValidator.IsCommon("Password123"));
        Assert.False(CommonPasswordValidator.IsCommon("Esna-drains-ready-9"));
    }

    [Theory]
    [InlineData("Password123")]
    [InlineData("Qwertyuiop1")]
    [InlineData("Password1234")]
    public async Task Setting_a_common_password_with_a_valid_link_is_refused_and_the_old_one_stays(string password)
    {
        var created = await Get<AccountAdministration>().CreateAsync(World.Admin, new AccountDraft
        {
            Email = "gov@example.eg", DisplayName = "Governor", Role = Roles.Governor, GovernorateId = World.Luxor.Id,
        }, new Uri("https://preparedness.example/"));

        var errors = await PasswordLinkTakeoverTests.SetAsync(Get<IServiceProvider>(), created.Link!.Url, password);

        Assert.Contains("Accounts.PasswordCommon", errors);
        await using var db = Db();
        Assert.Null((await db.Users.SingleAsync(u => u.Id == created.UserId)).PasswordHash);
        Assert.False(await db.AuditEvents.AnyAsync(a => a.Action == AccountActions.PasswordSet));
    }

    [Fact]
    public async Task Changing_to_a_common_password_is_refused_too()
    {
        await using var scope = Get<IServiceScopeFactory>().CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = "head@example.eg", Email = "head@example.eg", DisplayName = "Head" };
        Assert.True((await users.CreateAsync(user, "Esna-drains-ready-9")).Succeeded);

        var result = await users.ChangePasswordAsync(user, "Esna-drains-ready-9", "Iloveyou123");

        Assert.Contains(result.Errors, e => e.Code == CommonPasswordValidator.Code);
    }
}
