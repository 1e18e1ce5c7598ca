using System.Diagnostics.Metrics;

namespace Preparedness.Web.Features.Reminders;

/// <summary>The reminders' own figures (meter <c>Preparedness.Reminders</c>): sweeps and email deliveries.</summary>
internal static class ReminderMetrics
{
    public const string MeterName = "Preparedness.Reminders";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<double> SweepDuration =
        Meter.CreateHistogram<double>("preparedness.reminders.sweep.duration", "s", "How long the daily reminder sweep took.");

    private static readonly Counter<long> SweepNotifications =
        Meter.CreateCounter<long>("preparedness.reminders.sweep.notifications", "{notification}", "Notifications the sweeps wrote.");

    private static readonly Counter<long> Deliveries =
        Meter.CreateCounter<long>("preparedness.reminders.deliveries", "{delivery}", "Email deliveries by outcome (sent, failed).");

    public static void Swept(TimeSpan duration, int notifications)
    {
        SweepDuration.Record(duration.TotalSeconds);
        SweepNotifications.Add(notifications);
    }

    public static void Delivered(int count, bool sent) =>
        Deliveries.Add(count, new KeyValuePair<string, object?>("outcome", sent ? "sent" : "failed"));
}
