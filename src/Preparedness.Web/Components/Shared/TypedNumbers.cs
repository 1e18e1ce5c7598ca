using System.Globalization;
using MudBlazor;

namespace Preparedness.Web.Components.Shared;

/// <summary>
/// Numbers as Arabic phones type them: Arabic-Indic digits (٠–٩, and the Persian ۰–۹) and the Arabic
/// decimal separator (٫) are read as 0–9 and '.', so "١٢٠" is 120. Shown back with Latin digits, as
/// every other figure in the app is.
/// </summary>
internal static class TypedNumbers
{
    /// <summary>The characters a numeric field accepts as typed (MudNumericField's <c>Pattern</c>).</summary>
    public const string Pattern = "[0-9\u0660-\u0669\u06F0-\u06F9.,\u066B\u066C\\-]";

    /// <summary>Quantities (targets, what was achieved): up to two decimals. One instance, so a render does not count as a new converter.</summary>
    public static readonly IReversibleConverter<decimal?, string?> Quantity = Decimal("0.##");

    /// <summary>A field's converter: <paramref name="format"/> and the invariant culture for the value, any digits for what is typed.</summary>
    public static IReversibleConverter<decimal?, string?> Decimal(string format) =>
        Conversions.From(new DefaultConverter<decimal?> { Culture = () => CultureInfo.InvariantCulture, Format = () => format })
            .Then(text => text, Latin);

    /// <summary>The text with Arabic-Indic digits and separators replaced by their Latin counterparts.</summary>
    public static string? Latin(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                    >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                    '\u066B' => '.', // Arabic decimal separator
                    '\u066C' => ',', // Arabic thousands separator
                    _ => c,
                };
            }
        });
    }
}
