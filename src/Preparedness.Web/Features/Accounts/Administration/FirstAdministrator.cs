using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Preparedness.Web.Features.Accounts.Administration;

/// <summary>
/// The <c>create-admin</c> command: the first administrator of an installation without demo data.
/// The account is made by the same <see cref="AccountAdministration"/> as on the screens — validated,
/// audited (as done by "the installation") — and its one-time set-password link is printed.
/// </summary>
internal static class FirstAdministrator
{
    public const string Command = "create-admin";

    public const string Usage = "Usage: dotnet Preparedness.Web.dll create-admin <email> <display name> <site address, e.g. https://preparedness.example.gov.eg/> [--force]";

    /// <summary>Creates another administrator although one exists: the command is for the first one.</summary>
    public const string Force = "--force";

    /// <summary>Who the audit trail says created the account.</summary>
    public static readonly Actor Installation = new("installation", "Installation (create-admin)", Roles.Administrator, null, null);

    /// <param name="args">What follows the command: email, display name, site address, and optionally --force.</param>
    /// <returns>The process's exit code: 0 created, 1 refused (the reasons are printed), 2 bad arguments.</returns>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken ct = default)
    {
        var force = args.Contains(Force);
        args = args.Where(a => a != Force).ToList();
        if (args.Count != 3 || !Uri.TryCreate(args[2], UriKind.Absolute, out var site) || site.Scheme is not ("https" or "http"))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        // Whoever can run commands on the server must not quietly mint an administrator next to the real ones.
        if (!force && await AdministratorExistsAsync(services))
        {
            await output.WriteLineAsync($"Not created: an administrator already exists; administrators create accounts on /admin/users (add {Force} to create one anyway).");
            return 1;
        }

        var draft = new AccountDraft { Email = args[0], DisplayName = args[1], Role = Roles.Administrator };
        var result = await services.GetRequiredService<AccountAdministration>().CreateAsync(Installation, draft, site, ct);
        if (!result.Succeeded)
        {
            var text = services.GetRequiredService<IStringLocalizer<AccountStrings>>();
            var previous = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            try
            {
                foreach (var error in result.Errors)
                {
                    await output.WriteLineAsync($"Not created: {text[error]}");
                }
            }
            finally
            {
                CultureInfo.CurrentUICulture = previous;
            }

            return 1;
        }

        await output.WriteLineAsync($"Administrator {draft.Email} created.");
        await output.WriteLineAsync($"Open this link once, within 3 days, to set the password{(result.Link!.Sent ? " (it was also emailed)" : "")}:");
        await output.WriteLineAsync(result.Link.Url);
        return 0;
    }

    private static async Task<bool> AdministratorExistsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
        return (await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0;
    }
}
