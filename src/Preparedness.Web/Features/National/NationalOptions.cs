using System.ComponentModel.DataAnnotations;

namespace Preparedness.Web.Features.National;

/// <summary>The national view's job (Preparedness:National).</summary>
internal sealed class NationalOptions
{
    public const string Section = "Preparedness:National";

    /// <summary>When the tallies are checked against the tasks and repaired (Cairo time): nightly, when few write.</summary>
    [Required]
    public string TallyRepairCron { get; set; } = "17 3 * * *";
}
