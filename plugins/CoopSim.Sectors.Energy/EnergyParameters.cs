using CoopSim.Abstractions;

namespace CoopSim.Sectors.Energy;

/// <summary>
/// The energy sector's parameters: ids, units, defaults, ranges and sources. docs/models/energy.md
/// gives the reasoning; "assumption" marks a value that is neither in cases.md nor a cited method.
/// </summary>
internal static class EnergyParameters
{
    public const string IndustryPerCapita = "industryPerCapita";
    public const string BuildingsPerCapita = "buildingsPerCapita";
    public const string TransportPerCapita = "transportPerCapita";
    public const string DemandGrowth = "demandGrowth";
    public const string CoalShare = "coalShare";
    public const string OilShare = "oilShare";
    public const string GasShare = "gasShare";
    public const string CoalShareChange = "coalShareChange";
    public const string GenerationEfficiency = "generationEfficiency";
    public const string CoalCo2Factor = "coalCo2Factor";
    public const string OilCo2Factor = "oilCo2Factor";
    public const string GasCo2Factor = "gasCo2Factor";
    public const string CoalSulphur = "coalSulphur";
    public const string CoalHeatingValue = "coalHeatingValue";
    public const string SulphurRetention = "sulphurRetention";
    public const string ControlledSharePerProject = "controlledSharePerProject";
    public const string So2RemovalEfficiency = "so2RemovalEfficiency";
    public const string OwnControlGrowth = "ownControlGrowth";
    public const string FactoryProjectSavings = "factoryProjectSavings";
    public const string BuildingProjectSavings = "buildingProjectSavings";
    public const string SolarYield = "solarYield";
    public const string BiomassCapacityFactor = "biomassCapacityFactor";
    public const string BusDieselUse = "busDieselUse";
    public const string BusElectricityUse = "busElectricityUse";
    public const string InitialSo2Concentration = "initialSo2Concentration";
    public const string BackgroundSo2Concentration = "backgroundSo2Concentration";
    public const string So2Standard = "so2Standard";
    public const string TargetReduction = "targetReduction";
    public const string AdoptionLag = "adoptionLag";
    public const string So2ControlCost = "so2ControlCost";
    public const string FactoryProjectCost = "factoryProjectCost";
    public const string BuildingProjectCost = "buildingProjectCost";
    public const string SolarCost = "solarCost";
    public const string BiomassCost = "biomassCost";
    public const string BusCost = "busCost";

    public static IReadOnlyList<ParameterDeclaration> Declarations { get; } =
    [
        // Demand, as primary energy per person in the start year.
        new(IndustryPerCapita, "MWh/person/year", 3.0, 0, 200, "Primary energy used by industry per person in the start year (assumption; set per city)."),
        new(BuildingsPerCapita, "MWh/person/year", 2.0, 0, 200, "Primary energy used by homes and commercial buildings per person, heating and electricity included (assumption)."),
        new(TransportPerCapita, "MWh/person/year", 1.0, 0, 200, "Oil used by road transport per person (assumption)."),
        new(DemandGrowth, "fraction/year", 0.03, -0.1, 0.3, "Yearly growth of energy use per person, every sector (assumption)."),

        // The mix of stationary energy (industry, buildings, water pumping, power generation).
        new(CoalShare, "fraction", 0.5, 0.0, 1.0, "Coal's share of stationary energy in the start year (Dalian: coal about 70% of all energy, cases.md E1)."),
        new(OilShare, "fraction", 0.2, 0.0, 1.0, "Oil's share of stationary energy (assumption); transport is all oil."),
        new(GasShare, "fraction", 0.1, 0.0, 1.0, "Gas's share of stationary energy in the start year (assumption); the rest is non-fossil."),
        new(CoalShareChange, "fraction/year", 0.0, -0.1, 0.1, "Yearly change of coal's share of stationary energy, the difference taken up by gas (assumption)."),
        new(GenerationEfficiency, "fraction", 0.33, 0.1, 0.6, "Electricity out per primary energy in of the power supply (assumption: coal-fired grid)."),

        // Emission factors: IPCC 2006 Guidelines vol. 2 ch. 1 table 1.4 defaults, t CO2 per MWh (= kg/TJ × 0.0036 / 1000).
        new(CoalCo2Factor, "t CO2/MWh", 0.3406, 0.0, 1.0, "CO2 per MWh of coal: IPCC 2006 vol. 2 default for other bituminous coal, 94,600 kg/TJ."),
        new(OilCo2Factor, "t CO2/MWh", 0.2668, 0.0, 1.0, "CO2 per MWh of oil: IPCC 2006 vol. 2 default for gas/diesel oil, 74,100 kg/TJ."),
        new(GasCo2Factor, "t CO2/MWh", 0.2020, 0.0, 1.0, "CO2 per MWh of gas: IPCC 2006 vol. 2 default for natural gas, 56,100 kg/TJ."),

        // Sulphur dioxide: a sulphur mass balance (SO2 = 2 × S × (1 − retention) per tonne of coal).
        new(CoalSulphur, "fraction", 0.01, 0.0, 0.08, "Sulphur content of the coal burnt, by mass (assumption: 1%)."),
        new(CoalHeatingValue, "GJ/t", 20.908, 10, 35, "Net calorific value of the coal: China's statistical value for raw coal, 20,908 kJ/kg."),
        new(SulphurRetention, "fraction", 0.05, 0.0, 0.5, "Share of sulphur kept in ash: 0.05 matches US EPA AP-42 §1.1 (SO2 = 38·S lb/ton for bituminous coal)."),
        new(ControlledSharePerProject, "fraction", 0.05, 0.0, 1.0, "Share of the city's coal burnt in the plant one pollution-control project fits (assumption; set per city)."),
        new(So2RemovalEfficiency, "fraction", 0.9, 0.0, 1.0, "SO2 removed where control is fitted and run well (wet flue-gas desulphurisation removes 0.9 or more)."),
        new(OwnControlGrowth, "fraction/year", 0.0, 0.0, 0.2, "Share of the city's coal its own programme brings under SO2 control each year (fuel switching, relocation, desulphurisation; assumption)."),

        // Efficiency and renewable technologies.
        new(FactoryProjectSavings, "MWh/year", 20000, 0, 1e8, "Fuel one factory efficiency project saves a year (assumption)."),
        new(BuildingProjectSavings, "MWh/year", 500, 0, 1e7, "Electricity one building efficiency project saves a year, e.g. efficient air conditioning in a mall (assumption; cases.md E5)."),
        new(SolarYield, "kWh/kWp/year", 1200, 0, 3000, "Electricity a kWp of rooftop solar produces in a year (assumption; 1,100-1,500 in South-East Asia)."),
        new(BiomassCapacityFactor, "fraction", 0.7, 0.0, 1.0, "Share of the year a biomass power plant runs at full output (assumption)."),
        new(BusDieselUse, "MWh/bus/year", 150, 0, 5000, "Diesel a city bus burns a year: about 40,000 km at 0.37 L/km and 10 kWh/L (assumption)."),
        new(BusElectricityUse, "MWh/bus/year", 50, 0, 5000, "Electricity an electric bus uses for the same distance: about 1.25 kWh/km (assumption)."),

        // Ambient SO2 proxy (proportional rollback) and the standard it is checked against.
        new(InitialSo2Concentration, "mg/m3", 0.05, 0.0, 2.0, "Annual mean ambient SO2 in the start year, before programme technologies (assumption; set per city)."),
        new(BackgroundSo2Concentration, "mg/m3", 0.005, 0.0, 0.5, "Ambient SO2 that does not come from the city's own coal (assumption)."),
        new(So2Standard, "mg/m3", 0.06, 0.001, 1.0, "Annual SO2 standard: China GB 3095-1996 class 2 annual mean, 0.06 mg/m3 (kept in GB 3095-2012)."),

        // Greenhouse-gas target.
        new(TargetReduction, "fraction", 0.08, 0.0, 1.0, "Reduction against business as usual the city aims at (Viet Nam's pledge: 0.08, 0.25 with international support, cases.md E3)."),
        new(AdoptionLag, "years", 2, 1, 10, "Time constant with which new capacity becomes working practice; 1 means no lag beyond the year (assumption)."),

        // Costs (USD).
        new(So2ControlCost, "USD/project", 15e6, 0, 1e10, "One factory pollution-control project (cases.md E1: JPY 8.5 billion for five projects, about USD 15.6 million each at an assumed 109 JPY/USD)."),
        new(FactoryProjectCost, "USD/project", 5e6, 0, 1e10, "One factory efficiency project (assumption)."),
        new(BuildingProjectCost, "USD/project", 1e6, 0, 1e10, "One building efficiency project (assumption)."),
        new(SolarCost, "USD/kWp", 1500, 0, 1e5, "Rooftop solar, installed (assumption)."),
        new(BiomassCost, "USD/MW", 2e6, 0, 1e9, "Biomass power plant per MW (assumption)."),
        new(BusCost, "USD/bus", 300000, 0, 1e8, "One electric bus with its share of charging (assumption)."),
    ];
}
