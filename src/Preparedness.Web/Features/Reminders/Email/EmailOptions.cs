using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace Preparedness.Web.Features.Reminders.Email;

/// <summary>The SMTP server (Preparedness:Email). Without a host no email is sent; in-app notifications still are.</summary>
internal sealed class EmailOptions
{
    public const string Section = "Preparedness:Email";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>None for a local development server; StartTls or SslOnConnect for a real one.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required, EmailAddress]
    public string FromAddress { get; set; } = "no-reply@preparedness.local";

    [Required]
    public string FromName { get; set; } = "منظومة الاستعداد — Preparedness";

    /// <summary>After this many failed attempts a delivery is marked failed and left alone.</summary>
    [Range(1, 20)]
    public int MaxAttempts { get; set; } = 6;

    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
