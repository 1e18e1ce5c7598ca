namespace Preparedness.Web.Features.Agreements;

/// <summary>The secretariat's form for an agreement; mutable so the form can bind to it.</summary>
public sealed class AgreementDraft
{
    public const int MaxTitleLength = 300;
    public const int MaxScopeLength = 4000;
    public const int MinParties = 2;
    public const int MaxParties = 20;

    public string TitleAr { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public IReadOnlyCollection<int> PartyOrganisationIds { get; set; } = [];
    public DateOnly? SignedOn { get; set; }
    public DateOnly? ReviewOn { get; set; }
    public string Scope { get; set; } = "";

    /// <summary>The stored row's version when editing (a stale edit is refused as a conflict).</summary>
    public uint Version { get; set; }

    public IReadOnlyList<string> Validate(DateOnly today)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(TitleAr) || string.IsNullOrWhiteSpace(TitleEn)) errors.Add("Agreement.TitleRequired");
        if (TitleAr.Length > MaxTitleLength || TitleEn.Length > MaxTitleLength || Scope.Length > MaxScopeLength) errors.Add("Agreement.TextTooLong");
        if (string.IsNullOrWhiteSpace(Scope)) errors.Add("Agreement.ScopeRequired");
        var parties = PartyOrganisationIds.Distinct().Count();
        if (parties < MinParties) errors.Add("Agreement.TwoParties");
        if (parties > MaxParties) errors.Add("Agreement.TooManyParties");
        if (SignedOn is null) errors.Add("Agreement.SignedOnRequired");
        else if (SignedOn > today || SignedOn < today.AddYears(-30)) errors.Add("Agreement.SignedOnInvalid");
        if (ReviewOn is null) errors.Add("Agreement.ReviewOnRequired");
        else if (SignedOn is { } signed && (ReviewOn <= signed || ReviewOn > signed.AddYears(20))) errors.Add("Agreement.ReviewOnInvalid");
        return errors;
    }
}
