using CoopSim.Testing;

namespace SectorTemplate.Tests;

public sealed class ConformanceTests
{
    /// <summary>The conformance kit checks the plugin against the contract from its declaration alone.</summary>
    [Fact]
    public void The_sector_keeps_the_plugin_contract() => SectorConformance.Verify(new TemplateTypeSector());
}
