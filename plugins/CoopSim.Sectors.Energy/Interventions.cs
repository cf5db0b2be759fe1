using CoopSim.Abstractions;

namespace CoopSim.Sectors.Energy;

/// <summary>
/// What the technologies in place do in a year, scaled by effectiveness: e for what needs skilled
/// operation (biomass fuel supply), e_hw = 0.5 + 0.5·e for equipment (efficiency, solar, buses).
/// </summary>
/// <param name="FactorySaved">Industry fuel saved (MWh/year primary).</param>
/// <param name="BuildingsSaved">Buildings' electricity saved, as primary energy (MWh/year).</param>
/// <param name="Renewable">Electricity from solar and biomass (MWh/year).</param>
/// <param name="DieselSaved">Bus diesel replaced (MWh/year).</param>
/// <param name="BusElectricity">Electricity the electric buses use (MWh/year).</param>
internal readonly record struct Interventions(
    double FactorySaved, double BuildingsSaved, double Renewable, double DieselSaved, double BusElectricity)
{
    public static Interventions For(
        StepContext context, EnergyTechnologyUse technologies, EnergySettings s, in EnergyDemand demand, double effectiveness)
    {
        var hardware = 0.5 + (0.5 * effectiveness);
        var factory = Math.Min(demand.Industry, technologies.FactoryInPlace(context) * s.FactoryProjectSavings * hardware);
        var buildings = Math.Min(
            demand.Buildings, technologies.BuildingInPlace(context) * s.BuildingProjectSavings * hardware / s.GenerationEfficiency);
        var solar = technologies.SolarInPlace(context) * s.SolarYield / 1000.0 * hardware;
        var biomass = technologies.BiomassInPlace(context) * 8760.0 * s.BiomassCapacityFactor * effectiveness;
        var diesel = Math.Min(demand.Transport, technologies.BusesInPlace(context) * s.BusDieselUse * hardware);
        var busElectricity = s.BusDieselUse > 0.0 ? diesel * s.BusElectricityUse / s.BusDieselUse : 0.0;
        return new Interventions(factory, buildings, solar + biomass, diesel, busElectricity);
    }
}
