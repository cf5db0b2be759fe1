using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Json;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Workshops;

/// <summary>
/// A workshop file (exercise, decisions or session) read with the scenario machinery: positions from
/// <see cref="JsonSourceReader"/>, binding and unknown-property hints from <see cref="DocumentBinder"/>,
/// and every later check reported as a <see cref="ScenarioProblem"/> at the JSON path it concerns.
/// </summary>
internal sealed class BoundFile<T> where T : class
{
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);
    private readonly int _readProblems;

    private BoundFile(string fullPath, List<ScenarioProblem> problems, string kind)
    {
        FullPath = fullPath;
        Display = DisplayPath.Of(fullPath);
        Problems = problems;
        var root = JsonSourceReader.ReadFile(fullPath, Display, problems);
        if (root is JsonSourceObject obj)
        {
            Document = new DocumentBinder(problems, _locations).Bind<T>(obj);
        }
        else if (root is not null)
        {
            problems.Add(new ScenarioProblem(root.Location, "$", $"{kind} is a JSON object, found {root.KindName}"));
        }

        _readProblems = problems.Count;
    }

    public string FullPath { get; }

    public string Display { get; }

    /// <summary>The bound document; null when the file could not be read or is not an object.</summary>
    public T? Document { get; }

    public List<ScenarioProblem> Problems { get; }

    public string Folder => Path.GetDirectoryName(FullPath)!;

    public static BoundFile<T> Read(string path, List<ScenarioProblem> problems, string kind) =>
        new(Path.GetFullPath(path), problems, kind);

    /// <summary>Where a JSON path was written: the path itself, else its nearest written ancestor.</summary>
    public SourceLocation LocationOf(string jsonPath)
    {
        var path = jsonPath;
        while (true)
        {
            if (_locations.TryGetValue(path, out var location))
            {
                return location;
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return new SourceLocation(Display, 1, 1);
            }

            path = path[..cut];
        }
    }

    /// <summary>
    /// Records a problem at a JSON path unless reading the file already reported one at that path or
    /// above it: a value that could not be read is not also "unknown".
    /// </summary>
    public void Problem(string path, string message)
    {
        for (var i = 0; i < _readProblems; i++)
        {
            var earlier = Problems[i].JsonPath;
            if (earlier.Length > 0 && path.StartsWith(earlier, StringComparison.Ordinal)
                && (path.Length == earlier.Length || path[earlier.Length] is '.' or '['))
            {
                return;
            }
        }

        Problems.Add(new ScenarioProblem(LocationOf(path), path, message));
    }

    /// <summary>A file named in this one, relative to its folder.</summary>
    public string Resolve(string relative) => Path.GetFullPath(Path.Combine(Folder, relative));
}
