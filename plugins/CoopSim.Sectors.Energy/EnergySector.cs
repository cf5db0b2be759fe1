using CoopSim.Abstractions;

namespace CoopSim.Sectors.Energy;

/// <summary>
/// Energy and air: demand by sector, fuel mix, CO2 and SO2 with IPCC 2006 and sulphur-balance
/// factors, an ambient SO2 proxy against a standard, and the gap to a greenhouse-gas target
/// (docs/models/energy.md).
/// </summary>
public sealed class EnergySector : ISectorPlugin
{
    public SectorDescriptor Descriptor { get; } = new()
    {
        Id = "energy",
        DisplayName = "Energy and air",
        Version = new Version(typeof(EnergySector).Assembly.GetName().Version!.ToString(3)),
        ContractVersion = ContractVersion.Current,
        Description = "Energy demand of industry, buildings, transport and water pumping grows with population; coal, oil and gas " +
                      "burning emit CO2 and SO2; pollution control, efficiency projects, solar, biomass and electric buses cut them " +
                      "as local capacity allows; landfill methane from the waste sector joins the greenhouse-gas total.",
        Parameters = EnergyParameters.Declarations,
        Metrics = EnergyMetrics.Declarations,
        Reads = EnergyMetrics.Reads,
        Technologies = EnergyTechnologies.Declarations,
    };

    public ISectorModel CreateModel(ModelSetup setup) => new EnergyModel(setup);
}
