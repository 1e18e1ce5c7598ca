using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Evidence;
using Preparedness.Web.Features.Verification;
using Preparedness.Web.Tests.Infrastructure;
using SkiaSharp;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Tasks;

public sealed class EvidenceTests : DatabaseTest
{
    public static TheoryData<string, string> BadFiles() => new()
    {
        { "renamed-executable", "Evidence.WrongType" },
        { "oversized", "Evidence.TooLarge" },
        { "empty", "Evidence.Empty" },
        { "text-named-pdf", "Evidence.WrongType" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_with_a_clear_message_and_nothing_changes(string kind, string error)
    {
        var task = await World.AddTaskAsync();
        var file = kind switch
        {
            "renamed-executable" => TestFiles.RenamedExecutable(),
            "oversized" => new EvidenceUpload("big.png", [.. TestFiles.Png(), .. new byte[EvidenceInspector.MaxBytes]]),
            "empty" => new EvidenceUpload("empty.png", []),
            _ => new EvidenceUpload("notes.pdf", "just some text"u8.ToArray()),
        };

        var result = await ReportDoneAsync(task, file);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Contains(error, result.Errors);
        await using var db = Db();
        Assert.False(await db.Evidence.AnyAsync());
        Assert.Equal(TaskStatus.NotStarted, (await db.Tasks.SingleAsync()).Status);
    }

    [Fact]
    public async Task A_photo_round_trips_and_gets_a_small_jpeg_thumbnail()
    {
        var task = await World.AddTaskAsync();
        var photo = TestFiles.Photo();

        var result = await ReportDoneAsync(task, photo, TestFiles.Pdf());

        Assert.True(result.Succeeded);
        var items = await Get<EvidenceQueries>().EvidenceAsync(World.LuxorAdviser, task.Id);
        Assert.Equal(["drains.png", "report.pdf"], items.Select(i => i.FileName));
        var original = await Get<EvidenceQueries>().ContentAsync(World.LuxorAdviser, items[0].Id, thumbnail: false);
        var thumbnail = await Get<EvidenceQueries>().ContentAsync(World.LuxorAdviser, items[0].Id, thumbnail: true);
        Assert.Equal(photo.Content, original!.Bytes);
        Assert.Equal("image/png", original.ContentType);
        Assert.Equal("image/jpeg", thumbnail!.ContentType);
        using var decoded = SKBitmap.Decode(thumbnail.Bytes);
        Assert.Equal(320, Math.Max(decoded.Width, decoded.Height));
        Assert.Equal("application/pdf", (await Get<EvidenceQueries>().ContentAsync(World.LuxorAdviser, items[1].Id, false))!.ContentType);
    }

    [Fact]
    public async Task A_photos_capture_time_and_position_are_kept_and_one_taken_before_the_task_existed_is_flagged()
    {
        var task = await World.AddTaskAsync();
        // The phone writes Cairo's wall-clock time (a month ago Egypt was still on summer time).
        string Exif(DateTimeOffset at) => Preparedness.Web.Features.Localization.CairoTime.ToCairo(at).ToString("yyyy:MM:dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        var before = new EvidenceUpload("old.jpg", ExifJpeg.Make(64, 48, new ExifFacts(TakenAt: Exif(Clock.GetUtcNow().AddDays(-30)), Gps: (25.6872, 32.6396))));
        var after = new EvidenceUpload("new.jpg", ExifJpeg.Make(64, 48, new ExifFacts(TakenAt: Exif(Clock.GetUtcNow().AddMinutes(5)))));

        Assert.True((await ReportDoneAsync(task, before, after)).Succeeded);

        var items = await Get<EvidenceQueries>().EvidenceAsync(World.LuxorAdviser, task.Id);
        Assert.Equal([true, false], items.Select(i => i.TakenBeforeTask));
        Assert.Equal(Clock.GetUtcNow().AddDays(-30), items[0].CapturedAt);
        Assert.Equal((25.6872, 32.6396), (Math.Round(items[0].Latitude!.Value, 4), Math.Round(items[0].Longitude!.Value, 4)));
        Assert.Null(items[1].Latitude);
    }

    [Fact]
    public async Task Reporting_done_needs_evidence_and_another_governorate_cannot_fetch_it()
    {
        var task = await World.AddTaskAsync();

        var without = await ReportDoneAsync(task);
        var with = await ReportDoneAsync(task, TestFiles.Photo());

        Assert.Contains("Evidence.Required", without.Errors);
        Assert.True(with.Succeeded);
        var id = (await Get<EvidenceQueries>().EvidenceAsync(World.LuxorSecretariat, task.Id)).Single().Id;
        Assert.Null(await Get<EvidenceQueries>().ContentAsync(World.AlexSecretariat, id, false));
        Assert.Empty(await Get<EvidenceQueries>().EvidenceAsync(World.AlexSecretariat, task.Id));
    }

    private Task<SaveResult> ReportDoneAsync(ReadinessTask task, params EvidenceUpload[] files) =>
        Get<ProgressService>().UpdateAsync(World.WaterHead, task.Id,
            new ProgressUpdate(TaskStatus.ReportedDone, null, null, "done", task.Version) { Evidence = files });
}
