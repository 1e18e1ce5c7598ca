using System.Net;
using System.Text;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Tests.Features.Accounts;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Audit;

[Collection(AppCollection.Name)]
public sealed class AuditExportTests(AppHost app)
{
    [Theory]
    [InlineData("water.luxor@preparedness.demo")]
    [InlineData("adviser.alex@preparedness.demo")]
    [InlineData("governor.luxor@preparedness.demo")]
    public async Task Anyone_but_the_secretariat_and_administrators_is_refused_the_export(string user)
    {
        var client = app.CreateClient();
        await SignInTests.PostLoginAsync(client, user, DemoAccounts.Password);

        var response = await client.GetAsync("/audit/export.csv");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_anonymous_request_is_sent_to_sign_in()
    {
        var response = await app.CreateClient().GetAsync("/audit/export.csv");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_secretariat_gets_its_own_governorates_rows_as_utf8_csv_with_a_byte_order_mark()
    {
        var alex = app.CreateClient();
        await SignInTests.PostLoginAsync(alex, "sg.alex@preparedness.demo", DemoAccounts.Password);
        var luxor = app.CreateClient();
        await SignInTests.PostLoginAsync(luxor, "sg.luxor@preparedness.demo", DemoAccounts.Password);

        var response = await luxor.GetAsync("/audit/export.csv?action=account.signin");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes[3..]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Contains("السكرتير العام لمحافظة الأقصر", text);
        Assert.DoesNotContain("السكرتير العام لمحافظة الإسكندرية", text);
        Assert.DoesNotContain("Alexandria", text);
    }
}
