using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Json;

namespace CoopSim.Engine.Scenarios;

/// <summary>
/// Reads a scenario file: size and depth limits, JSON syntax, the <c>extends</c> chain (missing
/// parents and cycles), merging, and binding onto <see cref="ScenarioDocument"/>.
/// A scenario may come from anyone, so <c>extends</c> only reaches files under the folder of the
/// file that was opened (or a folder the caller trusts), and a parent that is not a scenario is
/// refused without quoting any of its content.
/// </summary>
public static class ScenarioReader
{
    /// <summary>A chain this long is a mistake, not a design.</summary>
    public const int MaxExtendsDepth = 16;

    /// <param name="path">The file to read.</param>
    /// <param name="trustedFolders">Folders besides the file's own that <c>extends</c> may reach.</param>
    public static ScenarioSource ReadFile(string path, IReadOnlyList<string>? trustedFolders = null)
    {
        var fullPath = Path.GetFullPath(path);
        var problems = new List<ScenarioProblem>();
        var chain = new List<string>();
        var reach = new ExtendsReach(fullPath, trustedFolders);
        var merged = ReadChain(fullPath, chain, problems, extendsLocation: null, reach);
        return Bind(fullPath, chain, merged, problems);
    }

    /// <summary>Whether a scenario saved as <paramref name="file"/> may extend <paramref name="parent"/> without a trusted folder.</summary>
    public static bool Reaches(string file, string parent) => new ExtendsReach(file, null).Allows(Path.GetFullPath(parent));

    /// <summary>Reads scenario text that is not (yet) a file, e.g. an edited copy; <c>extends</c> resolves from <paramref name="path"/>'s folder.</summary>
    /// <param name="text">The scenario.</param>
    /// <param name="path">Where it would be saved.</param>
    /// <param name="trustedFolders">Folders besides <paramref name="path"/>'s that <c>extends</c> may reach (for text CoopSim wrote itself).</param>
    public static ScenarioSource ReadText(string text, string path, IReadOnlyList<string>? trustedFolders = null) =>
        ReadBytes(System.Text.Encoding.UTF8.GetBytes(text), path, trustedFolders);

    /// <summary>Reads scenario bytes (UTF-8) as if they were the file at <paramref name="path"/>.</summary>
    public static ScenarioSource ReadBytes(byte[] utf8, string path, IReadOnlyList<string>? trustedFolders = null)
    {
        var fullPath = Path.GetFullPath(path);
        var problems = new List<ScenarioProblem>();
        var chain = new List<string> { fullPath };
        var root = JsonSourceReader.Read(utf8, DisplayPath.Of(fullPath), problems);
        var merged = root is null ? null : Resolve(root, fullPath, chain, problems, new ExtendsReach(fullPath, trustedFolders));
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

    private static JsonSourceObject? ReadChain(string fullPath, List<string> chain, List<ScenarioProblem> problems, SourceLocation? extendsLocation,
        ExtendsReach reach)
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
        var root = extendsLocation is { } from
            ? ReadParent(fullPath, display, from, problems)
            : JsonSourceReader.ReadFile(fullPath, display, problems);
        return root is null ? null : Resolve(root, fullPath, chain, problems, reach);
    }

    /// <summary>
    /// Reads a parent named by <c>extends</c>. Whatever it is, none of its text reaches a message
    /// until it shows itself to be a scenario: a JSON object with a schema version or its own parent.
    /// </summary>
    private static JsonSourceNode? ReadParent(string fullPath, string display, SourceLocation from, List<ScenarioProblem> problems)
    {
        var own = new List<ScenarioProblem>();
        var root = JsonSourceReader.ReadFile(fullPath, display, own);
        if (root is null)
        {
            var first = own.FirstOrDefault();
            var where = first is null ? "" : $" (at {first.Location})";
            problems.Add(new ScenarioProblem(from, "$.extends", $"the parent '{display}' cannot be read as a scenario{where}"));
            return null;
        }

        if (!IsScenario(root))
        {
            problems.Add(new ScenarioProblem(from, "$.extends", $"the parent '{display}' is not a scenario file"));
            return null;
        }

        problems.AddRange(own);
        return root;
    }

    /// <summary>
    /// Whether a file is a scenario (a regular file holding a JSON object with a schema version or its own
    /// parent), to check before anything of a file named by someone else is quoted in a message.
    /// </summary>
    public static bool IsScenarioFile(string path) => IsScenario(JsonSourceReader.ReadFile(path, DisplayPath.Of(path), []));

    private static bool IsScenario(JsonSourceNode? root) =>
        root is JsonSourceObject obj && (obj.Find("schemaVersion") is not null || obj.Find("extends") is not null);

    private static JsonSourceObject? Resolve(JsonSourceNode root, string fullPath, List<string> chain, List<ScenarioProblem> problems, ExtendsReach reach)
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
        if (!reach.Allows(parentPath))
        {
            problems.Add(new ScenarioProblem(extends.Value.Location, "$.extends",
                $"'extends' may only name a scenario under '{DisplayPath.Of(reach.Folder)}', the folder of the opened file; " +
                $"'{parentName}' is outside it (copy the parent beside the file, or trust its folder with --trust-folder)"));
            return null;
        }

        var parent = ReadChain(parentPath, chain, problems, extends.Value.Location, reach);
        return parent is null ? null : ScenarioMerger.Merge(parent, obj, problems);
    }
}
