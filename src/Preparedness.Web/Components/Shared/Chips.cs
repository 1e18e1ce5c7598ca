using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Preparedness.Web.Components.Shared;

/// <summary>
/// MudChip's markup for a chip that only shows a word (no click, close or icon), written into the caller's
/// own render tree: the same look without a component per chip, for lists that show one or two per row.
/// </summary>
internal static class Chips
{
    public static RenderFragment Light(Color color, Variant variant, string text, string? testId = null) => builder =>
    {
        builder.OpenElement(0, "div");
        builder.AddAttribute(1, "class", "mud-chip-container");
        builder.OpenElement(2, "div");
        builder.AddAttribute(3, "class", $"mud-chip mud-chip-{variant.ToString().ToLowerInvariant()} mud-chip-size-small mud-chip-color-{color.ToString().ToLowerInvariant()}");
        builder.AddAttribute(4, "data-testid", testId);
        builder.OpenElement(5, "span");
        builder.AddAttribute(6, "class", "mud-chip-content");
        builder.AddContent(7, text);
        builder.CloseElement();
        builder.CloseElement();
        builder.CloseElement();
    };
}
