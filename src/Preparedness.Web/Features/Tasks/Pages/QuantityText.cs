using Microsoft.Extensions.Localization;
using Preparedness.Web.Components.Shared;
using Preparedness.Web.Features.Localization;

namespace Preparedness.Web.Features.Tasks.Pages;

/// <summary>"120 of 150 drains", said the same way on the task list, the task page and the owner's cards.</summary>
internal static class QuantityText
{
    public static string Of(IStringLocalizer<Strings> l, decimal achieved, decimal? target, string? unitAr, string? unitEn) =>
        l["Task.QuantityOf", Display.Number(achieved), Display.Number(target ?? 0), Display.Name(unitAr ?? "", unitEn)];
}
