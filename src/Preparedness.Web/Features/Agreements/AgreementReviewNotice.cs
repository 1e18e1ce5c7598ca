using Npgsql;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Sweeps;

namespace Preparedness.Web.Features.Agreements;

/// <summary>
/// "The memorandum with the Popular Defence forces is to be reviewed on 1 March": told to the governorate's
/// secretariat (one occurrence per agreement) and to the heads of each party (one per party), through the
/// reminders' notifications (bell, live, email). Every key names the agreement and its review date, so a sweep
/// run again tells no one twice, and a review date moved later is told again when it comes near.
/// A party that is one of the governorate's own offices also tells the secretariat (the reminders' rule for
/// offices), so there the secretariat hears twice: once for the agreement, once as that party.
/// </summary>
internal static class AgreementReviewNotice
{
    private const string Due = """
        FROM agreements a
        WHERE a.retired_at IS NULL AND a.review_on >= @today AND a.review_on <= @until
        """;

    private static string Select(string organisation) => $"""
        SELECT '{ReminderKind.AgreementReview}', a.governorate_id, NULL::int, {organisation},
               'agreement:' || a.id || ':review:' || to_char(a.review_on, 'YYYY-MM-DD'), (a.review_on - @today)::int, a.review_on,
               NULL::varchar, NULL::date, NULL::varchar, NULL::varchar,
               jsonb_build_object('agreementId', a.id, 'titleAr', a.title_ar, 'titleEn', a.title_en)
        """;

    public static IReadOnlyList<ReminderBatch> Batches(DateOnly today, int daysBefore) =>
    [
        new(ReminderKind.AgreementReview, $"{Select("NULL::int")}\n{Due}", Audience.Secretariat, Parameters(today, daysBefore)),
        new(ReminderKind.AgreementReview, $"{Select("p.organisation_id")}\n{Due.Replace("WHERE", "CROSS JOIN LATERAL unnest(a.party_organisation_ids) AS p(organisation_id)\nWHERE", StringComparison.Ordinal)}",
            Audience.OrganisationHeads, Parameters(today, daysBefore)),
    ];

    private static NpgsqlParameter[] Parameters(DateOnly today, int daysBefore) =>
        [new("today", today), new("until", today.AddDays(daysBefore))];
}
