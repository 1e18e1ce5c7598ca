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
        limited = await AppHost.StartSecondInstanceAsync(app, new Dictionary<string, string?>
        {
            ["Preparedness:Security:SignInAttemptsPerMinute"] = "3",

            // A test may come from an address of its own, so that tests do not share a minute's count.
            ["Preparedness:TrustedProxies"] = "127.0.0.1",
        });

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

    [Fact]
    public async Task A_flood_of_refused_sign_ins_leaves_a_count_and_a_few_audit_rows_not_one_row_each()
    {
        var client = limited.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "10.20.30.40");
        var typed = $"flood-{Guid.NewGuid():N}@test.example";
        for (var i = 0; i < 3; i++)
        {
            await SignInTests.PostLoginAsync(client, typed, "guess");
        }

        var refused = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            refused.Add((await SignInTests.PostLoginAsync(client, typed, "guess")).StatusCode);
        }

        Assert.All(refused, s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var rows = await db.AuditEvents.Where(a => a.Action == AccountActions.Throttled && a.UserName == typed).OrderBy(a => a.Id).Select(a => a.Note).ToListAsync();

        // The 1st and the 10th of the minute (two minutes, if the test ran across one: 1 and 1, or 1, 10 and 1).
        Assert.InRange(rows.Count, 2, 3);
        Assert.EndsWith(" 1 refused this minute", rows[0], StringComparison.Ordinal);
        Assert.All(rows, n => Assert.Matches(" (1|10) refused this minute$", n));
    }
}
