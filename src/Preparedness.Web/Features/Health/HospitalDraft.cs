namespace Preparedness.Web.Features.Health;

/// <summary>A new hospital as the add form fills it; its holder is the organisation whose heads will keep its figures.</summary>
public sealed class HospitalDraft
{
    public const int MaxName = 200;

    public int? HolderOrganisationId { get; set; }
    public string NameAr { get; set; } = "";
    public string NameEn { get; set; } = "";
    public int Beds { get; set; }
    public int IcuBeds { get; set; }
    public bool EmergencyOpen { get; set; }
    public bool GeneratorTested { get; set; }

    /// <summary>A blood bank gets a stock of every group, not reported until its first report.</summary>
    public bool HasBloodBank { get; set; } = true;

    /// <summary>HealthStrings keys of what is wrong with the typed values (the holder and duplicates are checked against the database).</summary>
    public List<string> Validate()
    {
        var errors = new List<string>();
        if (Bad(NameAr) || Bad(NameEn)) errors.Add("Health.NameInvalid");
        if (Beds is < 0 or > FacilityService.MaxBeds) errors.Add("Health.BedsRange");
        if (IcuBeds < 0 || IcuBeds > Beds) errors.Add("Health.IcuBedsRange");
        return errors;
    }

    private static bool Bad(string name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxName || Security.UntrustedText.HasControlCharacters(name);
}
