using NetArchTest.Rules;

namespace Preparedness.Web.Tests.Architecture;

/// <summary>Which feature folder uses which, read from the compiled app (IL), not from using directives.</summary>
internal static class FeatureGraph
{
    public const string Root = "Preparedness.Web.Features.";

    public static IReadOnlyList<string> Features { get; } =
        [.. typeof(Program).Assembly.GetTypes()
            .Select(t => t.Namespace ?? "")
            .Where(n => n.StartsWith(Root, StringComparison.Ordinal))
            .Select(n => n[Root.Length..].Split('.')[0])
            .Distinct()
            .Order(StringComparer.Ordinal)];

    // Every pair scans the whole assembly (~500 scans for the graph): done once per test run, not once per test.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string From, string To), IReadOnlyList<string>> Scanned = new();

    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<string>>> Graph = new(() =>
        Features.ToDictionary(from => from, from => (IReadOnlyList<string>)[.. Features.Where(to => to != from && Uses(from, to).Count > 0)]));

    /// <summary>The types of <paramref name="from"/> that use anything of <paramref name="to"/>.</summary>
    public static IReadOnlyList<string> Uses(string from, string to) => Scanned.GetOrAdd((from, to), pair => Scan(pair.From, pair.To));

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Edges() => Graph.Value;

    private static IReadOnlyList<string> Scan(string from, string to) =>
        Types.InAssembly(typeof(Program).Assembly)
            .That().ResideInNamespace(Root + from + ".").Or().ResideInNamespace(Root + from)
            .ShouldNot().HaveDependencyOn(Root + to)
            .GetResult().FailingTypeNames?
            .Where(name => IsIn(name, from))
            .ToList() ?? [];

    private static bool IsIn(string typeName, string feature) =>
        typeName.StartsWith(Root + feature + ".", StringComparison.Ordinal);
}
