using Microsoft.Extensions.Localization;
using MudBlazor;
using Preparedness.Web.Features.Localization;

namespace Preparedness.Web.Components;

/// <summary>MudBlazor's own strings (pager, pickers) from our resources under "Mud." keys; no translation package is served.</summary>
internal sealed class ResourceMudLocalizer(IStringLocalizer<Strings> strings) : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            var found = strings["Mud." + key];
            return found.ResourceNotFound ? new LocalizedString(key, key, resourceNotFound: true) : new LocalizedString(key, found.Value);
        }
    }
}
