using CoopSim.Engine.Plugins;

namespace CoopSim.Engine.Tests;

/// <summary>
/// An unknown signal (read, but published by no loaded plugin) is not a refusal, because reads are
/// optional, but the catalog names it so an author sees the typo or the missing publisher.
/// </summary>
public sealed class SignalNoteTests
{
    [Fact]
    public void A_read_that_no_loaded_plugin_publishes_is_noted()
    {
        var catalog = PluginCatalog.FromPlugins([FakeSector.Writing("reader", reads: ["awarenesIndex"]), FakeSector.Writing("writer", publishes: ["awarenessIndex"])]);

        var note = Assert.Single(catalog.SignalNotes());

        Assert.Equal(2, catalog.Sectors.Count);
        Assert.StartsWith("sector 'reader' reads signal 'awarenesIndex', which no loaded plugin publishes", note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signal_published_by_two_loaded_plugins_is_noted()
    {
        var catalog = PluginCatalog.FromPlugins([FakeSector.Writing("one", publishes: ["level"]), FakeSector.Writing("two", publishes: ["level"])]);

        Assert.Equal("signal 'level' is published by one and two; a scenario cannot simulate these sectors in the same city", Assert.Single(catalog.SignalNotes()));
    }
}
