namespace Preparedness.Web.Features.Resources;

/// <summary>What a holder records for an entry (a new one names its organisation, unit and type too); bound by the phone form.</summary>
public sealed class StockInput
{
    public const int MaxQuantity = 1_000_000;
    public const int MaxLocation = 200;

    public int? OrganisationId { get; set; }
    public int? LocalUnitId { get; set; }
    public int? ResourceTypeId { get; set; }
    public int QuantityHeld { get; set; }
    public int QuantityWorking { get; set; }
    public int? Capacity { get; set; }
    public string? Location { get; set; }

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (QuantityHeld is < 0 or > MaxQuantity || QuantityWorking is < 0 or > MaxQuantity || Capacity is < 0 or > MaxQuantity)
        {
            errors.Add("Resource.QuantityInvalid");
        }
        else if (QuantityWorking > QuantityHeld)
        {
            errors.Add("Resource.WorkingAboveHeld");
        }

        if (Location?.Length > MaxLocation)
        {
            errors.Add("Resource.LocationTooLong");
        }

        if (Security.UntrustedText.HasControlCharacters(Location))
        {
            errors.Add("Resource.ControlCharacters");
        }

        return errors;
    }

    public string? CleanLocation => string.IsNullOrWhiteSpace(Location) ? null : Location.Trim();
}
