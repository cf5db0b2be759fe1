namespace CoopSim.Engine.Plugins;

/// <summary>A plugin folder or assembly that was not loaded, and why, in words an author can act on.</summary>
public sealed record PluginRefusal(string Folder, string? AssemblyPath, string Reason)
{
    public override string ToString() =>
        AssemblyPath is null ? $"{Folder}: {Reason}" : $"{AssemblyPath}: {Reason}";
}
