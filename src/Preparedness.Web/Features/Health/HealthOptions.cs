using System.ComponentModel.DataAnnotations;

namespace Preparedness.Web.Features.Health;

/// <summary>The health pack's thresholds; bound from Preparedness:Health and validated at start-up.</summary>
internal sealed class HealthOptions
{
    public const string Section = "Preparedness:Health";

    /// <summary>A blood stock with fewer days of supply than this is low; going below tells the health directorate and the secretariat.</summary>
    [Range(0.5, 60)]
    public decimal LowSupplyDays { get; set; } = 3;

    /// <summary>A stock or hospital not updated for this long shows as "not reported", never as healthy.</summary>
    [Range(1, 24 * 30)]
    public int StaleAfterHours { get; set; } = 24;

    /// <summary>When the holders of stocks not reported are reminded, in Cairo time (cron); once per stock and period of silence whatever the schedule.</summary>
    [Required, RegularExpression(Reminders.ReminderOptions.CronPattern)]
    public string StaleRemindersCron { get; set; } = "0 8-20 * * *";
}
