namespace Preparedness.Web.Features.Structure;

/// <summary>The outcome of a change to the structure: saved, or refused with resource keys that say why.</summary>
public sealed record StructureResult(bool Succeeded, IReadOnlyList<string> Errors, int? Id = null)
{
    public static StructureResult Saved(int id) => new(true, [], id);

    public static StructureResult Invalid(IReadOnlyList<string> errors) => new(false, errors);

    /// <summary>Also the answer for another governorate's record, so its existence is not revealed.</summary>
    public static readonly StructureResult NotFound = new(false, ["Error.NotFound"]);
}
