using CoopSim.Engine.Plugins;

namespace CoopSim.Tests.Shared;

/// <summary>The four bundled sectors, created in process (no plugin folders needed).</summary>
internal static class BundledPlugins
{
    public static PluginCatalog Catalog { get; } = PluginCatalog.FromPlugins(
    [
        new CoopSim.Sectors.Water.WaterSector(),
        new CoopSim.Sectors.Waste.WasteSector(),
        new CoopSim.Sectors.Energy.EnergySector(),
        new CoopSim.Sectors.Education.EducationSector(),
    ]);
}
