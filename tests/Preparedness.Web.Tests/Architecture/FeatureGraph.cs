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

    /// <summary>The types of <paramref name="from"/> that use anything of <paramref name="to"/>.</summary>
    public static IReadOnlyList<string> Uses(string from, string to) =>
        Types.InAssembly(typeof(Program).Assembly)
            .That().ResideInNamespace(Root + from + ".").Or().ResideInNamespace(Root + from)
            .ShouldNot().HaveDependencyOn(Root + to)
            .GetResult().FailingTypeNames?
            .Where(name => IsIn(name, from))
            .ToList() ?? [];

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Edges() =>
        Features.ToDictionary(from => from, from => (IReadOnlyList<string>)[.. Features.Where(to => to != from && Uses(from, to).Count > 0)]);

    private static bool IsIn(string typeName, string feature) =>
        typeName.StartsWith(Root + feature + ".", StringComparison.Ordinal);
}
