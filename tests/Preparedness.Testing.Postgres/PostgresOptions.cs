namespace Preparedness.Testing.Postgres;

/// <summary>How <see cref="ThrowawayPostgres.Start"/> finds or starts its server.</summary>
public sealed record PostgresOptions
{
    /// <summary>
    /// An environment variable that may hold the connection string of an existing server to use instead
    /// of a private cluster (its Database part is ignored), e.g. on machines without the server binaries.
    /// </summary>
    public string? ExternalConnectionVariable { get; init; }

    /// <summary>
    /// Extra server settings for a private cluster, as <c>name=value</c> without spaces; they come after
    /// the defaults (loopback only, fsync off, 200 connections), so a later value wins.
    /// </summary>
    public IReadOnlyList<string> Settings { get; init; } = [];

    /// <summary>Libraries to preload in a private cluster, each only where the installed server ships it.</summary>
    public IReadOnlyList<string> PreloadLibraries { get; init; } = [];
}
