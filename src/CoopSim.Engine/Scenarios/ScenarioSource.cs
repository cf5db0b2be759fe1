using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Json;

namespace CoopSim.Engine.Scenarios;

/// <summary>
/// A scenario file after reading, following <c>extends</c> and binding, but before checking it
/// against the loaded plugins. Holds the bound document, where each JSON path was written, and
/// every problem found so far.
/// </summary>
public sealed class ScenarioSource
{
    internal ScenarioSource(
        string path,
        IReadOnlyList<string> chain,
        ScenarioDocument? document,
        JsonSourceObject? merged,
        IReadOnlyDictionary<string, SourceLocation> locations,
        IReadOnlyList<ScenarioProblem> problems)
    {
        Path = path;
        Chain = chain;
        Document = document;
        Merged = merged;
        Locations = locations;
        Problems = problems;
    }

    /// <summary>The full path of the file that was loaded.</summary>
    public string Path { get; }

    /// <summary>The file and its ancestors through <c>extends</c>, child first (full paths).</summary>
    public IReadOnlyList<string> Chain { get; }

    /// <summary>The merged, bound document; null when the file could not be read or bound at all.</summary>
    public ScenarioDocument? Document { get; }

    /// <summary>The merged JSON, each value with the location it was written at.</summary>
    public JsonSourceObject? Merged { get; }

    public IReadOnlyDictionary<string, SourceLocation> Locations { get; }

    public IReadOnlyList<ScenarioProblem> Problems { get; }

    /// <summary>Where a JSON path was written: the path itself, else its nearest written ancestor.</summary>
    public SourceLocation LocationOf(string jsonPath)
    {
        var path = jsonPath;
        while (true)
        {
            if (Locations.TryGetValue(path, out var location))
            {
                return location;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return new SourceLocation(DisplayPath.Of(Path), 1, 1);
            }

            path = path[..cut];
        }
    }
}
