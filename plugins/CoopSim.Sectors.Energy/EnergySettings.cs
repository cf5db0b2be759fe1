using CoopSim.Abstractions;
using P = CoopSim.Sectors.Energy.EnergyParameters;

namespace CoopSim.Sectors.Energy;

/// <summary>One city's energy parameters, read once when the model is created.</summary>
internal sealed class EnergySettings
{
    public EnergySettings(ModelSetup setup)
    {
        IndustryPerCapita = setup.Parameter(P.IndustryPerCapita);
        BuildingsPerCapita = setup.Parameter(P.BuildingsPerCapita);
        TransportPerCapita = setup.Parameter(P.TransportPerCapita);
        DemandGrowth = setup.Parameter(P.DemandGrowth);
        CoalShare = setup.Parameter(P.CoalShare);
        OilShare = setup.Parameter(P.OilShare);
        GasShare = setup.Parameter(P.GasShare);
        CoalShareChange = setup.Parameter(P.CoalShareChange);
        GenerationEfficiency = setup.Parameter(P.GenerationEfficiency);
        CoalCo2Factor = setup.Parameter(P.CoalCo2Factor);
        OilCo2Factor = setup.Parameter(P.OilCo2Factor);
        GasCo2Factor = setup.Parameter(P.GasCo2Factor);
        CoalSulphur = setup.Parameter(P.CoalSulphur);
        CoalHeatingValue = setup.Parameter(P.CoalHeatingValue);
        SulphurRetention = setup.Parameter(P.SulphurRetention);
        ControlledSharePerProject = setup.Parameter(P.ControlledSharePerProject);
        So2RemovalEfficiency = setup.Parameter(P.So2RemovalEfficiency);
        OwnControlGrowth = setup.Parameter(P.OwnControlGrowth);
        FactoryProjectSavings = setup.Parameter(P.FactoryProjectSavings);
        BuildingProjectSavings = setup.Parameter(P.BuildingProjectSavings);
        SolarYield = setup.Parameter(P.SolarYield);
        BiomassCapacityFactor = setup.Parameter(P.BiomassCapacityFactor);
        BusDieselUse = setup.Parameter(P.BusDieselUse);
        BusElectricityUse = setup.Parameter(P.BusElectricityUse);
        InitialSo2Concentration = setup.Parameter(P.InitialSo2Concentration);
        BackgroundSo2Concentration = setup.Parameter(P.BackgroundSo2Concentration);
        So2Standard = setup.Parameter(P.So2Standard);
        TargetReduction = setup.Parameter(P.TargetReduction);
        AdoptionLag = setup.Parameter(P.AdoptionLag);
        So2ControlCost = setup.Parameter(P.So2ControlCost);
        FactoryProjectCost = setup.Parameter(P.FactoryProjectCost);
        BuildingProjectCost = setup.Parameter(P.BuildingProjectCost);
        SolarCost = setup.Parameter(P.SolarCost);
        BiomassCost = setup.Parameter(P.BiomassCost);
        BusCost = setup.Parameter(P.BusCost);
    }

    public double IndustryPerCapita { get; }

    public double BuildingsPerCapita { get; }

    public double TransportPerCapita { get; }

    public double DemandGrowth { get; }

    public double CoalShare { get; }

    public double OilShare { get; }

    public double GasShare { get; }

    public double CoalShareChange { get; }

    public double GenerationEfficiency { get; }

    public double CoalCo2Factor { get; }

    public double OilCo2Factor { get; }

    public double GasCo2Factor { get; }

    public double CoalSulphur { get; }

    public double CoalHeatingValue { get; }

    public double SulphurRetention { get; }

    public double ControlledSharePerProject { get; }

    public double So2RemovalEfficiency { get; }

    public double OwnControlGrowth { get; }

    public double FactoryProjectSavings { get; }

    public double BuildingProjectSavings { get; }

    public double SolarYield { get; }

    public double BiomassCapacityFactor { get; }

    public double BusDieselUse { get; }

    public double BusElectricityUse { get; }

    public double InitialSo2Concentration { get; }

    public double BackgroundSo2Concentration { get; }

    public double So2Standard { get; }

    public double TargetReduction { get; }

    public double AdoptionLag { get; }

    public double So2ControlCost { get; }

    public double FactoryProjectCost { get; }

    public double BuildingProjectCost { get; }

    public double SolarCost { get; }

    public double BiomassCost { get; }

    public double BusCost { get; }
}
