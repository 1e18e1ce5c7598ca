using Microsoft.Playwright;
using OtpNet;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class TwoFactorTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task A_user_turns_on_an_authenticator_app_and_then_signs_in_with_its_code()
    {
        var user = await TestAccounts.CreateAsync(app.Services, Roles.Secretariat, DemoAccounts.Luxor);
        var setup = await Pages.NewPageAsync(browser, app);
        await setup.SignInAsync(user.Email!, password: TestAccounts.Password);

        await setup.GotoAsync("/account/two-factor");
        await Assertions.Expect(setup.Locator("[data-testid=qr-code]")).ToBeVisibleAsync();
        var key = (await setup.Locator("[data-testid=shared-key]").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await setup.FillAsync("#code", Code(key));
        await setup.ClickAsync("[data-testid=enable-2fa]");
        await Assertions.Expect(setup.Locator("[data-testid=recovery-codes] li")).ToHaveCountAsync(10);
        await Assertions.Expect(setup.Locator("[data-testid=two-factor-on]")).ToBeVisibleAsync();

        var later = await Pages.NewPageAsync(browser, app);
        await later.GotoAsync("/account/login");
        await later.FillAsync("#username", user.Email!);
        await later.FillAsync("#password", TestAccounts.Password);
        await later.ClickAsync("[data-testid=sign-in]");
        await later.WaitForURLAsync("**/account/login-2fa**");
        await later.FillAsync("#code", "000000");
        await later.ClickAsync("[data-testid=verify-code]");
        await Assertions.Expect(later.Locator("[data-testid=login-error]")).ToBeVisibleAsync();
        await later.FillAsync("#code", Code(key));
        await later.ClickAsync("[data-testid=verify-code]");
        await later.WaitForInteractiveAsync();

        await Assertions.Expect(later.Locator("[data-testid=overall-score]")).ToBeVisibleAsync();
    }

    private static string Code(string base32Key) => new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp();
}
