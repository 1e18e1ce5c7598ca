using System.Reflection;

namespace Preparedness.Web.Features.Operations;

/// <summary>The version MinVer stamped from the git tag (e.g. 1.2.0, or 1.2.1-preview.0.5 five commits after it).</summary>
internal static class AppVersion
{
    public static string Current { get; } =
        typeof(AppVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown";
}
