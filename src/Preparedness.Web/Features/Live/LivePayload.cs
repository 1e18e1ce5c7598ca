using System.Text.Json;
using System.Text.Json.Serialization;

namespace Preparedness.Web.Features.Live;

/// <summary>
/// One channel for every feature: a payload names its change type (the topic), which a registered
/// <see cref="LiveTopic{TChange}"/> reads. Public for the load tool, which commits changes the same way.
/// </summary>
public static class LivePayload
{
    public const string Channel = "preparedness_live";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <param name="announcedAt">Carried so a listener can tell how long a change took to reach it (the live-update lag).</param>
    public static string Write<TChange>(TChange change, DateTimeOffset? announcedAt = null)
        where TChange : ILiveChange =>
        JsonSerializer.Serialize(
            new Envelope(TopicOf(typeof(TChange)), JsonSerializer.SerializeToElement(change, Json), (announcedAt ?? TimeProvider.System.GetUtcNow()).ToUnixTimeMilliseconds()),
            Json);

    internal static string TopicOf(Type changeType) => changeType.Name;

    internal static Envelope? Read(string payload) => JsonSerializer.Deserialize<Envelope>(payload, Json);

    /// <param name="At">Unix milliseconds of the announcement, just before its commit; absent from older versions' payloads.</param>
    internal sealed record Envelope(string Topic, JsonElement Change, long? At = null);
}
