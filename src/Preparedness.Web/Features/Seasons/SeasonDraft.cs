using System.Globalization;
using Preparedness.Web.Features.Plans;

namespace Preparedness.Web.Features.Seasons;

/// <summary>A season to open: its names and dates. Mutable so the form can bind to it.</summary>
public sealed class SeasonDraft
{
    public const int NameMax = 200;
    public const int MaxDays = 366;

    public string NameAr { get; set; } = "";
    public string NameEn { get; set; } = "";
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(NameAr) || string.IsNullOrWhiteSpace(NameEn)) errors.Add("Season.NameRequired");
        if (NameAr.Length > NameMax || NameEn.Length > NameMax) errors.Add("Season.NameTooLong");
        if (StartsOn is null || EndsOn is null) errors.Add("Season.DatesRequired");
        else if (EndsOn <= StartsOn || EndsOn.Value.DayNumber - StartsOn.Value.DayNumber > MaxDays) errors.Add("Season.DatesInvalid");
        return errors;
    }

    /// <summary>One season per governorate and start day: the key that makes opening idempotent.</summary>
    public string OpeningKey => StartsOn!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal SeasonPlan ToPlan(int governorateId, int? previousPlanId) => new()
    {
        GovernorateId = governorateId,
        NameAr = NameAr.Trim(),
        NameEn = NameEn.Trim(),
        StartsOn = StartsOn!.Value,
        EndsOn = EndsOn,
        OpeningKey = OpeningKey,
        PreviousPlanId = previousPlanId,
    };
}

/// <summary>A library item chosen for a new season, with the target every owner gets (the item's own when null).</summary>
public sealed record LibraryChoice(string Code, decimal? Target = null);

/// <summary>The outcome of opening a season; <see cref="AlreadyOpen"/> when the same season was opened before (nothing was made).</summary>
public sealed record SeasonResult(IReadOnlyList<string> Errors, int? PlanId = null, int Created = 0, bool AlreadyOpen = false)
{
    public bool Succeeded => Errors.Count == 0;

    public static SeasonResult Invalid(IEnumerable<string> errors) => new([.. errors.Distinct()]);
}
