using System.Net;
using System.Text.RegularExpressions;

namespace Preparedness.LoadTests.Scenarios;

/// <summary>Signs in through the real form (antiforgery token included) and keeps the cookie for every client.</summary>
internal static partial class SignIn
{
    public const string UserName = "ops.luxor@preparedness.demo";
    public const string Password = "Readiness-2026";

    /// <summary>The sign-in cookie's name, as AccountsModule sets it.</summary>
    public const string AuthCookie = "preparedness.auth";

    public static async Task<CookieContainer> AsOperationsRoomAsync(Uri baseAddress, CancellationToken ct)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        var form = await http.GetStringAsync("account/login", ct);
        var token = TokenPattern().Match(form) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("The sign-in form has no antiforgery token.");
        using var response = await http.PostAsync("account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = UserName,
            ["Input.Password"] = Password,
        }), ct);

        // A successful sign-in redirects (the operations room to its wall board); a failed one shows the form again.
        if (response.StatusCode != HttpStatusCode.Redirect || cookies.GetCookies(baseAddress)[AuthCookie] is null)
        {
            throw new InvalidOperationException($"Signing in as {UserName} failed: {(int)response.StatusCode}.");
        }

        return cookies;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
