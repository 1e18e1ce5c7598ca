using System.ComponentModel.DataAnnotations;

namespace Preparedness.Web.Features.Agreements;

/// <summary>When an agreement's review is announced; bound from Preparedness:Agreements and validated at start-up.</summary>
internal sealed class AgreementOptions
{
    public const string Section = "Preparedness:Agreements";

    /// <summary>The secretariat and the parties' heads are told this many days before the review date (once per agreement and date).</summary>
    [Range(1, 365)]
    public int ReviewReminderDays { get; set; } = 30;

    /// <summary>The review sweep, in Cairo time (cron): daily, after the task reminders.</summary>
    [Required, RegularExpression(@"^\s*\S+(\s+\S+){4}\s*$")]
    public string ReviewCron { get; set; } = "15 8 * * *";
}
