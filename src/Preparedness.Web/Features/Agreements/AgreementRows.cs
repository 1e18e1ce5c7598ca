using Preparedness.Web.Features.Governorates;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.Agreements;

/// <summary>How an agreement's commitments stand: counts and their readiness (the tasks' own score, priority-weighted).</summary>
public sealed record CommitmentFigures(int Total, int Verified, int ReportedDone, int Overdue, decimal? Readiness)
{
    public static readonly CommitmentFigures None = new(0, 0, 0, 0, null);
}

/// <summary>An agreement in the list and on the dashboard.</summary>
public sealed record AgreementRow(
    int Id, string TitleAr, string TitleEn, DateOnly SignedOn, DateOnly ReviewOn, bool Retired, int Parties, CommitmentFigures Commitments,
    IReadOnlyList<int> CommitmentTaskIds);

/// <summary>One commitment: its task, the party that owes it, its due date and status.</summary>
public sealed record CommitmentRow(
    int TaskId, int AgreementId, string TitleAr, string TitleEn, int OrganisationId, string OrganisationNameAr, string OrganisationNameEn,
    DateOnly DueOn, TaskStatus Status, bool Overdue);

public sealed record AgreementDocumentInfo(string FileName, int Size, DateTimeOffset UploadedAt, string UploadedByName);

/// <summary>An agreement's page: what was recorded, its parties, its document and its commitments.</summary>
public sealed record AgreementDetails(
    int Id, int GovernorateId, string TitleAr, string TitleEn, IReadOnlyList<NamedItem> Parties, DateOnly SignedOn, DateOnly ReviewOn,
    string Scope, DateTimeOffset? RetiredAt, string RecordedByName, DateTimeOffset RecordedAt, uint Version,
    AgreementDocumentInfo? Document, IReadOnlyList<CommitmentRow> Commitments)
{
    public AgreementDraft ToDraft() => new()
    {
        TitleAr = TitleAr, TitleEn = TitleEn, PartyOrganisationIds = [.. Parties.Select(p => p.Id)],
        SignedOn = SignedOn, ReviewOn = ReviewOn, Scope = Scope, Version = Version,
    };
}
