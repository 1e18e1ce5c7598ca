using System.Net;
using MailKit.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Features.Accounts.Mail;
using Preparedness.Web.Features.Accounts.SignIn;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Accounts;

/// <summary>Wrong passwords lock one address out of one name: a stranger cannot lock the governor out.</summary>
public sealed class SignInLockTests : DatabaseTest
{
    internal const string Password = "Governor-Own-Pass-2026";
    private const string Stranger = "10.9.8.7";
    private const string Home = "10.1.1.1";
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

    protected override void ConfigureServices(IServiceCollection services) =>
        services.Configure<AccountMailOptions>(o => (o.Host, o.Port, o.Security, o.TimeoutSeconds) = ("127.0.0.1", sink.Port, SecureSocketOptions.None, 5));

    [Fact]
    public async Task A_stranger_guessing_locks_only_his_own_address_and_the_owner_signs_in_from_hers_and_is_emailed()
    {
        var governor = await AccountAsync(Roles.Governor);

        var guesses = new List<SignInOutcome>();
        for (var i = 0; i < 6; i++)
        {
            guesses.Add((await SignInAsync(governor.Email!, "guess-" + i, Stranger)).Outcome);
        }

        var strangerWithRightPassword = await SignInAsync(governor.Email!, Password, Stranger);
        var owner = await SignInAsync(governor.Email!, Password, Home);

        Assert.Equal([.. Enumerable.Repeat(SignInOutcome.Failed, 4), SignInOutcome.Locked, SignInOutcome.Locked], guesses);
        Assert.Equal(SignInOutcome.Locked, strangerWithRightPassword.Outcome);
        Assert.Equal(SignInOutcome.Succeeded, owner.Outcome);
        var mail = Assert.Single(sink.Messages(), m => m.Subject == "أُوقف الدخول إلى حسابك مؤقتًا من عنوان واحد");
        Assert.Equal(governor.Email, mail.To.Mailboxes.Single().Address);
        Assert.Contains(Stranger, mail.TextBody, StringComparison.Ordinal);
        await using var db = Db();
        Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == AccountActions.LockedOut && a.EntityId == governor.Id && a.IpAddress == Stranger));
    }

    [Fact]
    public async Task Each_further_lock_from_the_same_address_lasts_twice_as_long()
    {
        var head = await AccountAsync(Roles.OrganisationHead, World.LuxorWater.Id);
        await GuessAsync(head.Email!, 5);
        Clock.Advance(TimeSpan.FromMinutes(16));
        await GuessAsync(head.Email!, 5);

        Clock.Advance(TimeSpan.FromMinutes(16));
        var stillLocked = await SignInAsync(head.Email!, Password, Stranger);
        Clock.Advance(TimeSpan.FromMinutes(15));
        var free = await SignInAsync(head.Email!, Password, Stranger);

        Assert.Equal((SignInOutcome.Locked, SignInOutcome.Succeeded), (stillLocked.Outcome, free.Outcome));
    }

    [Fact]
    public async Task The_secretariat_and_administrators_unlock_an_account_others_may_not_and_it_is_audited()
    {
        var governor = await AccountAsync(Roles.Governor);
        await GuessAsync(governor.Email!, 5);
        var unlock = Get<AccountUnlock>();

        await Assert.ThrowsAsync<AccessDeniedException>(() => unlock.UnlockAsync(World.WaterHead, governor.Id));
        var otherGovernorate = await unlock.UnlockAsync(World.AlexSecretariat, governor.Id);
        var done = await unlock.UnlockAsync(World.LuxorSecretariat, governor.Id);
        var again = await unlock.UnlockAsync(World.Admin, governor.Id);
        var signIn = await SignInAsync(governor.Email!, Password, Stranger);

        Assert.Equal(["Accounts.NotFound"], otherGovernorate.Errors);
        Assert.True(done.Succeeded);
        Assert.Equal(["Accounts.NotLocked"], again.Errors);
        Assert.Equal(SignInOutcome.Succeeded, signIn.Outcome);
        await using var db = Db();
        var audit = await db.AuditEvents.SingleAsync(a => a.Action == AccountActions.Unlocked);
        Assert.Equal((World.LuxorSecretariat.UserId, governor.Id), (audit.UserId, audit.EntityId));
        Assert.Contains(audit.Changes, c => c.Field == "LockedAddresses" && c.From == "1");
    }

    [Fact]
    public async Task A_locked_account_shows_as_locked_on_the_accounts_screen()
    {
        var governor = await AccountAsync(Roles.Governor);
        await GuessAsync(governor.Email!, 5);

        var rows = (await Get<AccountQueries>().ListAsync(World.LuxorSecretariat, new AccountFilter(governor.Email), 0)).Rows;

        Assert.True(Assert.Single(rows).LockedOut);
    }

    [Fact]
    public async Task Unknown_deactivated_and_real_names_get_the_same_answers_for_the_same_hashing()
    {
        var governor = await AccountAsync(Roles.Governor);
        var former = await AccountAsync(Roles.MilitaryAdviser);
        await Get<AccountAdministration>().SetActiveAsync(World.Admin, former.Id, false);
        await SignInAsync("warm-up@example.eg", "x", Home); // the stand-in hash for unknown names is made once, at the first

        var real = await AttemptsAsync(governor.Email!);
        var deactivated = await AttemptsAsync(former.Email!);
        var unknown = await AttemptsAsync($"nobody-{Guid.NewGuid():N}@example.eg");

        Assert.Equal([.. Enumerable.Repeat(SignInOutcome.Failed, 4), SignInOutcome.Locked, SignInOutcome.Locked], real.Outcomes);
        Assert.Equal([1, 1, 1, 1, 1, 0], real.Hashes);
        Assert.Equal(real.Outcomes, deactivated.Outcomes);
        Assert.Equal(real.Hashes, deactivated.Hashes);
        Assert.Equal(real.Outcomes, unknown.Outcomes);
        Assert.Equal(real.Hashes, unknown.Hashes);
    }

    private async Task<(List<SignInOutcome> Outcomes, List<int> Hashes)> AttemptsAsync(string name)
    {
        var (outcomes, hashes) = (new List<SignInOutcome>(), new List<int>());
        for (var i = 0; i < 6; i++)
        {
            var hasher = new CountingHasher();
            outcomes.Add((await SignInAsync(name, "wrong-" + i, Stranger, hasher)).Outcome);
            hashes.Add(hasher.Verified);
        }

        return (outcomes, hashes);
    }

    private sealed class CountingHasher : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> inner = new();

        public int Verified { get; private set; }

        public string HashPassword(ApplicationUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Verified++;
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    private async Task GuessAsync(string name, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await SignInAsync(name, "wrong-" + i, Stranger);
        }
    }

    internal async Task<ApplicationUser> AccountAsync(string role, int? organisationId = null)
    {
        var draft = new AccountDraft { Email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.eg", DisplayName = role, Role = role, GovernorateId = World.Luxor.Id, OrganisationId = organisationId };
        var created = await Get<AccountAdministration>().CreateAsync(World.Admin, draft, new Uri("https://preparedness.example/"));
        await using var scope = Get<IServiceScopeFactory>().CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByIdAsync(created.UserId!))!;
        Assert.True((await users.AddPasswordAsync(user, Password)).Succeeded);
        return user;
    }

    /// <summary>What the sign-in page does, from an address; <paramref name="hasher"/> stands in for the app's to count its work.</summary>
    internal async Task<(SignInOutcome Outcome, ApplicationUser? User)> SignInAsync(string name, string password, string address, IPasswordHasher<ApplicationUser>? hasher = null)
    {
        await using var scope = Get<IServiceScopeFactory>().CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Connection.RemoteIpAddress = IPAddress.Parse(address);
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = http;
        if (hasher is not null)
        {
            scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().PasswordHasher = hasher;
        }

        return await scope.ServiceProvider.GetRequiredService<PasswordSignIn>().SignInAsync(http, name, password, remember: false);
    }
}
