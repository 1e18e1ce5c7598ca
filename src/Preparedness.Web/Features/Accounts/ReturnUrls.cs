namespace Preparedness.Web.Features.Accounts;

internal static class ReturnUrls
{
    /// <summary>Only same-site paths: a return address must never send a user to another host.</summary>
    public static string SafeOrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
