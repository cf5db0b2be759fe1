using CoopSim.Engine.Plugins;

namespace CoopSim.Engine.Tests;

/// <summary>The step time limit covers a plugin's own code at load (constructor, declaration), not only its steps.</summary>
public sealed class PluginLoadTimeLimitTests
{
    [Fact]
    public void A_plugin_constructor_that_never_returns_is_refused_at_the_time_limit_and_the_other_plugins_load()
    {
        using var plugins = new TempFolder();
        var rogue = PluginFolderFixture.Install(plugins.Path, "CoopSim.Fixtures.Rogue");
        File.WriteAllText(Path.Combine(rogue, "behaviour.txt"), "hang-in-constructor");
        PluginFolderFixture.Install(plugins.Path, "CoopSim.Sectors.Water");

        var catalog = PluginCatalog.Load([plugins.Path], includeBundled: false, new RunLimits { StepTimeLimit = TimeSpan.FromMilliseconds(500) });

        Assert.Equal(["water"], catalog.Sectors.Select(s => s.Id));
        var refusal = Assert.Single(catalog.Refusals);
        Assert.EndsWith("CoopSim.Fixtures.Rogue.dll", refusal.AssemblyPath, StringComparison.Ordinal);
        Assert.Contains("loading it (its constructor or declaration) did not finish within 0.5 s (the step time limit) and was abandoned", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_behaving_plugin_loads_under_the_time_limit()
    {
        using var plugins = new TempFolder();
        PluginFolderFixture.Install(plugins.Path, "CoopSim.Fixtures.Rogue");

        var catalog = PluginCatalog.Load([plugins.Path], includeBundled: false, new RunLimits { StepTimeLimit = TimeSpan.FromSeconds(30) });

        Assert.Equal(["rogue"], catalog.Sectors.Select(s => s.Id));
        Assert.Empty(catalog.Refusals);
    }
}
