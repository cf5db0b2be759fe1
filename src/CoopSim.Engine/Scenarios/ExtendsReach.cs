namespace CoopSim.Engine.Scenarios;

/// <summary>
/// Where <c>extends</c> may lead: under the folder of the file that was opened, or under a folder
/// the user trusts. A scenario shared by someone else can then make CoopSim read nothing beside it
/// but its own folder. Links are followed first, so a link cannot lead out either.
/// </summary>
internal sealed class ExtendsReach
{
    private readonly List<string> _folders;

    public ExtendsReach(string openedFile, IReadOnlyList<string>? trustedFolders)
    {
        Folder = Path.GetDirectoryName(Path.GetFullPath(openedFile))!;
        _folders = [Folder, .. (trustedFolders ?? []).Select(f => AtomicFile.ResolveTarget(f))];
    }

    /// <summary>The opened file's own folder.</summary>
    public string Folder { get; }

    public bool Allows(string path)
    {
        var target = AtomicFile.ResolveTarget(path);
        return _folders.Any(folder => IsUnder(target, folder));
    }

    private static bool IsUnder(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }
}
