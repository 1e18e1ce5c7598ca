using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;

namespace Preparedness.Web.Features.Reminders.Email;

/// <summary>Sends a batch over one SMTP connection (MailKit) and reports each email's outcome as it happens.</summary>
internal sealed class SmtpEmailSender(IOptions<EmailOptions> options)
{
    public async Task SendAsync(
        IReadOnlyList<OutgoingEmail> emails,
        Func<OutgoingEmail, Task> sent,
        Func<OutgoingEmail, string, Task> failed,
        CancellationToken ct)
    {
        var o = options.Value;
        using var client = new SmtpClient { Timeout = o.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(o.Host!, o.Port, o.Security, ct);
            if (!string.IsNullOrEmpty(o.UserName))
            {
                await client.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            foreach (var email in emails)
            {
                await failed(email, $"{o.Host}:{o.Port}: {ex.Message}");
            }

            return;
        }

        foreach (var email in emails)
        {
            try
            {
                await client.SendAsync(email.Message, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await failed(email, ex.Message);
                continue;
            }

            // Recorded at once: if we stopped now, the next attempt must not send it again.
            await sent(email);
        }

        await client.DisconnectAsync(quit: true, ct);
    }
}
