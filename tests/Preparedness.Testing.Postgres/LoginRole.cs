namespace Preparedness.Testing.Postgres;

/// <summary>A login role of the throwaway server and the password it was given (a private cluster trusts local logins anyway).</summary>
public sealed record LoginRole(string Name, string Password);
