namespace Preparedness.Web.Features.Accounts;

/// <summary>The audit trail's action names for accounts and sign-ins (entity type <see cref="EntityType"/>).</summary>
internal static class AccountActions
{
    public const string EntityType = "account";

    public const string SignIn = "account.signin";
    public const string SignInFailed = "account.signin-failed";
    public const string SignOut = "account.signout";
    public const string LockedOut = "account.locked-out";
    public const string Throttled = "account.signin-throttled";

    public const string Created = "account.created";
    public const string Changed = "account.changed";
    public const string Deactivated = "account.deactivated";
    public const string Reactivated = "account.reactivated";
    public const string PasswordLinkIssued = "account.password-link-issued";
    public const string PasswordSet = "account.password-set";
    public const string Unlocked = "account.unlocked";
    public const string TwoFactorEnabled = "account.2fa-enabled";
    public const string TwoFactorDisabled = "account.2fa-disabled";
    public const string RecoveryCodesRenewed = "account.recovery-codes-renewed";

    public static readonly IReadOnlyList<string> All =
    [
        SignIn, SignInFailed, SignOut, LockedOut, Throttled, Created, Changed, Deactivated, Reactivated,
        PasswordLinkIssued, PasswordSet, Unlocked, TwoFactorEnabled, TwoFactorDisabled, RecoveryCodesRenewed,
    ];
}
