using MailKit.Security;

namespace Preparedness.Web.Features.Accounts.Mail;

/// <summary>
/// The same SMTP server the reminders use (Preparedness:Email), read here by the accounts' own security
/// e-mails, which must not wait in the reminders' queue nor depend on that feature. Without a host nothing is sent.
/// </summary>
internal sealed class AccountMailOptions
{
    public const string Section = "Preparedness:Email";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "no-reply@preparedness.local";
    public string FromName { get; set; } = "منظومة الاستعداد — Preparedness";
    public int TimeoutSeconds { get; set; } = 30;
}
