namespace Preparedness.Web.Features.Accounts;

/// <summary>Settings under <c>Preparedness:Security</c>.</summary>
internal sealed class SecurityOptions
{
    public const string Section = "Preparedness:Security";

    /// <summary>How often an open screen and a sign-in cookie are checked against the account (deactivated, changed).</summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A sign-in ends this long after it began, however active it was (the cookie also ends after 12 idle hours).</summary>
    public TimeSpan AbsoluteSessionLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Comma-separated roles that must use an authenticator app, e.g. "Administrator,Secretariat". Empty: everyone may, no one must.</summary>
    public string RequireTwoFactorForRoles { get; set; } = "";

    /// <summary>Sign-in attempts (password, second factor, set password) one IP address may post per minute.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 20;

    /// <summary>Wrong passwords for one user name from one address before that address is locked out of that name.</summary>
    public int FailuresBeforeLock { get; set; } = 5;

    /// <summary>The first lock's length; each further lock of the same name from the same address lasts twice the last, up to a day.</summary>
    public TimeSpan FirstLockDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Whom the account's owner is told to call when a security e-mail surprises them (a phone number or an address); empty: their governorate's secretariat or the administrators.</summary>
    public string SecurityContact { get; set; } = "";

    public bool RequiresTwoFactor(string role) =>
        RequireTwoFactorForRoles
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Contains(role, StringComparer.OrdinalIgnoreCase);
}
