using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Dashboard;

/// <summary>
/// Live figures at national scale, through the listener's own path (the topic and its handlers): a burst costs one
/// computation per window while every change's banner still goes out; nobody watching costs nothing; the work
/// waiting never exceeds one entry per governorate, and the listener is never held up.
/// </summary>
public sealed class LiveFiguresTests : DatabaseTest
{
    private const int WindowMs = 1000;

    private readonly List<LiveUpdate> figures = [];
    private readonly List<TaskChange> banners = [];
    private readonly MeterListener meters = new();
    private long recomputes;

    protected override void ConfigureServices(IServiceCollection services) =>
        services.Configure<LiveFiguresOptions>(o => o.CoalesceMilliseconds = WindowMs);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();

        // This test's app only: the meter's name is the same in every host of the test process (the browser tests'
        // app computes figures for its own dashboards at the same time), its factory is not.
        var factory = Get<IMeterFactory>();
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, factory) && instrument.Meter.Name == LiveMetrics.MeterName
                && instrument.Name == "preparedness.live.recomputes")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        meters.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref recomputes, value));
        meters.Start();
    }

    public override Task DisposeAsync()
    {
        meters.Dispose();
        return base.DisposeAsync();
    }

    [Fact]
    public async Task A_burst_to_one_governorate_is_one_computation_in_the_window_and_every_banner()
    {
        Watch(World.Luxor.Id);
        await HearAsync(Change(World.Luxor.Id, "first"));
        await UntilAsync(() => Count(figures) == 1);

        // The window is on the app's clock, which only this test moves: the whole burst is inside it however slow
        // the machine is.
        const int burst = 25;
        for (var i = 0; i < burst; i++)
        {
            await HearAsync(Change(World.Luxor.Id, $"burst {i}"));
        }

        Assert.Equal(1, Interlocked.Read(ref recomputes));
        await UntilAsync(() => Count(figures) == 2, windowsPass: true);
        await UntilAsync(() => Count(banners) == burst + 1);

        // Nothing is left waiting (a computation is only ever made for a waiting governorate), so none is still
        // owed: the burst cost exactly one.
        Assert.Equal(0, Get<LiveDeliveryMetrics>().Pending);
        Assert.Equal(2, Count(figures));
        Assert.Equal(2, Interlocked.Read(ref recomputes));
        Assert.Equal(burst + 1, Count(banners));
        lock (figures)
        {
            Assert.Equal("burst 24", figures[1].Change!.ChangedBy);
        }
    }

    [Fact]
    public async Task A_change_to_a_governorate_nobody_watches_computes_nothing()
    {
        Watch(World.Luxor.Id);

        await HearAsync(Change(World.Alexandria.Id, "unwatched"));
        await QuietWindowAsync();

        Assert.Equal(0, Interlocked.Read(ref recomputes));
        Assert.Equal(0, Count(figures));
    }

    [Fact]
    public async Task Waiting_work_is_bounded_by_the_governorates_and_the_listener_never_waits()
    {
        Watch(World.Luxor.Id);
        Watch(World.Alexandria.Id);
        var metrics = Get<LiveDeliveryMetrics>();
        var handlers = Get<IEnumerable<ILiveHandler<TaskChange>>>().ToList();
        var stopwatch = Stopwatch.StartNew();
        var mostPending = 0;

        for (var i = 0; i < 2000; i++)
        {
            var change = Change(i % 2 == 0 ? World.Luxor.Id : World.Alexandria.Id, $"flood {i}");
            foreach (var handler in handlers)
            {
                Assert.True(handler.HeardAsync(change, default).IsCompleted, "a handler held up the listener");
            }

            mostPending = Math.Max(mostPending, metrics.Pending);
        }

        Assert.InRange(mostPending, 0, 2);
        await UntilAsync(() => metrics.Pending == 0 && Count(figures) >= 2, windowsPass: true);
        Assert.InRange(Interlocked.Read(ref recomputes), 2, 6);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(WindowMs * 3 / 1000.0 + 5));
    }

    private void Watch(int governorateId)
    {
        var feed = Get<LiveFeed>();
        feed.Subscribe<LiveUpdate>(LiveScope.Governorate(governorateId), u => Add(figures, u), () => Task.CompletedTask);
        feed.Subscribe<TaskChange>(LiveScope.Governorate(governorateId), c => Add(banners, c), () => Task.CompletedTask);
    }

    private static Task Add<T>(List<T> list, T item)
    {
        lock (list)
        {
            list.Add(item);
        }

        return Task.CompletedTask;
    }

    private static int Count<T>(List<T> list)
    {
        lock (list)
        {
            return list.Count;
        }
    }

    // As the listener hands on a heard change: the topic runs the handlers, then gives the change to the screens.
    private Task HearAsync(TaskChange change) =>
        Get<IEnumerable<ILiveTopic>>().Single(t => t.Name == nameof(TaskChange)).DispatchAsync(JsonSerializer.SerializeToElement(change, LivePayload.Json), default);

    private TaskChange Change(int governorateId, string by) =>
        new(ChangeKind.Progress, governorateId, 1, null, null, TaskCategory.Drainage, Preparedness.Web.Features.Tasks.TaskStatus.InProgress, 1, 2, "t", "t", 1, by, Clock.GetUtcNow());

    // Long enough for any computation the window still owed to have been made.
    private static Task QuietWindowAsync() => Task.Delay(WindowMs * 2);

    // Waits for the condition; with windowsPass the app's clock moves a window at a time meanwhile.
    private async Task UntilAsync(Func<bool> condition, bool windowsPass = false)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(15), "timed out waiting for live figures");
            if (windowsPass)
            {
                Clock.Advance(TimeSpan.FromMilliseconds(WindowMs));
            }

            await Task.Delay(10);
        }
    }
}
