using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Reminders.Email;

namespace Preparedness.Web.Features.Reminders.Jobs;

/// <summary>
/// Sends the pending emails that are due, a batch of recipients at a time, one email per recipient
/// (<see cref="EmailComposer"/>), recording each outcome on every delivery the email carries.
/// </summary>
internal sealed class DeliverEmailsJob(
    DeliveryQueue queue,
    EmailComposer composer,
    SmtpEmailSender sender,
    IOptions<EmailOptions> options,
    ILogger<DeliverEmailsJob> logger)
{
    private const int RecipientsPerBatch = 50;

    /// <returns>How many deliveries were sent (an email carrying three counts three).</returns>
    public async Task<int> ExecuteAsync(CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return 0;
        }

        var sent = 0;
        while (await queue.ClaimAsync(RecipientsPerBatch, RecipientsPerBatch * EmailComposer.MaxPerEmail, ct) is { Count: > 0 } batch)
        {
            var emails = await composer.ComposeAsync(batch, ct);
            await sender.SendAsync(
                emails,
                async email =>
                {
                    await queue.MarkSentAsync([.. email.Deliveries.Select(d => d.Id)], ct);
                    sent += email.Deliveries.Count;
                    ReminderMetrics.Delivered(email.Deliveries.Count, sent: true);
                },
                async (email, error) =>
                {
                    logger.LogWarning("Email to {Address} ({Count} deliveries) failed: {Error}", email.Deliveries[0].Address, email.Deliveries.Count, error);
                    ReminderMetrics.Delivered(email.Deliveries.Count, sent: false);
                    foreach (var delivery in email.Deliveries)
                    {
                        await queue.MarkFailedAsync(delivery, error, options.Value.MaxAttempts, ct);
                    }
                },
                ct);
        }

        return sent;
    }
}
