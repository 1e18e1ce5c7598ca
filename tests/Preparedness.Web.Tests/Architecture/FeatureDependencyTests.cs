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
    /// (navigation properties), so they may use each other; they use no capability.
    /// </summary>
    private static readonly string[] Structure = ["Accounts", "Audit", "Governorates", "Localization", "Organisations", "Plans", "Security"];

    private static readonly Dictionary<string, string[]> Declared = new()
    {
        ["Live"] = [],
        ["Tasks"] = ["Live"],
        ["Verification"] = ["Live", "Reminders", "Security", "Tasks"],
        ["Reminders"] = ["Live", "Tasks"],
        ["Dashboard"] = ["Agreements", "Health", "Live", "Reminders", "Resources", "Tasks", "Verification"],
        ["DemoData"] = ["Agreements", "Health", "Resources", "Tasks"],

        // Hospitals and blood stock: announced live (Live); a low stock is told through the reminders' notifications (Reminders).
        ["Health"] = ["Live", "Reminders"],

        // Cooperation agreements: a commitment is made by the task rules (Tasks, and its panel on the task page), changes are
        // announced (Live), the review reminder is a reminders' notification (Reminders); the PDF is checked as evidence is.
        ["Agreements"] = ["Live", "Reminders", "Tasks"],
        ["Spreadsheets"] = ["Live", "Structure", "Tasks"],

        // Health, start-up checks and telemetry: the live listener's state and the reminders' options and meters.
        ["Operations"] = ["Live", "Reminders"],

        // Seasons open and close plans: they make tasks (Tasks) and keep the dashboard's figures at closing (Dashboard).
        ["Seasons"] = ["Dashboard", "Live", "Tasks"],

        // Meetings record directives as tasks (Tasks) and announce a recorded meeting (Live).
        ["Meetings"] = ["Live", "Tasks"],
        // The printed readiness report: the dashboard's figures, the task list's and the concerns' queries, the meetings' directives.
        ["Reports"] = ["Agreements", "Dashboard", "Health", "Meetings", "Resources", "Tasks", "Verification"],

        // Resources and critical stock: a gap becomes a task through the task rules, with a panel on the task page (Tasks); live (Live);
        // stale entries and gaps are told through the reminders' notifications and recurring jobs (Reminders).
        ["Resources"] = ["Live", "Reminders", "Tasks"],

        // Every governorate on one screen: the dashboard's figures (Tally) read from tallies the database keeps, live.
        ["National"] = ["Dashboard", "Live", "Tasks"],

        // Administration of governorates, units and organisations: it changes the structure and uses no capability.
        ["Structure"] = [],
    };

    [Fact]
    public void Every_feature_uses_only_what_it_is_declared_to_use()
    {
        var undeclared =
            from edge in FeatureGraph.Edges()
            from used in edge.Value
            where !Allowed(edge.Key, used)
            select $"{edge.Key} -> {used} ({string.Join(", ", FeatureGraph.Uses(edge.Key, used).Take(5))})";

        Assert.True(!undeclared.Any(), "Undeclared feature dependencies:\n" + string.Join("\n", undeclared));
    }

    [Fact]
    public void Every_declared_use_is_still_real()
    {
        // The table stays a picture of the code: a use that went away is taken out of it too.
        var edges = FeatureGraph.Edges();
        var stale =
            from declared in Declared
            from used in declared.Value
            where !edges[declared.Key].Contains(used)
            select $"{declared.Key} -> {used}";

        Assert.True(!stale.Any(), "Declared but no longer used: " + string.Join(", ", stale));
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

        Assert.True(!twoWay.Any(), "Features using each other: " + string.Join(", ", twoWay));
    }

    [Fact]
    public void The_declared_capabilities_form_no_cycle()
    {
        // Peel off, again and again, the capabilities that use no capability still left; a cycle never peels.
        var left = Declared.Keys.ToHashSet();
        while (left.FirstOrDefault(f => !Declared[f].Any(left.Contains)) is { } free)
        {
            left.Remove(free);
        }

        Assert.Empty(left);
    }

    [Fact]
    public void Every_feature_folder_is_either_structure_or_a_declared_capability()
    {
        Assert.Equal(Declared.Keys.Concat(Structure).Order(StringComparer.Ordinal), FeatureGraph.Features);
    }

    /// <summary>Anyone may use the structure; the structure uses no capability; a capability uses what it declares.</summary>
    private static bool Allowed(string from, string to) =>
        Structure.Contains(to) || (Declared.TryGetValue(from, out var uses) && uses.Contains(to));
}
