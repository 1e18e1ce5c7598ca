using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Data;

/// <summary>Rows written by COPY read back exactly as rows written by SaveChanges, for every column of the model.</summary>
public sealed class ModelCopyTests : DatabaseTest
{
    [Fact]
    public async Task A_copied_task_and_its_history_read_back_like_the_same_ones_saved_by_EF()
    {
        var saved = await World.AddTaskAsync(Everything);
        await using var db = Db();
        var copy = await db.Tasks.AsNoTracking().SingleAsync(t => t.Id == saved.Id);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            copy.Id = (int)(await db.ReserveIdsAsync<ReadinessTask>(1, default)).Single();
            var entry = new TaskHistoryEntry
            {
                Id = (await db.ReserveIdsAsync<TaskHistoryEntry>(1, default)).Single(), TaskId = copy.Id, At = saved.CreatedAt, UserId = "u1", UserName = "أمين عام", Kind = HistoryKind.Returned, Note = "ملاحظة",
                Changes = [new FieldChange { Field = "Status", From = "NotStarted", To = "Returned" }, new FieldChange { Field = "Achieved", To = "40" }],
            };
            await db.CopyAsync([copy], default);
            await db.CopyAsync([entry], default);
            await transaction.CommitAsync();
        }

        await using var read = Db();
        var original = await read.Tasks.AsNoTracking().SingleAsync(t => t.Id == saved.Id);
        var copied = await read.Tasks.AsNoTracking().SingleAsync(t => t.Id == copy.Id);
        foreach (var property in read.Model.FindEntityType(typeof(ReadinessTask))!.GetProperties().Where(p => p.Name is not (nameof(ReadinessTask.Id)) and not (nameof(ReadinessTask.Version))))
        {
            Assert.Equal(property.GetGetter().GetClrValue(original), property.GetGetter().GetClrValue(copied));
        }

        var history = await read.TaskHistory.AsNoTracking().SingleAsync(h => h.TaskId == copy.Id);
        Assert.Equal((HistoryKind.Returned, "ملاحظة", "أمين عام", "u1"), (history.Kind, history.Note, history.UserName, history.UserId));
        Assert.Equal(["Status:NotStarted>Returned", "Achieved:>40"], history.Changes.Select(c => $"{c.Field}:{c.From}>{c.To}"));
        Assert.True(await read.TaskHistory.AnyAsync(h => h.TaskId == copy.Id && h.Changes.Any(c => c.Field == "Status" && c.To == "Returned")), "queries into the JSON find copied rows");
    }

    /// <summary>A value in every column the model maps, none of them the default.</summary>
    private void Everything(ReadinessTask t)
    {
        (t.TitleEn, t.DescriptionAr, t.DescriptionEn, t.LibraryCode, t.StormCode) = ("copied", "وصف", "description", "T04", "qasim");
        (t.Category, t.Priority, t.Status, t.Measure) = (TaskCategory.Health, TaskPriority.Critical, TaskStatus.Blocked, MeasureKind.Quantity);
        (t.Target, t.Achieved, t.UnitAr, t.UnitEn, t.BlockedReason, t.LatestNote) = (150.5m, 40.25m, "بالوعة", "drains", "لا توجد معدات", "آخر ملاحظة");
        (t.LocalUnitId, t.Lesson, t.LessonNote, t.ReviewComment, t.LastUpdatedById) = (World.Esna.Id, Lesson.Returned | Lesson.FinishedLate, "درس", "تعليق", "u1");
    }
}
