namespace Preparedness.Web.Features.Health;

/// <summary>The hospital forms' typed bed counts (any digits, <see cref="Components.Shared.TypedNumbers"/>) as whole numbers.</summary>
internal static class HospitalBeds
{
    /// <summary>Both counts, or null when either is missing, negative, not whole or above <see cref="FacilityService.MaxBeds"/>.</summary>
    public static (int Beds, int IcuBeds)? Whole(decimal? beds, decimal? icuBeds) =>
        Int(beds) is { } b && Int(icuBeds) is { } i ? (b, i) : null;

    private static int? Int(decimal? value) =>
        value is { } v && v >= 0 && v <= FacilityService.MaxBeds && decimal.Truncate(v) == v ? (int)v : null;
}
