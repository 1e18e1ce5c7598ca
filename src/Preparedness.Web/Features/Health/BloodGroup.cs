namespace Preparedness.Web.Features.Health;

/// <summary>The eight ABO/Rh groups; stored by name, shown as "A+", "O-".</summary>
public enum BloodGroup
{
    APositive,
    ANegative,
    BPositive,
    BNegative,
    AbPositive,
    AbNegative,
    OPositive,
    ONegative,
}

public static class BloodGroups
{
    public static readonly IReadOnlyList<BloodGroup> All = Enum.GetValues<BloodGroup>();

    // Left-to-right marks keep "AB-" from turning into "-AB" inside Arabic text.
    public static string Label(BloodGroup group) => "\u2066" + group switch
    {
        BloodGroup.APositive => "A+",
        BloodGroup.ANegative => "A-",
        BloodGroup.BPositive => "B+",
        BloodGroup.BNegative => "B-",
        BloodGroup.AbPositive => "AB+",
        BloodGroup.AbNegative => "AB-",
        BloodGroup.OPositive => "O+",
        _ => "O-",
    } + "\u2069";
}
