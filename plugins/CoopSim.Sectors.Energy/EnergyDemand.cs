namespace CoopSim.Sectors.Energy;

/// <summary>
/// A year's demand in business as usual (MWh/year of primary energy): each sector is population ×
/// use per person × (1 + growth)^t; water pumping is the water sector's electricity / η.
/// </summary>
internal readonly record struct EnergyDemand(double Industry, double Buildings, double Transport, double WaterPumping)
{
    public double Stationary => Industry + Buildings + WaterPumping;

    public static EnergyDemand For(EnergySettings settings, double population, int yearIndex, double pumpingElectricity)
    {
        var perPerson = population * Math.Pow(1.0 + settings.DemandGrowth, yearIndex);
        return new EnergyDemand(
            perPerson * settings.IndustryPerCapita,
            perPerson * settings.BuildingsPerCapita,
            perPerson * settings.TransportPerCapita,
            pumpingElectricity / settings.GenerationEfficiency);
    }
}
