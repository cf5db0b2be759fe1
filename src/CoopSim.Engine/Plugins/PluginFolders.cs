namespace CoopSim.Engine.Plugins;

/// <summary>Finds plugin folders: the host's own <c>plugins/</c> and any folder a person names.</summary>
public static class PluginFolders
{
    /// <summary>The <c>plugins</c> folder next to the running executable.</summary>
    public static string Bundled => Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>
    /// The plugin folders under a directory: the directory itself when it holds assemblies (one
    /// plugin), otherwise each of its subfolders (one plugin each), in name order.
    /// </summary>
    public static IReadOnlyList<string> Under(string directory)
    {
        var full = Path.GetFullPath(directory);
        if (!Directory.Exists(full))
        {
            return [];
        }

        if (Directory.EnumerateFiles(full, "*.dll").Any())
        {
            return [full];
        }

        return Directory.EnumerateDirectories(full).Order(StringComparer.Ordinal).ToList();
    }
}
