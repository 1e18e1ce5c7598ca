using System.ComponentModel.DataAnnotations;

namespace Preparedness.Web.Features.Resources;

internal sealed class ResourcesOptions
{
    public const string Section = "Preparedness:Resources";

    /// <summary>An entry nobody checked for this many days shows as "not reported" and is never counted as available.</summary>
    [Range(1, 90)]
    public int StaleAfterDays { get; set; } = 14;

    /// <summary>When holders of entries not checked are reminded, in Cairo time (cron); once per entry and period of silence whatever the schedule.</summary>
    [Required, RegularExpression(Reminders.ReminderOptions.CronPattern)]
    public string StaleRemindersCron { get; set; } = "0 8 * * *";

    /// <summary>How often the gaps are looked at for new shortfalls to tell the secretariat (cron); once per crossing whatever the schedule.</summary>
    [Required, RegularExpression(Reminders.ReminderOptions.CronPattern)]
    public string GapEscalationCron { get; set; } = "*/15 * * * *";
}
