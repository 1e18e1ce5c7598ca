using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Reminders.Email;

namespace Preparedness.Web.Features.Reminders.Jobs;

/// <summary>Sends the pending emails that are due, batch by batch, recording each outcome on its delivery.</summary>
internal sealed class DeliverEmailsJob(
    DeliveryQueue queue,
    EmailComposer composer,
    SmtpEmailSender sender,
    IOptions<EmailOptions> options,
    ILogger<DeliverEmailsJob> logger)
{
    private const int BatchSize = 50;

    public async Task<int> ExecuteAsync(CancellationToken ct)
    {
        if (!options.Value.Enabled)
        {
            return 0;
        }

        var sent = 0;
        while (await queue.ClaimAsync(BatchSize, ct) is { Count: > 0 } batch)
        {
            var emails = await composer.ComposeAsync(batch, ct);
            await sender.SendAsync(
                emails,
                async email =>
                {
                    await queue.MarkSentAsync(email.Delivery.Id, ct);
                    sent++;
                },
                async (email, error) =>
                {
                    logger.LogWarning("Email delivery {Delivery} to {Address} failed (attempt {Attempt}): {Error}", email.Delivery.Id, email.Delivery.Address, email.Delivery.Attempts, error);
                    await queue.MarkFailedAsync(email.Delivery, error, options.Value.MaxAttempts, ct);
                },
                ct);
        }

        return sent;
    }
}
