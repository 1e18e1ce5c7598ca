using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Preparedness.Web.Tests.Features.Operations;

/// <summary>Reads deployment files with YamlDotNet (merge keys resolved, as Compose does) and walks them by path.</summary>
internal static class Yaml
{
    public static IReadOnlyList<YamlMappingNode> Documents(string path)
    {
        using var reader = new StringReader(File.ReadAllText(path));
        var stream = new YamlStream();
        stream.Load(new MergingParser(new Parser(reader)));
        return [.. stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>()];
    }

    public static YamlNode? At(this YamlNode node, params string[] path)
    {
        var current = node;
        foreach (var key in path)
        {
            current = current switch
            {
                YamlMappingNode map when map.Children.TryGetValue(new YamlScalarNode(key), out var child) => child,
                YamlSequenceNode list when int.TryParse(key, out var index) && index < list.Children.Count => list.Children[index],
                _ => null,
            };
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    public static string? Text(this YamlNode node, params string[] path) => (node.At(path) as YamlScalarNode)?.Value;

    public static IEnumerable<YamlNode> Items(this YamlNode node, params string[] path) =>
        node.At(path) is YamlSequenceNode list ? list.Children : [];

    public static IEnumerable<string> Keys(this YamlNode node, params string[] path) =>
        node.At(path) is YamlMappingNode map ? map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value!) : [];
}
