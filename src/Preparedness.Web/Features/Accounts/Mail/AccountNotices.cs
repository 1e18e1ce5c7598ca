using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Localization;

namespace Preparedness.Web.Features.Accounts.Mail;

/// <summary>
/// Tells an account's owner, in their language, what was done to their account by someone else: a
/// set-password link issued (who, when; never the link itself, which only the issuer holds) and sign-in
/// paused from an address after wrong passwords. Each says whom to call if it was not expected.
/// </summary>
internal sealed class AccountNotices(AccountMailer mailer, IStringLocalizer<AccountStrings> A, IOptions<SecurityOptions> security)
{
    public Task<bool> LinkIssuedAsync(ApplicationUser owner, string issuer, DateTimeOffset at, CancellationToken ct) =>
        SendAsync(owner, "Mail.LinkIssued.Subject", ct, "Mail.LinkIssued.Body", Cairo(at), issuer);

    public Task<bool> LockedAsync(ApplicationUser owner, string source, int failures, DateTimeOffset at, DateTimeOffset until, CancellationToken ct) =>
        SendAsync(owner, "Mail.Locked.Subject", ct, "Mail.Locked.Body", Cairo(at), failures, source, Cairo(until));

    private async Task<bool> SendAsync(ApplicationUser owner, string subjectKey, CancellationToken ct, string bodyKey, params object[] details)
    {
        if (!mailer.Enabled || string.IsNullOrEmpty(owner.Email))
        {
            return false;
        }

        var (ui, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        string subject, text;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(Cultures.Normalize(owner.PreferredCulture));
            var contact = security.Value.SecurityContact is { Length: > 0 } configured ? configured : A["Mail.DefaultContact"].Value;
            subject = A[subjectKey];
            text = string.Join("\n\n", A["Mail.Greeting", owner.DisplayName].Value, A[bodyKey, details].Value, A["Mail.Unexpected", contact].Value);
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, culture);
        }

        return await mailer.SendAsync(owner.DisplayName, owner.Email, subject, text, ct);
    }

    private static string Cairo(DateTimeOffset at) => CairoTime.ToCairo(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
