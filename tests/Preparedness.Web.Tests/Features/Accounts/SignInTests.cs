using System.Net;
using System.Text.RegularExpressions;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Accounts;

[Collection(AppCollection.Name)]
public sealed partial class SignInTests(AppHost app)
{
    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page_which_is_arabic_and_right_to_left()
    {
        var client = app.CreateClient();

        var home = await client.GetAsync("/");
        var login = await client.GetStringAsync(home.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Contains("/account/login", home.Headers.Location!.ToString());
        Assert.Contains("dir=\"rtl\"", login);
        Assert.Contains("lang=\"ar-EG\"", login);
        Assert.Contains("تسجيل الدخول", login);
    }

    [Fact]
    public async Task Signing_in_with_the_form_sets_the_cookie_and_a_wrong_password_says_why()
    {
        var client = app.CreateClient();

        var wrong = await PostLoginAsync(client, "sg.luxor@preparedness.demo", "not-the-password");
        var right = await PostLoginAsync(client, "sg.luxor@preparedness.demo", DemoAccounts.Password);
        var dashboard = await client.GetAsync("/");

        Assert.Contains("اسم المستخدم أو كلمة المرور غير صحيحة", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("محافظة الأقصر", await dashboard.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var client = app.CreateClient();

        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["Input.UserName"] = "sg.luxor@preparedness.demo", ["Input.Password"] = DemoAccounts.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_this_address_out_of_the_name_even_for_the_right_one()
    {
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await PostLoginAsync(client, "health.alex@preparedness.demo", "wrong-password");
        }

        var locked = await PostLoginAsync(client, "health.alex@preparedness.demo", DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("أُوقف الدخول بهذا الاسم من هنا مؤقتًا", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_name_that_is_no_account_gets_the_same_answers_as_a_real_one_wrong_and_locked()
    {
        var user = await TestAccounts.CreateAsync(app.Services, Roles.MilitaryAdviser, DemoAccounts.Alexandria);
        var unknownName = $"adviser-{Guid.NewGuid():N}@test.example";
        var client = app.CreateClient();
        var (real, unknown) = (new List<string>(), new List<string>());
        for (var i = 0; i < 6; i++)
        {
            real.Add(await AnswerAsync(await PostLoginAsync(client, user.Email!, "wrong-" + i)));
            unknown.Add(await AnswerAsync(await PostLoginAsync(client, unknownName, "wrong-" + i)));
        }

        Assert.Equal(real, unknown);
        Assert.Equal("اسم المستخدم أو كلمة المرور غير صحيحة.", real[0]);
        Assert.StartsWith("محاولات فاشلة كثيرة من هذا الجهاز", real[5], StringComparison.Ordinal);
    }

    /// <summary>The page's answer, without the parts that differ on every response (antiforgery token, nonce).</summary>
    private static async Task<string> AnswerAsync(HttpResponseMessage response) =>
        System.Text.RegularExpressions.Regex.Match(await response.Content.ReadAsStringAsync(), "data-testid=\"login-error\">([^<]*)<").Groups[1].Value;

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = app.CreateClient();
        await PostLoginAsync(client, "governor.luxor@preparedness.demo", DemoAccounts.Password);
        var page = await client.GetStringAsync(SignInTests.FormPage);

        var logout = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page),
        }));
        var after = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Contains("/account/login", after.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_return_address_to_another_site_is_ignored()
    {
        var client = app.CreateClient();

        var response = await PostLoginAsync(client, "ops.luxor@preparedness.demo", DemoAccounts.Password, "//evil.example/");

        var location = response.Headers.Location!;
        Assert.Equal("/", location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString);
        Assert.False(location.IsAbsoluteUri && location.Host == "evil.example");
    }

    internal static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string user, string password, string? returnUrl = null)
    {
        var path = returnUrl is null ? "/account/login" : $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}";
        var form = await client.GetStringAsync(path);
        return await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = Token(form),
            ["Input.UserName"] = user,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>
    /// A page whose static form carries the signed-in user's antiforgery token: the sign-out form sits in the
    /// account menu, which is rendered only once the page is interactive.
    /// </summary>
    internal const string FormPage = "/account/two-factor";

    internal static string Token(string html) => TokenPattern().Match(html).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
