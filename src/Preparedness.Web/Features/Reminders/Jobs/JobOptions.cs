using System.ComponentModel.DataAnnotations;

namespace Preparedness.Web.Features.Reminders.Jobs;

/// <summary>
/// The Hangfire server (Preparedness:Jobs). On by default so that the run command sends reminders;
/// off for hosts that must not run jobs (a second instance for the web only, tools).
/// </summary>
internal sealed class JobOptions
{
    public const string Section = "Preparedness:Jobs";

    public bool Enabled { get; set; } = true;

    /// <summary>Reminder jobs are a few set-based statements: two workers are plenty, and each idle worker polls.</summary>
    [Range(1, 20)]
    public int WorkerCount { get; set; } = 2;

    /// <summary>How often scheduled and recurring jobs are looked for: a reminder starts within this of its time.</summary>
    [Range(1, 60)]
    public int SchedulePollingSeconds { get; set; } = 2;

    /// <summary>
    /// A fallback only: new jobs wake the workers at once through PostgreSQL LISTEN/NOTIFY.
    /// </summary>
    [Range(1, 600)]
    public int QueuePollSeconds { get; set; } = 60;

    /// <summary>
    /// How long a job fetched by a worker that has gone away (the process was killed) stays invisible before
    /// another worker takes it. The timeout slides while the worker lives, so a long job is never taken twice.
    /// </summary>
    [Range(30, 3600)]
    public int InvisibilityTimeoutSeconds { get; set; } = 120;

    /// <summary>How often the server writes its heartbeat; after a database failover it is next seen within this (deploy/README.md).</summary>
    [Range(1, 300)]
    public int HeartbeatSeconds { get; set; } = 30;
}
