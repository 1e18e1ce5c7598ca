using System.ComponentModel.DataAnnotations;

namespace Preparedness.Web.Features.Live;

/// <summary>How live screens get new figures (Preparedness:LiveFigures): the window and the concurrency of <see cref="Coalescer"/>.</summary>
internal sealed class LiveFiguresOptions
{
    public const string Section = "Preparedness:LiveFigures";

    /// <summary>
    /// A governorate's figures are computed at once for a change after a quiet spell, then at most once per this
    /// many milliseconds while changes keep coming; each change's banner goes out at once regardless.
    /// </summary>
    [Range(0, 5000)]
    public int CoalesceMilliseconds { get; set; } = 200;

    /// <summary>Figures computed at the same time, across governorates: the rest wait their turn, coalescing meanwhile.</summary>
    [Range(1, 16)]
    public int MaxConcurrentRecomputes { get; set; } = 2;
}
