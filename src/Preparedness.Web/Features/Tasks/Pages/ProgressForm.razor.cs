using Microsoft.JSInterop;

namespace Preparedness.Web.Features.Tasks.Pages;

/// <summary>
/// The form's unsaved input kept in the browser (<c>ProgressForm.razor.js</c>): written after each change,
/// restored with a notice when the page is opened again (a reload, a lost server), cleared once saved.
/// Photos are not kept: they are too large for the browser's session storage and are picked again.
/// </summary>
public sealed partial class ProgressForm
{
    private IJSObjectReference? drafts;
    private string? written;
    private bool restored;
    private uint? typedAgainst;
    private Guid key = Guid.NewGuid();

    private string DraftName => $"{Actor.UserId}.{Task.Id}";

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        try
        {
            if (firstRender)
            {
                drafts = await JS.InvokeAsync<IJSObjectReference>("import", "./Features/Tasks/Pages/ProgressForm.razor.js");
                if (ProgressDraft.Parse(await drafts.InvokeAsync<string?>("load", DraftName)) is { } draft)
                {
                    Restore(draft);
                    StateHasChanged();
                    return;
                }
            }

            await KeepDraftAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone: what was last written stays in the browser.
        }
    }

    private void Restore(ProgressDraft draft)
    {
        (status, achieved, blockedReason, note, key) = (draft.Status, draft.Achieved, draft.BlockedReason, draft.Note, draft.Key);
        typedAgainst = draft.Version;
        written = draft.ToJson();
        restored = true;
    }

    private async Task KeepDraftAsync()
    {
        // Between a save and the form's reset the input on screen is saved already: never keep it again.
        if (drafts is null || saving || justSaved)
        {
            return;
        }

        var now = IsDirty ? new ProgressDraft(status, achieved, blockedReason, note, typedAgainst ?? conflict?.Version ?? baseline.Version, key).ToJson() : null;
        if (now == written)
        {
            return;
        }

        written = now;
        await (now is null ? drafts.InvokeVoidAsync("clear", DraftName) : drafts.InvokeVoidAsync("save", DraftName, now));
    }

    private async Task ForgetDraftAsync()
    {
        written = null;
        try
        {
            if (drafts is not null)
            {
                await drafts.InvokeVoidAsync("clear", DraftName);
            }
        }
        catch (JSDisconnectedException)
        {
            // The page went with the answer; its draft's key is answered "already saved" if it comes back.
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (drafts is not null)
            {
                await drafts.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone, and the module with it.
        }
    }
}
