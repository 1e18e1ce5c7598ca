using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Accounts;

[Collection(AppCollection.Name)]
public sealed partial class TwoFactorPageTests(AppHost app)
{
    [Fact]
    public async Task Opening_the_set_up_page_keeps_the_same_key_and_does_not_renew_the_security_stamp()
    {
        var user = await TestAccounts.CreateAsync(app.Services, Roles.OrganisationHead, DemoAccounts.Luxor, "water-luxor");
        var client = app.CreateClient();
        await SignInTests.PostLoginAsync(client, user.Email!, TestAccounts.Password);
        var stampBefore = await StampAsync(user.Id);

        var first = Key().Match(await client.GetStringAsync("/account/two-factor")).Groups[1].Value;
        var second = Key().Match(await client.GetStringAsync("/account/two-factor")).Groups[1].Value;

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
        Assert.Equal(stampBefore, await StampAsync(user.Id));
    }

    private async Task<string?> StampAsync(string userId)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.SecurityStamp).SingleAsync();
    }

    [GeneratedRegex("data-testid=\"shared-key\">([^<]+)<")]
    private static partial Regex Key();
}
