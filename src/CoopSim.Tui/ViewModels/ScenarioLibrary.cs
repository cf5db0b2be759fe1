using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Tui.ViewModels;

/// <summary>A scenario file in the library, with the files that extend it.</summary>
public sealed class LibraryEntry
{
    internal LibraryEntry(string path, string? name, string? parentPath, string? problem)
    {
        Path = path;
        Name = name;
        ParentPath = parentPath;
        Problem = problem;
    }

    public string Path { get; }

    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>The scenario's name after <c>extends</c>, or null when the file cannot be read.</summary>
    public string? Name { get; }

    /// <summary>The file this one extends, or null.</summary>
    public string? ParentPath { get; }

    /// <summary>The first thing wrong with the file, or null when it reads cleanly.</summary>
    public string? Problem { get; }

    public List<LibraryEntry> Children { get; } = [];

    public override string ToString() => FileName;
}

/// <summary>A folder of scenarios; its roots are files whose parent is not in the library.</summary>
public sealed class LibraryFolder(string path)
{
    public string Path { get; } = path;

    public List<LibraryEntry> Roots { get; } = [];

    public override string ToString() => DisplayPath.Of(Path) + "/";
}

/// <summary>
/// The scenario files of the folders a planner opened, arranged by <c>extends</c>: a child appears
/// under its parent (wherever the parent's folder is), so the hierarchy of variants is visible.
/// </summary>
public sealed class ScenarioLibrary
{
    private readonly List<string> _folders = [];
    private readonly List<string> _files = [];

    public IReadOnlyList<LibraryFolder> Folders { get; private set; } = [];

    public IEnumerable<LibraryEntry> Entries => Folders.SelectMany(f => f.Roots).SelectMany(Flatten);

    /// <summary>Adds a folder's *.json files; returns why not when it cannot.</summary>
    public string? AddFolder(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!Directory.Exists(full))
        {
            return $"the folder '{path}' does not exist";
        }

        if (!_folders.Contains(full, StringComparer.Ordinal))
        {
            _folders.Add(full);
        }

        Refresh();
        return null;
    }

    /// <summary>Adds one file (and so its folder's place in the tree).</summary>
    public void AddFile(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!_files.Contains(full, StringComparer.Ordinal))
        {
            _files.Add(full);
        }

        Refresh();
    }

    public LibraryEntry? Find(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        return Entries.FirstOrDefault(e => e.Path == full);
    }

    /// <summary>Reads every file again (after a save, or when files changed on disk).</summary>
    public void Refresh()
    {
        var paths = _folders
            .SelectMany(f => Directory.EnumerateFiles(f, "*.json", SearchOption.TopDirectoryOnly))
            .Concat(_files.Where(File.Exists))
            .Select(System.IO.Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var entries = paths.Select(Read).ToDictionary(e => e.Path, StringComparer.Ordinal);
        var folders = new Dictionary<string, LibraryFolder>(StringComparer.Ordinal);
        foreach (var folder in _folders.Concat(_files.Select(f => System.IO.Path.GetDirectoryName(f)!)))
        {
            folders.TryAdd(folder, new LibraryFolder(folder));
        }

        foreach (var entry in entries.Values)
        {
            if (entry.ParentPath is { } parent && entries.TryGetValue(parent, out var parentEntry) && !IsAncestor(entry, parentEntry, entries))
            {
                parentEntry.Children.Add(entry);
            }
            else
            {
                folders[System.IO.Path.GetDirectoryName(entry.Path)!].Roots.Add(entry);
            }
        }

        Folders = folders.Values.Where(f => f.Roots.Count > 0 || _folders.Contains(f.Path, StringComparer.Ordinal)).ToList();
    }

    /// <summary>Whether <paramref name="entry"/> is already above <paramref name="parent"/> (an 'extends' cycle).</summary>
    private static bool IsAncestor(LibraryEntry entry, LibraryEntry parent, Dictionary<string, LibraryEntry> entries)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = parent; current is not null && seen.Add(current.Path);
             current = current.ParentPath is { } up ? entries.GetValueOrDefault(up) : null)
        {
            if (current == entry)
            {
                return true;
            }
        }

        return false;
    }

    private static LibraryEntry Read(string path)
    {
        var source = ScenarioReader.ReadFile(path);
        var parent = source.Chain.Count > 1 ? source.Chain[1] : null;
        var problem = source.Problems.Count > 0 ? source.Problems[0].ToString() : null;
        return new LibraryEntry(path, source.Document?.Name, parent, problem);
    }

    private static IEnumerable<LibraryEntry> Flatten(LibraryEntry entry) => entry.Children.SelectMany(Flatten).Prepend(entry);
}
