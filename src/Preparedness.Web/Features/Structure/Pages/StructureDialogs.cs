using Microsoft.Extensions.Localization;
using MudBlazor;
using Preparedness.Web.Features.Localization;

namespace Preparedness.Web.Features.Structure.Pages;

internal static class StructureDialogs
{
    public static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Small, FullWidth = true };

    /// <summary>Asks before deactivating; reactivating needs no confirmation.</summary>
    public static async Task<bool> ConfirmAsync(this IDialogService dialogs, IStringLocalizer<Strings> l, bool active, string name) =>
        active || await dialogs.ShowMessageBoxAsync(new MessageBoxOptions
        {
            Title = l["Structure.Deactivate"], Message = l["Structure.ConfirmDeactivate", name],
            YesText = l["Structure.Deactivate"], CancelText = l["Common.Cancel"],
        }) == true;
}
