using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Features.Accounts.Mail;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Accounts;

/// <summary>Whoever issues a set-password link for an account, its owner is told by e-mail: who, when, whom to call.</summary>
public sealed class PasswordLinkNoticeTests : DatabaseTest
{
    private const string Subject = "صدر رابط لتعيين كلمة مرور حسابك";
    private static readonly Uri Site = new("https://preparedness.example/");
    private SmtpSink sink = default!;

    public override async Task InitializeAsync()
    {
        sink = await SmtpSink.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await sink.DisposeAsync();
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.Configure<AccountMailOptions>(o => (o.Host, o.Port, o.Security, o.TimeoutSeconds) = ("127.0.0.1", sink.Port, SecureSocketOptions.None, 5));
        services.Configure<SecurityOptions>(o => o.SecurityContact = "غرفة العمليات 0952370000");
    }

    [Fact]
    public async Task The_owner_is_emailed_who_issued_a_link_and_when_without_the_link_itself()
    {
        var created = await Get<AccountAdministration>().CreateAsync(World.Admin, Draft(Roles.OrganisationHead, World.LuxorWater.Id), Site);

        var renewed = await Get<AccountAdministration>().IssuePasswordLinkAsync(World.LuxorSecretariat, created.UserId!, Site);

        var notices = sink.Messages().Where(m => m.Subject == Subject).ToList();
        Assert.Equal(2, notices.Count);
        var last = notices[^1];
        Assert.Contains(World.LuxorSecretariat.Name, last.TextBody, StringComparison.Ordinal);
        Assert.Contains("2026-11-23 09:00", last.TextBody, StringComparison.Ordinal);
        Assert.Contains("غرفة العمليات 0952370000", last.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("set-password", last.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(new Uri(renewed.Link!.Url).Query, last.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_speaker_is_told_in_english()
    {
        var created = await Get<AccountAdministration>().CreateAsync(World.Admin, Draft(Roles.Governor, null), Site);
        await SetCultureAsync(created.UserId!, "en");

        await Get<AccountAdministration>().IssuePasswordLinkAsync(World.Admin, created.UserId!, Site);

        var english = Assert.Single(sink.Messages(), m => m.Subject == "A link to set your password was issued");
        Assert.Contains("Admin issued a one-time link", english.TextBody, StringComparison.Ordinal);
    }

    private async Task SetCultureAsync(string userId, string culture)
    {
        await using var db = Db();
        var user = await db.Users.FindAsync(userId);
        user!.PreferredCulture = culture;
        await db.SaveChangesAsync();
    }

    private AccountDraft Draft(string role, int? organisationId) => new()
    {
        Email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.eg",
        DisplayName = role,
        Role = role,
        GovernorateId = World.Luxor.Id,
        OrganisationId = organisationId,
    };
}
