using CoopSim.Engine.Plugins;

namespace CoopSim.Engine.Tests;

/// <summary>A lock file pins the plugins a person trusts; anything else is refused before its code runs.</summary>
public sealed class PluginLockTests
{
    private static PluginLock LockOf(TempFolder folder, params string[] pluginFolders)
    {
        var path = Path.Combine(folder.Path, PluginLock.DefaultFileName);
        File.WriteAllText(path, PluginLock.Render(pluginFolders));
        return PluginLock.Read(path);
    }

    [Fact]
    public void A_locked_catalog_refuses_a_plugin_folder_that_is_not_in_the_lock_file_and_loads_the_pinned_ones()
    {
        using var plugins = new TempFolder();
        using var locks = new TempFolder();
        var water = PluginFolderFixture.Install(plugins.Path, "CoopSim.Sectors.Water");
        var trusted = LockOf(locks, water);
        var rogue = PluginFolderFixture.Install(plugins.Path, "CoopSim.Fixtures.Rogue");
        File.WriteAllText(Path.Combine(rogue, "behaviour.txt"), "hang-in-constructor");

        var catalog = PluginCatalog.Load([plugins.Path], includeBundled: false, trusted: trusted);

        Assert.Equal(["water"], catalog.Sectors.Select(s => s.Id));
        var refusal = Assert.Single(catalog.Refusals);
        Assert.Equal(rogue, refusal.Folder);
        Assert.Contains("--locked: not in the lock file", refusal.Reason, StringComparison.Ordinal);
        Assert.Contains("CoopSim.Fixtures.Rogue/CoopSim.Fixtures.Rogue.dll (sha256 ", refusal.Reason, StringComparison.Ordinal);
        Assert.Contains("none of its code was run", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pinned_plugin_whose_assembly_changed_is_refused()
    {
        using var plugins = new TempFolder();
        using var locks = new TempFolder();
        var water = PluginFolderFixture.Install(plugins.Path, "CoopSim.Sectors.Water");
        var trusted = LockOf(locks, water);
        File.AppendAllText(Path.Combine(water, "CoopSim.Sectors.Water.dll"), "tampered");

        var catalog = PluginCatalog.Load([plugins.Path], includeBundled: false, trusted: trusted);

        Assert.Empty(catalog.Sectors);
        Assert.Contains("CoopSim.Sectors.Water/CoopSim.Sectors.Water.dll", Assert.Single(catalog.Refusals).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_malformed_lock_file_trusts_nothing_and_says_why()
    {
        using var plugins = new TempFolder();
        using var locks = new TempFolder();
        PluginFolderFixture.Install(plugins.Path, "CoopSim.Sectors.Water");
        var malformed = Path.Combine(locks.Path, "bad.lock");
        File.WriteAllText(malformed, "# pinned\nnot-a-hash  water/CoopSim.Sectors.Water.dll\n");

        var missing = PluginCatalog.Load([plugins.Path], includeBundled: false, trusted: PluginLock.Read(Path.Combine(locks.Path, "none.lock")));
        var bad = PluginCatalog.Load([plugins.Path], includeBundled: false, trusted: PluginLock.Read(malformed));

        Assert.Empty(missing.Sectors);
        Assert.Contains("cannot read the lock file", Assert.Single(missing.Refusals).Reason, StringComparison.Ordinal);
        Assert.Empty(bad.Sectors);
        Assert.Contains("bad.lock' line 2: expected a SHA-256", Assert.Single(bad.Refusals).Reason, StringComparison.Ordinal);
    }
}
