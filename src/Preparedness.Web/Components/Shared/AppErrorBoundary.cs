using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using Preparedness.Web.Features.Localization;

namespace Preparedness.Web.Components.Shared;

/// <summary>Keeps an unexpected error inside the page: the user sees a reference id, the log has the exception under it.</summary>
public sealed class AppErrorBoundary : ErrorBoundary
{
    private string referenceId = "";

    [Inject]
    private ILogger<AppErrorBoundary> Logger { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Strings> L { get; set; } = default!;

    protected override Task OnErrorAsync(Exception exception)
    {
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
