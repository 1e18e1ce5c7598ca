using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Tests.Features.Accounts;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Security;

[Collection(AppCollection.Name)]
public sealed class SignInRateLimitTests(AppHost app) : IAsyncLifetime
{
    private AppHost limited = default!;

    public async Task InitializeAsync() =>
        limited = await AppHost.StartSecondInstanceAsync(app, new Dictionary<string, string?> { ["Preparedness:Security:SignInAttemptsPerMinute"] = "3" });

    public Task DisposeAsync() => limited.DisposeAsync();

    [Fact]
    public async Task Posting_sign_ins_past_the_limit_gets_a_localized_429_page_and_is_audited_while_reading_the_page_is_not_limited()
    {
        var client = limited.CreateClient();
        var typed = $"guess-{Guid.NewGuid():N}@test.example";
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInTests.PostLoginAsync(client, typed, "guess")).StatusCode);
        }

        var refused = await SignInTests.PostLoginAsync(client, typed, "guess");
        var page = await client.GetAsync("/account/login");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("محاولات كثيرة جدًا", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var audit = await db.AuditEvents.SingleAsync(a => a.Action == AccountActions.Throttled && a.UserName == typed);
        Assert.Equal("127.0.0.1", audit.IpAddress);
    }
}
