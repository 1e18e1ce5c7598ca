using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Pages;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Tasks;

/// <summary>The browser keeps the form's unsaved input; what it gives back is used only if this form could have written it.</summary>
public sealed class ProgressDraftTests
{
    [Fact]
    public void A_draft_comes_back_as_it_was_written()
    {
        var draft = new ProgressDraft(TaskStatus.Blocked, 40, "pumps broken", "ملاحظة", 7, Guid.NewGuid());

        Assert.Equal(draft, ProgressDraft.Parse(draft.ToJson()));
    }

    public static TheoryData<string?> Unusable() => new()
    {
        null,
        "",
        "not json",
        new ProgressDraft(TaskStatus.Verified, null, null, "x", 1, Guid.NewGuid()).ToJson(),
        new ProgressDraft(TaskStatus.InProgress, -1, null, "x", 1, Guid.NewGuid()).ToJson(),
        new ProgressDraft(TaskStatus.InProgress, null, null, "x", 1, Guid.Empty).ToJson(),
        new ProgressDraft(TaskStatus.InProgress, null, null, new string('x', ProgressUpdate.MaxNoteLength + 1), 1, Guid.NewGuid()).ToJson(),
        new ProgressDraft(TaskStatus.Blocked, null, new string('x', 1001), null, 1, Guid.NewGuid()).ToJson(),
        "{\"Note\":\"" + new string('x', 9000) + "\"}",
    };

    [Theory]
    [MemberData(nameof(Unusable))]
    public void Anything_else_is_dropped(string? stored) => Assert.Null(ProgressDraft.Parse(stored));
}
