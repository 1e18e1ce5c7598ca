using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Features.Audit;
using QRCoder;

namespace Preparedness.Web.Features.Accounts.TwoFactor;

public sealed record AuthenticatorKey(string SharedKey, string QrCodeDataUri);

/// <summary>
/// The signed-in user's authenticator app: show the key, enable after one good code, disable, new
/// recovery codes. Runs in the static sign-in pages' request, because every change re-issues the
/// sign-in cookie (the security stamp changes).
/// </summary>
internal sealed class AuthenticatorSetup(
    UserManager<ApplicationUser> users,
    IUserStore<ApplicationUser> store,
    SignInManager<ApplicationUser> signIn,
    PreparednessDbContext db,
    TimeProvider clock,
    IOptions<SecurityOptions> security)
{
    private const string Issuer = "Preparedness";
    private const int RecoveryCodeCount = 10;

    private readonly IUserAuthenticatorKeyStore<ApplicationUser> keys = (IUserAuthenticatorKeyStore<ApplicationUser>)store;

    public bool IsRequired(Actor actor) => security.Value.RequiresTwoFactor(actor.Role);

    public async Task<AuthenticatorKey> KeyAsync(ApplicationUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Not ResetAuthenticatorKeyAsync: it renews the security stamp, which would sign the user out
            // of their other open screens just for looking at this page. A key is inert until a code
            // confirms it, and enabling renews the stamp then.
            key = users.GenerateNewAuthenticatorKey();
            await keys.SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
            await users.UpdateAsync(user);
        }

        var uri = $"otpauth://totp/{Uri.EscapeDataString($"{Issuer}:{user.Email}")}?secret={key}&issuer={Issuer}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return new AuthenticatorKey(key, $"data:image/png;base64,{Convert.ToBase64String(png)}");
    }

    /// <returns>The recovery codes, shown once; null when the code was wrong.</returns>
    public async Task<IReadOnlyList<string>?> EnableAsync(Actor actor, ApplicationUser user, string code)
    {
        code = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return null;
        }

        IEnumerable<string>? codes = null;
        var result = await IdentityTransaction.RunAsync(
            db,
            async () =>
            {
                var enabled = await users.SetTwoFactorEnabledAsync(user, true);
                codes = enabled.Succeeded ? await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) : null;
                return enabled;
            },
            () => Record(actor, user, AccountActions.TwoFactorEnabled, "false", "true"),
            CancellationToken.None);
        await signIn.RefreshSignInAsync(user);
        return result.Succeeded ? codes?.ToList() : null;
    }

    /// <returns>False when the user's role must keep it.</returns>
    public async Task<bool> DisableAsync(Actor actor, ApplicationUser user)
    {
        if (IsRequired(actor))
        {
            return false;
        }

        // A fresh key too: whoever copied the old one cannot use it if the app is enabled again.
        await IdentityTransaction.RunAsync(
            db,
            async () => await users.SetTwoFactorEnabledAsync(user, false) is { Succeeded: false } failed ? failed : await users.ResetAuthenticatorKeyAsync(user),
            () => Record(actor, user, AccountActions.TwoFactorDisabled, "true", "false"),
            CancellationToken.None);
        await signIn.RefreshSignInAsync(user);
        return true;
    }

    public async Task<IReadOnlyList<string>> RenewRecoveryCodesAsync(Actor actor, ApplicationUser user)
    {
        IEnumerable<string> codes = [];
        await IdentityTransaction.RunAsync(
            db,
            async () =>
            {
                codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? [];
                return IdentityResult.Success;
            },
            () => db.Record(actor, clock.GetUtcNow(), AccountActions.RecoveryCodesRenewed, AccountActions.EntityType, user.Id, user.GovernorateId),
            CancellationToken.None);
        return codes.ToList();
    }

    private void Record(Actor actor, ApplicationUser user, string action, string from, string to) =>
        db.Record(actor, clock.GetUtcNow(), action, AccountActions.EntityType, user.Id, user.GovernorateId,
            [new FieldChange { Field = nameof(user.TwoFactorEnabled), From = from, To = to }]);
}
