using System.ComponentModel.DataAnnotations;

namespace Preparedness.Web.Features.Reminders;

/// <summary>When reminders go out; bound from Preparedness:Reminders and validated at start-up.</summary>
internal sealed class ReminderOptions : IValidatableObject
{
    public const string Section = "Preparedness:Reminders";

    private static readonly int[] DefaultDueSoonDays = [3, 1];

    /// <summary>
    /// Days before a due date the owner is reminded. Empty means the default (3 and 1): the
    /// configuration binder appends to a non-empty default instead of replacing it.
    /// </summary>
    public int[] DueSoonDays { get; set; } = [];

    /// <summary>An owner this many days late is also reported to the governorate's secretariat.</summary>
    [Range(0, 60)]
    public int EscalateAfterDays { get; set; } = 2;

    /// <summary>The owner of a storm task is reminded this many days before the storm's window opens.</summary>
    [Range(0, 60)]
    public int StormLeadDays { get; set; } = 3;

    /// <summary>Reminders sweep, in Cairo time (cron). Daily: every kind of reminder is at most once a day.</summary>
    [Required, RegularExpression(CronPattern)]
    public string RemindersCron { get; set; } = "0 8 * * *";

    /// <summary>The morning digest for the secretariat and the military adviser, in Cairo time (cron).</summary>
    [Required, RegularExpression(CronPattern)]
    public string DigestCron { get; set; } = "30 7 * * *";

    /// <summary>Retries of pending emails (cron); new notifications also start a delivery at once.</summary>
    [Required, RegularExpression(CronPattern)]
    public string DeliveryCron { get; set; } = "* * * * *";

    /// <summary>How many overdue tasks the digest lists, worst first.</summary>
    [Range(1, 20)]
    public int DigestWorstOverdue { get; set; } = 5;

    /// <summary>"Remind now" is refused for a task (or organisation) reminded within this many minutes.</summary>
    [Range(1, 24 * 60)]
    public int RemindNowIntervalMinutes { get; set; } = 60;

    public IReadOnlyList<int> EffectiveDueSoonDays => DueSoonDays.Length == 0 ? DefaultDueSoonDays : DueSoonDays;

    // Five fields of a standard cron expression; Hangfire parses it fully when the job is registered.
    internal const string CronPattern = @"^\s*\S+(\s+\S+){4}\s*$";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DueSoonDays.Any(d => d is < 0 or > 60) || DueSoonDays.Distinct().Count() != DueSoonDays.Length)
        {
            yield return new ValidationResult("DueSoonDays must be distinct whole days between 0 and 60.", [nameof(DueSoonDays)]);
        }
    }
}
