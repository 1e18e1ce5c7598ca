using Cronos;
using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Reminders.Sweeps;

namespace Preparedness.Web.Features.Reminders.Jobs;

/// <summary>
/// The day's reminders and digest, sent when the app starts if their time today has already passed: on
/// the first day of an installation (Hangfire would first run them tomorrow) or after the app was down at
/// that time. Exactly once as always: a sweep that already ran today, on this instance or another, finds
/// every occurrence key taken and tells no one again. Before the time, the schedule sends them.
/// </summary>
internal sealed class StartupCatchUp(
    SendRemindersJob reminders,
    SendDigestJob digest,
    TimeProvider clock,
    IOptions<ReminderOptions> options,
    ILogger<StartupCatchUp> logger)
{
    public async Task<JobSummary> ExecuteAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var sent = new List<JobSummary>();
        if (PassedToday(options.Value.DigestCron, now))
        {
            sent.Add(await digest.ExecuteAsync(ct));
        }

        if (PassedToday(options.Value.RemindersCron, now))
        {
            sent.Add(await reminders.ExecuteAsync(ct));
        }

        var total = new JobSummary(sent.Sum(s => s.Notifications), sent.Sum(s => s.Recipients), sent.Sum(s => s.EmailsQueued));
        logger.LogInformation("Start-up catch-up: {Runs} of today's runs were due; {Notifications} notifications written.", sent.Count, total.Notifications);
        return total;
    }

    /// <summary>Whether the schedule had a moment between Cairo's midnight today and <paramref name="now"/>.</summary>
    internal static bool PassedToday(string cron, DateTimeOffset now)
    {
        var cairo = CairoTime.ToCairo(now);
        var midnight = new DateTimeOffset(cairo.Date, CairoTime.Zone.GetUtcOffset(cairo.Date));
        return CronExpression.Parse(cron).GetNextOccurrence(midnight, CairoTime.Zone, inclusive: true) is { } first && first <= now;
    }
}

/// <summary>Runs the catch-up as the app starts (after migrations and demo data, before it serves requests).</summary>
internal sealed class StartupCatchUpService(IServiceScopeFactory scopes, ILogger<StartupCatchUpService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<StartupCatchUp>().ExecuteAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The app must still start; the scheduled runs send what this could not.
            logger.LogError(e, "The start-up catch-up of today's reminders failed; the scheduled run will send them.");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
