using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.Passwords;
using Preparedness.Web.Features.Accounts.SignIn;
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
        var (user, token) = await UserWithLinkAsync();

        await using var scope = Get<IServiceScopeFactory>().CreateAsyncScope();
        var errors = await scope.ServiceProvider.GetRequiredService<PasswordSetting>().SetAsync(user.Id, token, password, "127.0.0.1");

        Assert.Contains("Accounts.PasswordCommon", errors);
        await using var db = Db();
        Assert.Null((await db.Users.SingleAsync(u => u.Id == user.Id)).PasswordHash);
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

    private async Task<(ApplicationUser User, string Token)> UserWithLinkAsync()
    {
        await using var scope = Get<IServiceScopeFactory>().CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = "gov@example.eg", Email = "gov@example.eg", DisplayName = "Governor", GovernorateId = World.Luxor.Id };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return (user, Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token)));
    }
}
