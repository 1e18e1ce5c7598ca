using System.Text.RegularExpressions;

namespace Preparedness.Web.Features.Structure;

/// <summary>The checks every structure form shares: names in both languages, a short Latin code.</summary>
internal static partial class StructureRules
{
    public const int NameMax = 200;
    public const int CodeMax = 60;
    public const int GovernorateCodeMax = 40;

    public static string Code(string? code) => (code ?? "").Trim().ToLowerInvariant();

    public static string Name(string? name) => (name ?? "").Trim();

    public static List<string> Names(NamedDraft draft)
    {
        var errors = new List<string>();
        if (Name(draft.NameAr).Length == 0 || Name(draft.NameEn).Length == 0) errors.Add("Structure.NamesRequired");
        if (Name(draft.NameAr).Length > NameMax || Name(draft.NameEn).Length > NameMax) errors.Add("Structure.NameTooLong");
        return errors;
    }

    public static List<string> NewCode(NamedDraft draft, int max)
    {
        var code = Code(draft.Code);
        return code.Length == 0 ? ["Structure.CodeRequired"]
            : code.Length > max || !CodePattern().IsMatch(code) ? ["Structure.CodeInvalid"]
            : [];
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex CodePattern();
}
