using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Verification;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.DemoData;

/// <summary>The demo data the run command loads (the app host loads the same).</summary>
[Collection(AppCollection.Name)]
public sealed class DemoDataTests(AppHost app)
{
    [Fact]
    public async Task Both_governorates_have_every_status_with_history_and_reported_work_has_a_photo()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();

        var statuses = await db.Tasks.Join(db.Governorates, t => t.GovernorateId, g => g.Id, (t, g) => new { g.Code, t.Status }).Distinct().ToListAsync();
        var withoutHistory = await db.Tasks.CountAsync(t => !db.TaskHistory.Any(h => h.TaskId == t.Id));
        var reported = await db.Tasks
            .Where(t => t.Status == TaskStatus.ReportedDone || t.Status == TaskStatus.Verified || t.Status == TaskStatus.Returned)
            .Select(t => new { t.Id, Files = db.Evidence.Count(e => e.TaskId == t.Id) })
            .ToListAsync();
        var photo = await db.Evidence.OrderBy(e => e.Id).FirstAsync();

        foreach (var governorate in new[] { "luxor", "alexandria" })
        {
            Assert.All(Enum.GetValues<TaskStatus>(), s => Assert.Contains(statuses, k => k.Code == governorate && k.Status == s));
        }

        Assert.Equal(0, withoutHistory);
        Assert.NotEmpty(reported);
        Assert.All(reported, r => Assert.True(r.Files >= 1, $"task {r.Id} was reported done without evidence"));
        var inspected = EvidenceInspector.Inspect(new EvidenceUpload(photo.FileName, photo.Content));
        Assert.Equal(("image/jpeg", "image/jpeg"), (photo.ContentType, inspected.File?.ContentType));
        Assert.NotNull(photo.Thumbnail);
    }
}
