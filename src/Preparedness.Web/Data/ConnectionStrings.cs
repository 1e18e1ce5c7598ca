namespace Preparedness.Web.Data;

/// <summary>
/// The app's two connection strings. Everything goes through <c>ConnectionStrings:Preparedness</c>, which
/// may point at PgBouncer in transaction mode; <c>LISTEN</c> needs a session of its own on the server
/// (a transaction-mode pooler would hand its session to someone else and the notifications would stop
/// arriving, silently), so the live listener and the job server's wake-ups use
/// <c>ConnectionStrings:PreparednessListen</c>, a direct connection, when it is set.
/// </summary>
internal static class ConnectionStrings
{
    public const string Main = "Preparedness";
    public const string Listen = "PreparednessListen";

    public static string? ForListening(IConfiguration configuration) =>
        configuration.GetConnectionString(Listen) is { Length: > 0 } direct ? direct : configuration.GetConnectionString(Main);
}
