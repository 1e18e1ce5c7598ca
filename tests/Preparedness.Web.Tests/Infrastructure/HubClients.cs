using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Features.Dashboard.Board;
using Preparedness.Web.Tests.Features.Accounts;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>A SignalR .NET client of the readiness hub, signed in through the real sign-in form.</summary>
internal sealed class HubClient : IAsyncDisposable
{
    private HubClient(HubConnection connection) => Connection = connection;

    public HubConnection Connection { get; }

    public List<BoardUpdate> Received { get; } = [];

    public static async Task<HubClient> ConnectAsync(Uri baseAddress, string? userName, string password = DemoAccounts.Password)
    {
        var cookies = new CookieContainer();
        if (userName is not null)
        {
            using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
            await SignInTests.PostLoginAsync(http, userName, password);
        }

        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, ReadinessHub.Path.TrimStart('/')), o => o.Cookies = cookies)
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
            .Build();
        var client = new HubClient(connection);
        connection.On<BoardUpdate>(nameof(IReadinessClient.ReadinessChanged), update =>
        {
            lock (client.Received)
            {
                client.Received.Add(update);
            }
        });
        await connection.StartAsync();
        return client;
    }

    /// <summary>Waits until an update matching <paramref name="match"/> arrives, or the time is up.</summary>
    public async Task<BoardUpdate?> WaitForAsync(Func<BoardUpdate, bool> match, TimeSpan within)
    {
        var until = TimeProvider.System.GetTimestamp() + (long)(within.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while (TimeProvider.System.GetTimestamp() < until)
        {
            lock (Received)
            {
                if (Received.FirstOrDefault(match) is { } found)
                {
                    return found;
                }
            }

            await Task.Delay(20);
        }

        return null;
    }

    public ValueTask DisposeAsync() => Connection.DisposeAsync();
}
