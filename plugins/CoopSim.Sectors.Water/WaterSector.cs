using CoopSim.Abstractions;

namespace CoopSim.Sectors.Water;

/// <summary>
/// Water supply: the IWA water balance, non-revenue water, the Infrastructure Leakage Index,
/// coverage, hours of supply, costs and pumping energy (docs/models/water.md).
/// </summary>
public sealed class WaterSector : ISectorPlugin
{
    public SectorDescriptor Descriptor { get; } = new()
    {
        Id = "water",
        DisplayName = "Water supply",
        Version = new Version(typeof(WaterSector).Assembly.GetName().Version!.ToString(3)),
        ContractVersion = ContractVersion.Current,
        Description = "IWA water balance year by year: block metering, telemetry, leak detection, pressure management, " +
                      "renewal, meters and anti-theft work cut real and apparent losses as local capacity allows; " +
                      "saved water and new production extend coverage and hours of supply.",
        Parameters = WaterParameters.Declarations,
        Metrics = WaterMetrics.Declarations,
        Publishes = WaterMetrics.Signals,
        Technologies = WaterTechnologies.Declarations,
    };

    public ISectorModel CreateModel(ModelSetup setup) => new WaterModel(setup);
}
