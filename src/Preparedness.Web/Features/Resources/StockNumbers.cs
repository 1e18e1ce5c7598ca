namespace Preparedness.Web.Features.Resources;

/// <summary>The phone form's typed numbers as whole quantities; null when one is missing, negative or not whole.</summary>
internal static class StockNumbers
{
    public static (int Held, int Working, int? Capacity)? Whole(decimal? held, decimal? working, decimal? capacity) =>
        Int(held) is { } h && Int(working) is { } w && (capacity is null || Int(capacity) is not null)
            ? (h, w, Int(capacity))
            : null;

    public static int? Int(decimal? value) =>
        value is { } v && v >= 0 && v <= StockInput.MaxQuantity && decimal.Truncate(v) == v ? (int)v : null;
}
