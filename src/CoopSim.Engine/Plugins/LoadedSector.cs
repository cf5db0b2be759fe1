using CoopSim.Abstractions;

namespace CoopSim.Engine.Plugins;

/// <summary>A sector plugin that loaded and passed the load-time checks.</summary>
public sealed class LoadedSector
{
    internal LoadedSector(ISectorPlugin plugin, SectorDescriptor descriptor, string folder, string assemblyPath, string sha256, Version builtAgainst)
    {
        Plugin = plugin;
        Descriptor = descriptor;
        Folder = folder;
        AssemblyPath = assemblyPath;
        Sha256 = sha256;
        BuiltAgainst = builtAgainst;
    }

    public ISectorPlugin Plugin { get; }

    public SectorDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    /// <summary>The folder the plugin was loaded from, or "(in process)" for plugins handed over in code.</summary>
    public string Folder { get; }

    public string AssemblyPath { get; }

    /// <summary>The SHA-256 of the plugin assembly, lower-case hex; empty for in-process plugins.</summary>
    public string Sha256 { get; }

    /// <summary>The contract version the assembly was compiled against (from its metadata).</summary>
    public Version BuiltAgainst { get; }
}
