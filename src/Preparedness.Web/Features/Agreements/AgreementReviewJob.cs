using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Reminders.Sweeps;

namespace Preparedness.Web.Features.Agreements;

/// <summary>
/// The daily review sweep: every agreement whose review date is within the configured days is told once, to the
/// secretariat and the parties' heads, in two set-based statements whatever the number of agreements. Safe to run again.
/// </summary>
internal sealed class AgreementReviewJob(NotificationWriter writer, TimeProvider clock, IOptions<AgreementOptions> options, ILogger<AgreementReviewJob> logger)
{
    public const string Name = "agreement-reviews";

    public async Task<JobSummary> ExecuteAsync(CancellationToken ct)
    {
        var total = WriteResult.None;
        foreach (var batch in AgreementReviewNotice.Batches(CairoTime.Today(clock), options.Value.ReviewReminderDays))
        {
            total = total.Add(await writer.WriteAsync(batch, ct));
        }

        logger.LogInformation("Agreement reviews: {Notifications} notifications to {Users} users.", total.Notifications, total.NotificationsByUser.Count);
        return total.Summary;
    }
}
