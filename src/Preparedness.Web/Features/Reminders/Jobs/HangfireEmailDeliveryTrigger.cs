using Hangfire;
using Preparedness.Web.Features.Reminders.Email;

namespace Preparedness.Web.Features.Reminders.Jobs;

/// <summary>New emails are handed to a worker at once; LISTEN/NOTIFY wakes it within milliseconds.</summary>
internal sealed class HangfireEmailDeliveryTrigger(IBackgroundJobClient jobs) : IEmailDeliveryTrigger
{
    public void DeliverSoon() => jobs.Enqueue<DeliverEmailsJob>(job => job.ExecuteAsync(CancellationToken.None));
}
