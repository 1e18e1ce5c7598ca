using System.Net;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Tests.Features.Accounts;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Security;

/// <summary>Odd addresses of the real app: a clear message in the user's language, not the error page nor an empty file.</summary>
[Collection(AppCollection.Name)]
public sealed class OddAddressTests(AppHost app)
{
    [Fact]
    public async Task The_audit_export_with_a_nul_filter_is_refused_not_answered_with_an_empty_file()
    {
        var client = app.CreateClient();
        await SignInTests.PostLoginAsync(client, $"admin@{DemoAccounts.Domain}", DemoAccounts.Password);

        var response = await client.GetAsync("/audit/export.csv?q=%00");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("لا يمكن التصدير بهذه المرشحات: q", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/tasks?org=1%20OR%201%3D1", "org")]
    [InlineData("/tasks?q=drains%00", "q")]
    [InlineData("/audit?page=85899346&q=%00", "page, q")]
    public async Task A_page_with_odd_address_parts_opens_and_names_what_it_left_out(string address, string named)
    {
        var client = app.CreateClient();
        await SignInTests.PostLoginAsync(client, $"admin@{DemoAccounts.Domain}", DemoAccounts.Password);

        var response = await client.GetAsync(address);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} {response.Headers.Location}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"address-problems\"", html, StringComparison.Ordinal);
        Assert.Contains(named, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_task_page_far_past_the_end_goes_to_the_last_page()
    {
        var client = app.CreateClient();
        await SignInTests.PostLoginAsync(client, $"admin@{DemoAccounts.Domain}", DemoAccounts.Password);

        var response = await client.GetAsync("/tasks?page=85899346");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Matches(@"/tasks\?gov=\d+&page=\d{1,3}$", response.Headers.Location!.ToString());
    }
}
