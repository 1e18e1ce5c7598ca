namespace Preparedness.Web.Features.Meetings;

/// <summary>The secretariat's form for recording a meeting; mutable so the form can bind to it.</summary>
public sealed class MeetingDraft
{
    public const int MaxChairLength = 200;
    public const int MaxNotesLength = 8000;
    public const int MaxOrganisations = 200;

    public DateOnly? HeldOn { get; set; }
    public string Chair { get; set; } = "";
    public IReadOnlyCollection<int> OrganisationIds { get; set; } = [];
    public string? Notes { get; set; }

    public IReadOnlyList<string> Validate(DateOnly today)
    {
        var errors = new List<string>();
        if (HeldOn is null) errors.Add("Meeting.DateRequired");
        else if (HeldOn > today.AddDays(1) || HeldOn < today.AddYears(-2)) errors.Add("Meeting.DateInvalid");
        if (string.IsNullOrWhiteSpace(Chair)) errors.Add("Meeting.ChairRequired");
        if (Chair.Length > MaxChairLength || Notes?.Length > MaxNotesLength) errors.Add("Meeting.TextTooLong");
        if (OrganisationIds.Count > MaxOrganisations) errors.Add("Meeting.TooManyOrganisations");
        return errors;
    }
}
