using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class UserAdministrationTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task The_secretary_general_adds_an_organisation_head_who_sets_a_password_with_the_link_and_signs_in()
    {
        var email = $"head-{Guid.NewGuid():N}@test.example";
        var admin = await Pages.NewPageAsync(browser, app);
        await admin.SignInAsync("sg.luxor@preparedness.demo", "/admin/users");

        await admin.ClickAsync("[data-testid=new-user]");
        await admin.FillAsync("#user-email", email);
        await admin.FillAsync("#user-name", "رئيس مجلس مدينة إسنا الجديد");
        await admin.ClickAsync("[data-testid=user-organisation]");
        await admin.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await admin.ClickAsync("[data-testid=save-user]");
        var link = await admin.Locator("#password-link").InputValueAsync();

        var newcomer = await Pages.NewPageAsync(browser, app);
        await newcomer.GotoAsync(link);
        await newcomer.FillAsync("#password", "Winter-Ready-2026");
        await newcomer.FillAsync("#confirm", "Winter-Ready-2026");
        await newcomer.ClickAsync("[data-testid=save-password]");
        await Assertions.Expect(newcomer.Locator("[data-testid=password-set]")).ToBeVisibleAsync();
        await newcomer.SignInAsync(email, password: "Winter-Ready-2026");
        await Assertions.Expect(newcomer.Locator("[data-testid=bucket-PastDue], [data-testid=overall-score]").First).ToBeVisibleAsync();

        await admin.GotoAsync($"/audit?user={Uri.EscapeDataString("رئيس مجلس مدينة إسنا الجديد")}");
        await admin.WaitForInteractiveAsync();
        await Assertions.Expect(admin.Locator("[data-testid=audit-action]", new() { HasText = "سجّل الدخول" })).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator("[data-testid=audit-action]", new() { HasText = "عيّن كلمة المرور" })).ToBeVisibleAsync();

        // Made on an interactive page, the account's creation still says where it came from.
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var created = await db.AuditEvents.SingleAsync(a => a.Action == AccountActions.Created && db.Users.Any(u => u.Id == a.EntityId && u.Email == email));
        Assert.Equal("127.0.0.1", created.IpAddress);
    }
}
