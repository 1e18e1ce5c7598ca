using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Preparedness.Web.Components.Layout;
using Preparedness.Web.Features.Live;

namespace Preparedness.Web.Tests.Features.Live;

public sealed class LivePausedBannerTests : BunitContext
{
    private readonly LiveListenerStatus status = new();

    public LivePausedBannerTests()
    {
        Services.AddLocalization();
        Services.AddMudServices();
        Services.AddSingleton(status);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Open_screens_say_in_arabic_that_live_updates_are_paused_while_the_listener_hears_nothing_and_stop_saying_it_when_it_is_back()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("ar-EG");
        status.Connected();
        var cut = Render<LivePausedBanner>();
        Assert.Empty(cut.FindAll("[data-live-paused]"));

        status.Lost(LiveListenerStatus.StartOutcome.Silent);
        cut.WaitForAssertion(() => Assert.Contains("التحديثات المباشرة متوقفة مؤقتًا", cut.Find("[data-live-paused]").TextContent));

        status.Connected();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-live-paused]")));
    }

    [Fact]
    public void In_english_the_banner_says_the_same()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en-GB");
        status.Lost(LiveListenerStatus.StartOutcome.Unreachable);

        var cut = Render<LivePausedBanner>();

        Assert.Contains("Live updates paused", cut.Find("[data-live-paused]").TextContent);
    }
}
