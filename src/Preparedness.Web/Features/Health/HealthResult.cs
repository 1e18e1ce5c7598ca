namespace Preparedness.Web.Features.Health;

public enum HealthSaveStatus
{
    Saved,
    Invalid,
    Conflict,
    NotFound,
}

/// <summary>The outcome of a change; <see cref="Errors"/> holds HealthStrings keys the page localizes.</summary>
public sealed record HealthResult(HealthSaveStatus Status, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Status == HealthSaveStatus.Saved;

    public static readonly HealthResult Saved = new(HealthSaveStatus.Saved, []);
    public static readonly HealthResult NotFound = new(HealthSaveStatus.NotFound, ["Health.NotFound"]);
    public static readonly HealthResult Conflict = new(HealthSaveStatus.Conflict, ["Health.Conflict"]);

    public static HealthResult Invalid(IReadOnlyList<string> errors) => new(HealthSaveStatus.Invalid, errors);
}
