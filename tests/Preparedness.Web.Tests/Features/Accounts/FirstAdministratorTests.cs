using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Accounts;

/// <summary>The create-admin command on an installation without demo data.</summary>
public sealed class FirstAdministratorTests : DatabaseTest
{
    [Fact]
    public async Task The_first_administrator_is_created_audited_and_given_a_set_password_link()
    {
        var output = new StringWriter();

        var exit = await RunAsync(output, "admin@luxor.gov.eg", "مدير النظام", "https://preparedness.example/");

        Assert.Equal(0, exit);
        Assert.Contains("https://preparedness.example/account/set-password", output.ToString(), StringComparison.Ordinal);
        await using var scope = ScopeOf();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var admin = await users.FindByEmailAsync("admin@luxor.gov.eg");
        Assert.NotNull(admin);
        Assert.Equal([Roles.Administrator], await users.GetRolesAsync(admin));
        Assert.False(await users.HasPasswordAsync(admin));
        await using var db = Db();
        var created = await db.AuditEvents.SingleAsync(a => a.Action == AccountActions.Created);
        Assert.Equal(("installation", admin.Id), (created.UserId, created.EntityId));
    }

    [Fact]
    public async Task A_taken_email_or_bad_arguments_create_nothing_and_say_why()
    {
        await RunAsync(new StringWriter(), "admin@luxor.gov.eg", "Admin", "https://preparedness.example/");
        var taken = new StringWriter();
        var usage = new StringWriter();

        var takenExit = await RunAsync(taken, "ADMIN@luxor.gov.eg", "Admin again", "https://preparedness.example/", FirstAdministrator.Force);
        var usageExit = await RunAsync(usage, "admin2@luxor.gov.eg", "Admin", "not-an-address");

        Assert.Equal((1, 2), (takenExit, usageExit));
        Assert.Contains("An account with this email already exists.", taken.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("Usage: ", usage.ToString(), StringComparison.Ordinal);
        await using var db = Db();
        Assert.Equal(1, await db.Users.CountAsync());
    }

    [Fact]
    public async Task A_second_administrator_is_refused_unless_forced()
    {
        await RunAsync(new StringWriter(), "admin@luxor.gov.eg", "Admin", "https://preparedness.example/");
        var refused = new StringWriter();

        var refusedExit = await RunAsync(refused, "second@luxor.gov.eg", "Second", "https://preparedness.example/");
        var forcedExit = await RunAsync(new StringWriter(), "third@luxor.gov.eg", "Third", "https://preparedness.example/", FirstAdministrator.Force);

        Assert.Equal((1, 0), (refusedExit, forcedExit));
        Assert.Contains("an administrator already exists", refused.ToString(), StringComparison.Ordinal);
        await using var db = Db();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "second@luxor.gov.eg"));
        Assert.True(await db.Users.AnyAsync(u => u.Email == "third@luxor.gov.eg"));
    }

    private Task<int> RunAsync(TextWriter output, params string[] args) =>
        FirstAdministrator.RunAsync(Get<IServiceProvider>(), args, output);

    private AsyncServiceScope ScopeOf() => Get<IServiceScopeFactory>().CreateAsyncScope();
}
