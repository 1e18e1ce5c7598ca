using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Localization;

namespace Preparedness.Web.Components.Shared;

/// <summary>
/// Keeps an unexpected error inside the page: the user sees a reference id, the log has the exception under it.
/// A refusal is not a fault: the page only offers what the actor may do, so it means a forged or outdated
/// request; the user is told it is not allowed and the log gets a warning without a stack trace.
/// </summary>
public sealed class AppErrorBoundary : ErrorBoundary
{
    private string referenceId = "";

    [Inject]
    private ILogger<AppErrorBoundary> Logger { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Strings> L { get; set; } = default!;

    protected override Task OnErrorAsync(Exception exception)
    {
        if (exception is AccessDeniedException)
        {
            Logger.LogWarning("Refused in a page: {Reason}", exception.Message);
            return Task.CompletedTask;
        }

        referenceId = Guid.NewGuid().ToString("N")[..12];
        Logger.LogError(exception, "Unhandled error in a page, reference {ReferenceId}", referenceId);
        return Task.CompletedTask;
    }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (CurrentException is null)
        {
            builder.AddContent(0, ChildContent);
            return;
        }

        if (CurrentException is AccessDeniedException)
        {
            builder.OpenElement(10, "div");
            builder.AddAttribute(11, "class", "plain-card");
            builder.AddAttribute(12, "role", "alert");
            builder.AddAttribute(13, "data-testid", "refusal");
            builder.OpenElement(14, "p");
            builder.AddContent(15, L["Error.Forbidden"]);
            builder.CloseElement();
            builder.CloseElement();
            return;
        }

        builder.OpenElement(1, "div");
        builder.AddAttribute(2, "class", "plain-card");
        builder.AddAttribute(3, "role", "alert");
        builder.OpenElement(4, "h1");
        builder.AddContent(5, L["Error.Title"]);
        builder.CloseElement();
        builder.OpenElement(6, "p");
        builder.AddContent(7, L["Error.Body"]);
        builder.CloseElement();
        builder.OpenElement(8, "p");
        builder.AddContent(9, $"{L["Error.Reference"]} {referenceId}");
        builder.CloseElement();
        builder.CloseElement();
    }
}
