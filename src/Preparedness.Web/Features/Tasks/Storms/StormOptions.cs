using System.ComponentModel.DataAnnotations;

namespace Preparedness.Web.Features.Tasks.Storms;

internal sealed class StormOptions
{
    public const string Section = "Preparedness:Storms";

    /// <summary>
    /// Days before a storm's window opens that a task tied to it is due by default, unless its library
    /// entry is pre-storm work with a lead time of its own. A week leaves time to chase late work
    /// before the storm may come.
    /// </summary>
    [Range(0, 60)]
    public int LeadDays { get; set; } = 7;
}
