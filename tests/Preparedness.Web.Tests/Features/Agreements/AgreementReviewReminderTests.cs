using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Agreements;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Notifications;
using Preparedness.Web.Tests.Features.Reminders;

namespace Preparedness.Web.Tests.Features.Agreements;

/// <summary>Before its review date an agreement is told once to the secretariat and to the heads of its parties.</summary>
public sealed class AgreementReviewReminderTests : AgreementTest
{
    [Fact]
    public async Task The_review_is_told_exactly_once_to_the_secretariat_and_the_parties_heads_however_often_the_job_runs()
    {
        var review = World.Today.AddDays(10);
        var soon = await RecordAsync(Draft(reviewInDays: 10));
        await RecordAsync(Draft(reviewInDays: 45));

        await Get<AgreementReviewJob>().ExecuteAsync(CancellationToken.None);
        var once = await ToldAsync();
        await Get<AgreementReviewJob>().ExecuteAsync(CancellationToken.None);
        Clock.Advance(TimeSpan.FromDays(1));
        await Get<AgreementReviewJob>().ExecuteAsync(CancellationToken.None);

        List<Told> told =
        [
            new(ReminderKind.AgreementReview, EsnaHead, null),
            new(ReminderKind.AgreementReview, WaterHead, null),
            new(ReminderKind.AgreementReview, LuxorSecretariat, null),
        ];
        Assert.Equal(told, once);
        Assert.Equal(told, await ToldAsync());
        await using var db = Db();
        var keys = await db.ReminderOccurrences.Select(o => o.OccurrenceKey).Distinct().ToListAsync();
        Assert.Equal([$"agreement:{soon}:review:{review:yyyy-MM-dd}"], keys);
        var notice = Assert.Single(await Get<NotificationService>().ListAsync(World.LuxorSecretariat with { UserId = LuxorSecretariat }));
        Assert.Equal($"agreements/{soon}", Get<NotificationText>().Render(notice).Link);
    }

    [Fact]
    public async Task A_later_review_is_told_when_it_comes_within_the_configured_days_and_a_retired_agreement_never()
    {
        var later = await RecordAsync(Draft(reviewInDays: 45));
        var retired = await RecordAsync(Draft(reviewInDays: 5));
        var version = (await Get<AgreementQueries>().GetAsync(World.LuxorSecretariat, retired))!.Version;
        await Get<AgreementService>().RetireAsync(World.LuxorSecretariat, retired, version);

        await Get<AgreementReviewJob>().ExecuteAsync(CancellationToken.None);
        var before = await ToldAsync();
        Clock.Advance(TimeSpan.FromDays(15));
        await Get<AgreementReviewJob>().ExecuteAsync(CancellationToken.None);

        Assert.Empty(before);
        Assert.Equal(3, (await ToldAsync()).Count);
        await using var db = Db();
        Assert.All(await db.ReminderOccurrences.ToListAsync(), o => Assert.StartsWith($"agreement:{later}:", o.OccurrenceKey));
    }
}
