using System.Globalization;
using System.Text;

namespace Preparedness.Web.Features.Tasks;

/// <summary>
/// Folds text so that Arabic letter variants (أ إ آ ا, ة ه, ى ي), tashkeel and tatweel and
/// English case do not matter. Stored text and search terms are folded the same way.
/// </summary>
internal static class SearchText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (IsArabicMark(c))
            {
                continue;
            }

            var folded = c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ة' => 'ه',
                'ى' => 'ي',
                'ؤ' => 'و',
                'ئ' => 'ي',
                _ => char.ToLowerInvariant(c),
            };
            if (char.IsWhiteSpace(folded))
            {
                if (!lastWasSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            builder.Append(folded);
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>Tashkeel, Quranic marks, superscript alef and tatweel.</summary>
    private static bool IsArabicMark(char c) =>
        c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' or >= '\u06D6' and <= '\u06ED'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && c is >= '\u0600' and <= '\u06FF';
}
