using System.Text.RegularExpressions;

namespace Preparedness.Testing.Postgres;

/// <summary>Database names are spliced into CREATE/DROP DATABASE, which take no parameters: plain names only.</summary>
internal static partial class DatabaseName
{
    public static string Unique(string prefix)
    {
        var name = $"{prefix.ToLowerInvariant()}_{Guid.NewGuid():N}";

        // PostgreSQL silently truncates identifiers to 63 bytes; keep the unique tail instead.
        return name.Length > 63 ? name[^63..] : name;
    }

    public static string Quote(string name) => Plain().IsMatch(name)
        ? $"\"{name}\""
        : throw new ArgumentException($"'{name}' is not a plain database name (lower-case letters, digits, underscores; at most 63).", nameof(name));

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex Plain();
}
