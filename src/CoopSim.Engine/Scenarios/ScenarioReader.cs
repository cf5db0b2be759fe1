using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Json;

namespace CoopSim.Engine.Scenarios;

/// <summary>
/// Reads a scenario file: size and depth limits, JSON syntax, the <c>extends</c> chain (missing
/// parents and cycles), merging, and binding onto <see cref="ScenarioDocument"/>.
/// </summary>
public static class ScenarioReader
{
    /// <summary>A chain this long is a mistake, not a design.</summary>
    public const int MaxExtendsDepth = 16;

    public static ScenarioSource ReadFile(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var problems = new List<ScenarioProblem>();
        var chain = new List<string>();
        var merged = ReadChain(fullPath, chain, problems, extendsLocation: null);
        return Bind(fullPath, chain, merged, problems);
    }

    /// <summary>Reads scenario text that is not (yet) a file, e.g. an edited copy; <c>extends</c> resolves from <paramref name="path"/>'s folder.</summary>
    public static ScenarioSource ReadText(string text, string path)
    {
        var fullPath = Path.GetFullPath(path);
        var problems = new List<ScenarioProblem>();
        var chain = new List<string> { fullPath };
        var root = JsonSourceReader.Read(text, DisplayPath.Of(fullPath), problems);
        var merged = root is null ? null : Resolve(root, fullPath, chain, problems);
        return Bind(fullPath, chain, merged, problems);
    }

    private static ScenarioSource Bind(string fullPath, List<string> chain, JsonSourceObject? merged, List<ScenarioProblem> problems)
    {
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        ScenarioDocument? document = null;
        if (merged is not null)
        {
            document = new DocumentBinder(problems, locations).Bind<ScenarioDocument>(merged);
        }

        return new ScenarioSource(fullPath, chain, document, merged, locations, problems);
    }

    private static JsonSourceObject? ReadChain(string fullPath, List<string> chain, List<ScenarioProblem> problems, SourceLocation? extendsLocation)
    {
        var display = DisplayPath.Of(fullPath);
        if (chain.Contains(fullPath, StringComparer.Ordinal))
        {
            var cycle = string.Join(" -> ", chain.Append(fullPath).Select(DisplayPath.Of));
            problems.Add(new ScenarioProblem(extendsLocation!.Value, "$.extends", $"'extends' forms a cycle: {cycle}"));
            return null;
        }

        if (chain.Count >= MaxExtendsDepth)
        {
            problems.Add(new ScenarioProblem(extendsLocation!.Value, "$.extends",
                $"'extends' goes more than {MaxExtendsDepth} files deep"));
            return null;
        }

        if (extendsLocation is { } at && !File.Exists(fullPath))
        {
            problems.Add(new ScenarioProblem(at, "$.extends", $"the parent scenario '{display}' does not exist"));
            return null;
        }

        chain.Add(fullPath);
        var root = JsonSourceReader.ReadFile(fullPath, display, problems);
        return root is null ? null : Resolve(root, fullPath, chain, problems);
    }

    private static JsonSourceObject? Resolve(JsonSourceNode root, string fullPath, List<string> chain, List<ScenarioProblem> problems)
    {
        if (root is not JsonSourceObject obj)
        {
            problems.Add(new ScenarioProblem(root.Location, "$", $"a scenario is a JSON object, found {root.KindName}"));
            return null;
        }

        var extends = obj.Find("extends");
        if (extends is null || extends.Value is JsonSourceScalar { Kind: JsonScalarKind.Null })
        {
            return (JsonSourceObject)ScenarioMerger.StripRemovals(obj, "$", problems);
        }

        if (extends.Value is not JsonSourceScalar { Kind: JsonScalarKind.String, Text: { Length: > 0 } parentName })
        {
            problems.Add(new ScenarioProblem(extends.Value.Location, "$.extends",
                $"expected the parent scenario's file name, found {extends.Value.KindName}"));
            return null;
        }

        var parentPath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fullPath)!, parentName));
        var parent = ReadChain(parentPath, chain, problems, extends.Value.Location);
        return parent is null ? null : ScenarioMerger.Merge(parent, obj, problems);
    }
}
