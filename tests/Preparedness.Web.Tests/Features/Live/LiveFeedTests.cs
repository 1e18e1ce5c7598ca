using Microsoft.Extensions.Logging.Abstractions;
using Preparedness.Web.Features.Live;

namespace Preparedness.Web.Tests.Features.Live;

public sealed class LiveFeedTests
{
    private readonly LiveFeed feed = new(NullLogger<LiveFeed>.Instance);

    [Fact]
    public async Task An_update_reaches_the_subscribers_of_its_type_and_scope_only()
    {
        var heard = new List<string>();
        using var luxor = feed.Subscribe<string>(LiveScope.Governorate(1), u => Add(heard, $"luxor:{u}"), () => Task.CompletedTask);
        using var alex = feed.Subscribe<string>(LiveScope.Governorate(2), u => Add(heard, $"alex:{u}"), () => Task.CompletedTask);
        using var numbers = feed.Subscribe<int>(LiveScope.Governorate(1), u => Add(heard, $"int:{u}"), () => Task.CompletedTask);

        await feed.PublishAsync(LiveScope.Governorate(1), "changed");

        Assert.Equal(["luxor:changed"], heard);
    }

    [Fact]
    public async Task A_failing_subscriber_does_not_stop_the_others()
    {
        var heard = new List<string>();
        using var broken = feed.Subscribe<string>("s", _ => throw new InvalidOperationException("broken screen"), () => throw new InvalidOperationException("broken screen"));
        using var working = feed.Subscribe<string>("s", u => Add(heard, u), () => Add(heard, "re-read"));

        await feed.PublishAsync("s", "changed");
        await feed.ResyncAllAsync();

        Assert.Equal(["changed", "re-read"], heard);
    }

    [Fact]
    public async Task A_screen_still_busy_with_the_last_update_does_not_hold_up_the_next_one_or_the_others()
    {
        var heard = new List<string>();
        var stuck = new TaskCompletionSource();
        using var busy = feed.Subscribe<string>("s", _ => stuck.Task, () => Task.CompletedTask);
        using var quick = feed.Subscribe<string>("s", u => Add(heard, u), () => Task.CompletedTask);

        await feed.PublishAsync("s", "first").WaitAsync(TimeSpan.FromSeconds(5));
        await feed.PublishAsync("s", "second").WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(["first", "second"], heard);
        stuck.SetResult();
    }

    [Fact]
    public async Task A_disposed_subscription_hears_nothing_and_its_scope_is_no_longer_listed()
    {
        var heard = new List<string>();
        var subscription = feed.Subscribe<string>(LiveScope.User("u1"), u => Add(heard, u), () => Task.CompletedTask);
        Assert.Equal([LiveScope.User("u1")], feed.Scopes<string>());

        subscription.Dispose();
        await feed.PublishAsync(LiveScope.User("u1"), "changed");

        Assert.Empty(heard);
        Assert.Empty(feed.Scopes<string>());
    }

    [Fact]
    public async Task After_a_gap_every_subscriber_re_reads_once_and_the_resync_handlers_run_first()
    {
        var heard = new List<string>();
        feed.Resyncing += () => Add(heard, "hub");
        using var a = feed.Subscribe<string>("a", _ => Task.CompletedTask, () => Add(heard, "a"));
        using var b = feed.Subscribe<int>("b", _ => Task.CompletedTask, () => Add(heard, "b"));

        await feed.ResyncAllAsync();

        Assert.Equal("hub", heard[0]);
        Assert.Equal(["a", "b", "hub"], heard.Order(StringComparer.Ordinal));
    }

    private static Task Add(List<string> heard, string what)
    {
        lock (heard)
        {
            heard.Add(what);
        }

        return Task.CompletedTask;
    }
}
