namespace Preparedness.Web.Features.Agreements;

public enum AgreementSaveStatus
{
    Saved,
    Invalid,
    Conflict,
    NotFound,
}

/// <summary>The outcome of a change to an agreement; <see cref="Errors"/> holds resource keys the page localizes.</summary>
public sealed record AgreementResult(AgreementSaveStatus Status, IReadOnlyList<string> Errors, int? AgreementId = null)
{
    public bool Succeeded => Status == AgreementSaveStatus.Saved;

    public static AgreementResult Saved(int id) => new(AgreementSaveStatus.Saved, [], id);

    public static AgreementResult Invalid(IReadOnlyList<string> errors) => new(AgreementSaveStatus.Invalid, errors);

    public static readonly AgreementResult Conflict = new(AgreementSaveStatus.Conflict, ["Agreement.Conflict"]);

    public static readonly AgreementResult NotFound = new(AgreementSaveStatus.NotFound, ["Agreement.NotFound"]);
}
