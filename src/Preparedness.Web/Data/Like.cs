namespace Preparedness.Web.Data;

internal static class Like
{
    /// <summary>Typed text is matched literally in ILIKE patterns: % and _ are not wildcards.</summary>
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
