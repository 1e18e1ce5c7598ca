using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Preparedness.Web.Features.Accounts.Mail;

/// <summary>
/// Sends one security e-mail at once over SMTP (MailKit). A notice that cannot be sent is logged, never
/// thrown: the change it reports (a link, a lock) is already made and audited.
/// </summary>
internal sealed class AccountMailer(IOptions<AccountMailOptions> options, ILogger<AccountMailer> logger)
{
    public bool Enabled => !string.IsNullOrWhiteSpace(options.Value.Host);

    public async Task<bool> SendAsync(string toName, string toAddress, string subject, string text, CancellationToken ct)
    {
        var o = options.Value;
        if (!Enabled)
        {
            return false;
        }

        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = text } };
        message.From.Add(new MailboxAddress(o.FromName, o.FromAddress));
        message.To.Add(new MailboxAddress(toName, toAddress));
        try
        {
            using var client = new SmtpClient { Timeout = o.TimeoutSeconds * 1000 };
            await client.ConnectAsync(o.Host!, o.Port, o.Security, ct);
            if (!string.IsNullOrEmpty(o.UserName))
            {
                await client.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
            }

            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("Security e-mail \"{Subject}\" to {Address} was not sent: {Error}", subject, toAddress, ex.Message);
            return false;
        }
    }
}
