using System.Globalization;
using System.Text.RegularExpressions;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;
using MudBlazor.Services;
using Preparedness.Web.Features.Dashboard.Pages;
using Preparedness.Web.Features.Dashboard.Trends;
using Preparedness.Web.Features.Dashboard.Trends.Pages;

namespace Preparedness.Web.Tests.Features.Dashboard;

/// <summary>
/// The dashboard writes out the markup of a few MudBlazor components it shows dozens of times (bars, verdict
/// chips, table cells) to keep each open dashboard's memory small; the screen must stay exactly as MudBlazor drew it.
/// </summary>
public sealed partial class LightMarkupTests : BunitContext, IAsyncLifetime
{
    public LightMarkupTests()
    {
        Services.AddLocalization();
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public static TheoryData<string, double?> Scores => new()
    {
        { "ar-EG", null }, { "ar-EG", 0 }, { "ar-EG", 12.34 }, { "ar-EG", 42.5 }, { "ar-EG", 75 }, { "ar-EG", 100 },
        { "en-GB", 39.99 }, { "en-GB", 57.5 }, { "en-GB", 100 },
    };

    [Theory]
    [MemberData(nameof(Scores))]
    public void A_readiness_bar_is_the_markup_MudProgressLinear_renders_for_it(string culture, double? score)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var value = (decimal?)score;
        var mud = Render<MudProgressLinear>(p => p
            .Add(x => x.Value, score ?? 0)
            .Add(x => x.Color, value switch { null => Color.Default, >= 75 => Color.Success, >= 40 => Color.Warning, _ => Color.Error })
            .Add(x => x.Rounded, true)
            .Add(x => x.Size, Size.Medium)
            .Add(x => x.Class, "readiness-bar")
            .AddUnmatched("aria-label", Web.Components.Shared.Display.Percent(value)));

        var bar = Render<ReadinessBar>(p => p.Add(x => x.Score, value));

        bar.MarkupMatches(mud.Markup);
    }

    [Theory]
    [InlineData(ForecastVerdict.OnTrack, Color.Success)]
    [InlineData(ForecastVerdict.Reached, Color.Success)]
    [InlineData(ForecastVerdict.AtRisk, Color.Warning)]
    [InlineData(ForecastVerdict.WillMiss, Color.Error)]
    public void A_verdict_chip_is_the_markup_an_outlined_small_MudChip_renders(ForecastVerdict verdict, Color color)
    {
        CultureInfo.CurrentUICulture = new CultureInfo("ar-EG");
        var text = Services.GetRequiredService<IStringLocalizer<TrendStrings>>()[$"Forecast.Verdict.{verdict}"].Value;
        var mud = Render<MudChip<string>>(p => p
            .Add(x => x.Size, Size.Small)
            .Add(x => x.Color, color)
            .Add(x => x.Variant, Variant.Outlined)
            .AddUnmatched("data-testid", "verdict")
            .AddUnmatched("data-verdict", verdict.ToString())
            .AddChildContent(text));

        var chip = Render<VerdictChip>(p => p.Add(x => x.Verdict, verdict));

        // MudChip's container carries a fresh id and a key handler for chip sets; a lone, unfocusable chip uses neither.
        chip.MarkupMatches(Interactive().Replace(mud.Markup, ""));
    }

    [Fact]
    public void A_table_cell_is_the_markup_MudTd_renders()
    {
        var mud = Render<MudTd>(p => p.Add(x => x.Class, "num d-none d-sm-table-cell").AddChildContent("7"));

        mud.MarkupMatches("""<td class="mud-table-cell num d-none d-sm-table-cell">7</td>""");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's services are only asynchronously disposable.
    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();

    [GeneratedRegex("""\s(id="chip-container-[^"]*"|blazor:on\w+="\d+")""")]
    private static partial Regex Interactive();
}
