namespace Preparedness.Web.Tests.Architecture;

public sealed class PrintGraph(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void Print()
    {
        foreach (var (from, to) in FeatureGraph.Edges())
        {
            output.WriteLine($"{from} -> {string.Join(", ", to)}");
            foreach (var t in to) { output.WriteLine($"    {t}: {string.Join(", ", FeatureGraph.Uses(from, t).Take(6))}"); }
        }
    }
}
