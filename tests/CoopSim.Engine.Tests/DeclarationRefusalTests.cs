using CoopSim.Abstractions;
using CoopSim.Engine.Plugins;

namespace CoopSim.Engine.Tests;

/// <summary>A plugin that declares nonsense is refused at load, with every reason, and never runs.</summary>
public sealed class DeclarationRefusalTests
{
    private static SectorDescriptor With(IReadOnlyList<SignalDeclaration>? publishes = null, IReadOnlyList<SignalRead>? reads = null,
        IReadOnlyList<MetricDeclaration>? metrics = null) => new()
        {
            Id = "sector",
            DisplayName = "Sector",
            Version = new Version(1, 0),
            ContractVersion = ContractVersion.Current,
            Metrics = metrics ?? [new MetricDeclaration("value", "t/day", "A value.")],
            Publishes = publishes ?? [],
            Reads = reads ?? [],
        };

    [Fact]
    public void A_plugin_folder_with_a_nonsense_declaration_is_refused_with_every_reason_and_the_others_load()
    {
        using var plugins = new TempFolder();
        PluginFolderFixture.Install(plugins.Path, "CoopSim.Fixtures.Nonsense");
        PluginFolderFixture.Install(plugins.Path, "CoopSim.Fixtures.DropIn");

        var catalog = PluginCatalog.Load([plugins.Path], includeBundled: false);

        Assert.Equal("tree-cover", Assert.Single(catalog.Sectors).Id);
        var refusal = Assert.Single(catalog.Refusals);
        Assert.EndsWith("CoopSim.Fixtures.Nonsense.dll", refusal.AssemblyPath, StringComparison.Ordinal);
        Assert.StartsWith("its declaration is invalid: ", refusal.Reason, StringComparison.Ordinal);
        Assert.Contains("parameter 'rate': minimum 1 is greater than maximum 0", refusal.Reason, StringComparison.Ordinal);
        Assert.Contains("metric 'level' is declared twice", refusal.Reason, StringComparison.Ordinal);
        Assert.Contains("published signal 'echo': range [5, 1] is empty", refusal.Reason, StringComparison.Ordinal);
        Assert.Contains("reads its own signal 'echo' in the same year", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_with_an_empty_range_is_refused()
    {
        var problems = DescriptorCheck.Problems(With(reads: [new SignalRead("awarenessIndex") { Minimum = 1, Maximum = 0 }]), null);

        Assert.Equal("read signal 'awarenessIndex': range [1, 0] is empty", Assert.Single(problems));
    }

    [Fact]
    public void A_published_signal_with_a_nan_bound_is_refused()
    {
        var problems = DescriptorCheck.Problems(With(publishes: [new SignalDeclaration("level", "m", "x") { Maximum = double.NaN }]), null);

        Assert.Equal("published signal 'level': range [-Infinity, NaN] is empty", Assert.Single(problems));
    }

    [Fact]
    public void Null_entries_in_the_declaration_are_refused_rather_than_crashing_the_host()
    {
        var problems = DescriptorCheck.Problems(With(metrics: [null!, new MetricDeclaration("value", "t", "v")], reads: [null!]), null);

        Assert.Contains("a metric declaration is null", problems);
        Assert.Contains("a read signal declaration is null", problems);
    }

    [Fact]
    public void A_lagged_read_of_its_own_signal_is_allowed()
    {
        var problems = DescriptorCheck.Problems(
            With(publishes: [new SignalDeclaration("stock", "t", "x")], reads: [new SignalRead("stock", Lagged: true)]), null);

        Assert.Empty(problems);
    }

    [Fact]
    public void A_plugin_whose_descriptor_throws_in_process_is_refused()
    {
        var catalog = PluginCatalog.FromPlugins([new ThrowingDescriptor()]);

        Assert.Empty(catalog.Sectors);
        Assert.Contains("InvalidOperationException: no descriptor", Assert.Single(catalog.Refusals).Reason, StringComparison.Ordinal);
    }

    private sealed class ThrowingDescriptor : ISectorPlugin
    {
        public SectorDescriptor Descriptor => throw new InvalidOperationException("no descriptor");

        public ISectorModel CreateModel(ModelSetup setup) => throw new InvalidOperationException("never");
    }
}
