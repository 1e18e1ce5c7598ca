using System.ComponentModel.DataAnnotations;

namespace Preparedness.Web.Features.Tasks;

internal sealed class ReadinessOptions
{
    public const string Section = "Preparedness:Readiness";

    /// <summary>An unfinished task nobody updated for this many days shows as "not reported".</summary>
    [Range(1, 90)]
    public int StaleAfterDays { get; set; } = 7;

    /// <summary>An unfinished task due within this many days and below <see cref="AtRiskBelowProgress"/> is at risk.</summary>
    [Range(1, 60)]
    public int AtRiskWithinDays { get; set; } = 7;

    [Range(0.0, 1.0)]
    public decimal AtRiskBelowProgress { get; set; } = 0.5m;
}
