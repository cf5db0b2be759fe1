using System.Globalization;
using System.Text;
using CoopSim.Engine.Diagnostics;

namespace CoopSim.Engine.Plugins;

/// <summary>
/// The plugins a person has decided to trust, pinned by content: the SHA-256 of every assembly in
/// each trusted plugin folder (the plugin and the libraries it brings, all of which can run code).
/// A catalog loaded with a lock refuses a plugin folder holding any assembly not listed, before
/// loading it, so no code of an unlisted or changed plugin ever runs. Written by
/// <c>coopsim plugins --lock</c> (<see cref="Render"/>), one <c>HASH  FOLDER/FILE</c> line per
/// assembly; only the hash counts, the name is for the reader.
/// </summary>
public sealed class PluginLock
{
    /// <summary>The lock file's name when none is given, looked for in the working folder.</summary>
    public const string DefaultFileName = "coopsim.plugins.lock";

    private readonly HashSet<string> _hashes;

    private PluginLock(string path, HashSet<string> hashes, string? problem)
    {
        Path = path;
        _hashes = hashes;
        Problem = problem;
    }

    /// <summary>The lock file.</summary>
    public string Path { get; }

    /// <summary>Why the lock file could not be used; then every plugin is refused.</summary>
    public string? Problem { get; }

    /// <summary>Reads a lock file. One that is missing or malformed trusts nothing and says why (<see cref="Problem"/>).</summary>
    public static PluginLock Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = System.IO.Path.GetFullPath(path);
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        string[] lines;
        try
        {
            lines = File.ReadAllLines(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new PluginLock(full, hashes, $"cannot read the lock file '{DisplayPath.Of(full)}' ({e.Message}); write it with 'coopsim plugins --lock'");
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var hash = line.Split(' ', 2)[0];
            if (hash.Length != 64 || !hash.All(char.IsAsciiHexDigitLower))
            {
                return new PluginLock(full, [], string.Create(CultureInfo.InvariantCulture,
                    $"the lock file '{DisplayPath.Of(full)}' line {i + 1}: expected a SHA-256 in lower-case hex (64 characters) then a name; write it with 'coopsim plugins --lock'"));
            }

            hashes.Add(hash);
        }

        return new PluginLock(full, hashes, null);
    }

    /// <summary>Why the plugin folder may not be loaded, or null when every assembly in it is listed.</summary>
    public string? Refuses(string folder)
    {
        if (Problem is not null)
        {
            return "--locked: " + Problem;
        }

        var unlisted = Assemblies(folder).Where(a => !_hashes.Contains(a.Sha256)).ToList();
        if (unlisted.Count == 0)
        {
            return null;
        }

        var names = string.Join(", ", unlisted.Select(a => $"{a.Name} (sha256 {a.Sha256[..12]}…)"));
        return $"--locked: not in the lock file '{DisplayPath.Of(Path)}': {names}; none of its code was run. " +
               "If you trust this plugin as it is now, run 'coopsim plugins --lock' to pin it";
    }

    /// <summary>The text of a lock file trusting every assembly in <paramref name="folders"/> as they are now.</summary>
    public static string Render(IEnumerable<string> folders)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var text = new StringBuilder();
        text.AppendLine("# CoopSim plugin lock: the SHA-256 of every assembly in each trusted plugin folder.");
        text.AppendLine("# Written by 'coopsim plugins --lock'. With --locked, coopsim loads no plugin folder holding an assembly not listed here.");
        foreach (var folder in folders)
        {
            foreach (var assembly in Assemblies(folder))
            {
                text.Append(assembly.Sha256).Append("  ").AppendLine(assembly.Name);
            }
        }

        return text.ToString();
    }

    /// <summary>Every assembly under a plugin folder (libraries in subfolders can be loaded too), named from the folder.</summary>
    private static IEnumerable<(string Name, string Sha256)> Assemblies(string folder)
    {
        var full = System.IO.Path.GetFullPath(folder);
        var prefix = System.IO.Path.GetFileName(full);
        return Directory.EnumerateFiles(full, "*.dll", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => ($"{prefix}/{System.IO.Path.GetRelativePath(full, f).Replace('\\', '/')}", PluginAssemblyInspector.Sha256(f)));
    }
}
