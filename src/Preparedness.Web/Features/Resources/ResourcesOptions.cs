using System.ComponentModel.DataAnnotations;

namespace Preparedness.Web.Features.Resources;

internal sealed class ResourcesOptions
{
    public const string Section = "Preparedness:Resources";

    /// <summary>An entry nobody checked for this many days shows as "not reported" and is never counted as available.</summary>
    [Range(1, 90)]
    public int StaleAfterDays { get; set; } = 14;
}
