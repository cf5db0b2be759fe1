using CoopSim.Abstractions;

namespace CoopSim.Sectors.Water;

/// <summary>
/// The water sector's parameters: ids, units, defaults, ranges and where each default comes from.
/// docs/models/water.md gives the reasoning behind every value; "assumption" marks a value that is
/// neither in cases.md nor in a cited method.
/// </summary>
internal static class WaterParameters
{
    // The observed start year (cases.md W1 for Phnom Penh).
    public static readonly ParameterDeclaration InitialNrw = new("initialNrw", "fraction", 0.40, 0.03, 0.90,
            "Non-revenue water as a share of system input in the start year (Phnom Penh 0.72 in 1993, cases.md W1).");
    public static readonly ParameterDeclaration InitialCoverage = new("initialCoverage", "fraction", 0.60, 0.01, 1.0,
            "Share of the population served by piped water in the start year (Phnom Penh 0.25 in 1993, cases.md W1).");
    public static readonly ParameterDeclaration InitialSupplyHours = new("initialSupplyHours", "h/day", 24, 1, 24,
            "Hours a day the network is under pressure in the start year (Phnom Penh about 10 in 1993, cases.md W1).");

    // Demand.
    public static readonly ParameterDeclaration ConsumptionPerCapita = new("consumptionPerCapita", "L/person/day", 120, 20, 500,
            "Authorised consumption per person served when supply is continuous (assumption).");
    public static readonly ParameterDeclaration UnbilledAuthorisedShare = new("unbilledAuthorisedShare", "fraction", 0.01, 0.0, 0.03,
            "Share of authorised consumption that is not billed: fire fighting, mains flushing (assumption; IWA water balance component).");
    public static readonly ParameterDeclaration PersonsPerConnection = new("personsPerConnection", "people/connection", 6, 1, 50,
            "People served per service connection (assumption).");

    // How the start year's losses divide (IWA water balance components).
    public static readonly ParameterDeclaration RealLossShare = new("realLossShare", "fraction", 0.6, 0.0, 1.0,
            "Share of water losses that are real (leaks, bursts, overflows) in the start year; the rest are apparent. " +
            "About 0.6 in developing countries (Kingdom, Liemberger and Marin 2006, World Bank).");
    public static readonly ParameterDeclaration MeteringErrorShare = new("meteringErrorShare", "fraction", 0.5, 0.0, 1.0,
            "Share of apparent losses due to meter under-registration and unmetered use in the start year; the rest is unauthorised use (assumption).");

    // Network, for the Infrastructure Leakage Index (IWA UARL formula).
    public static readonly ParameterDeclaration ConnectionDensity = new("connectionDensity", "connections/km", 50, 5, 500,
            "Service connections per km of mains; mains length = connections / density (assumption; the UARL formula is meant for more than 20/km).");
    public static readonly ParameterDeclaration ServicePipeLength = new("servicePipeLength", "m/connection", 0, 0, 100,
            "Length of private pipe from the property boundary to the meter (assumption: 0, meters at the boundary).");
    public static readonly ParameterDeclaration AveragePressure = new("averagePressure", "m", 25, 1, 150,
            "Average operating pressure while the network is pressurised (assumption; the UARL formula is meant for 25 m or more).");
    public static readonly ParameterDeclaration ConnectionsPerBlock = new("connectionsPerBlock", "connections/block", 3000, 100, 100000,
            "Service connections in one metered block (district metered area); the complete block system needs connections / this many blocks, " +
            "so a larger network needs more (Farley 2001, WHO leakage manual: 500-3,000 properties a district; larger where networks are coarse).");

    // The utility's own baseline.
    public static readonly ParameterDeclaration LeakageRise = new("leakageRise", "L/connection/day per year", 20, 0, 500,
            "Natural rate of rise of unreported leakage: new leakage per connection each year; routine repair keeps pace with it at the start year's level (assumption).");
    public static readonly ParameterDeclaration OwnInspection = new("ownInspection", "fraction/year", 0.0, 0.0, 1.0,
            "Share of connections the utility's own reform inspects each year for illegal use and billing errors, beyond routine work (0: apparent losses stay as they are; set per city).");
    public static readonly ParameterDeclaration OwnMeterReplacement = new("ownMeterReplacement", "fraction/year", 0.0, 0.0, 1.0,
            "Share of customer meters the utility's own reform replaces or newly installs each year, beyond routine replacement (0: metering error stays as it is; set per city).");
    public static readonly ParameterDeclaration AdoptionLag = new("adoptionLag", "years", 2, 1, 10,
            "Time constant with which new capacity becomes working practice; 1 means no lag beyond the year (assumption).");

    // The utility's own practice, at full capacity gained through cooperation (docs/models/water.md).
    public static readonly ParameterDeclaration PracticeLag = new("practiceLag", "years", 3, 1, 10,
            "Time constant with which the utility builds its own practice (recruits, equips and organises crews and teams) once capacity is there; " +
            "equipment adopted through programmes does not wait for it (assumption: NRW programmes take several years to reach full pace, Kingdom, Liemberger and Marin 2006).");
    public static readonly ParameterDeclaration OwnSurvey = new("ownSurvey", "fraction/year", 1.0, 0.0, 4.0,
            "Share of its mains a utility with full gained capacity surveys for hidden leaks in a year with crews it runs itself " +
            "(assumption: active leakage control surveys a network about once a year; Farley 2001).");
    public static readonly ParameterDeclaration OwnPressureManagement = new("ownPressureManagement", "fraction", 0.3, 0.0, 1.0,
            "Share of the network a utility with full gained capacity keeps at managed pressure by operating valves and pumps, without pressure-reducing valves (assumption).");
    public static readonly ParameterDeclaration InspectionPractice = new("inspectionPractice", "fraction/year", 0.2, 0.0, 1.0,
            "Share of connections a utility with full gained capacity inspects in a year, beyond ownInspection, to regularise illegal connections and correct billing records (assumption).");
    public static readonly ParameterDeclaration MeterPractice = new("meterPractice", "fraction/year", 0.1, 0.0, 1.0,
            "Share of customer meters a utility with full gained capacity tests, replaces or reads anew in a year, beyond ownMeterReplacement " +
            "(assumption: a meter cycle of about ten years).");

    // Effects of the technologies.
    public static readonly ParameterDeclaration DetectionWithoutBlocks = new("detectionWithoutBlocks", "fraction", 0.3, 0.0, 1.0,
            "Share of leaks a survey locates where the network is not divided into metered blocks; 1 inside blocks (assumption).");
    public static readonly ParameterDeclaration CrewSurvey = new("crewSurvey", "km/crew/year", 500, 0, 10000,
            "Mains one leak-detection crew surveys in a year: about 2 km a day over 250 days (assumption).");
    public static readonly ParameterDeclaration TelemetryEffect = new("telemetryEffect", "fraction", 0.5, 0.0, 1.0,
            "Share of new leakage telemetry stops by shortening how long new leaks and bursts run, at full capacity (assumption).");
    public static readonly ParameterDeclaration PressureCut = new("pressureCut", "fraction", 0.3, 0.0, 0.9,
            "Cut in average pressure where pressure is managed, at full capacity (assumption).");
    public static readonly ParameterDeclaration LeakageExponent = new("leakageExponent", "dimensionless", 1.0, 0.5, 2.5,
            "FAVAD exponent N1: leak flow scales with pressure^N1 (1.0 is the linear relation the UARL formula assumes; 0.5-2.5 observed).");
    public static readonly ParameterDeclaration NewMeterError = new("newMeterError", "fraction", 0.02, 0.0, 0.2,
            "Under-registration of a new customer meter, as a share of consumption (assumption).");
    public static readonly ParameterDeclaration TeamInspections = new("teamInspections", "connections/team/year", 5000, 0, 1e6,
            "Connections one billing and anti-theft team inspects in a year (assumption).");

    // Production and coverage.
    public static readonly ParameterDeclaration ProductionGrowth = new("productionGrowth", "fraction/year", 0.03, 0.0, 0.5,
            "Yearly growth of production capacity the utility builds on its own and with other lenders, until continuous supply to the whole service area is possible (assumption; set per city).");
    public static readonly ParameterDeclaration ExtensionRate = new("extensionRate", "fraction/year", 0.3, 0.0, 1.0,
            "Share of the unserved population the utility can connect in a year at full capacity, when it has the water (assumption).");
    public static readonly ParameterDeclaration MaxCoverage = new("maxCoverage", "fraction", 1.0, 0.0, 1.0,
            "The largest share of the population the network can reach (assumption).");
    public static readonly ParameterDeclaration EnergyIntensity = new("energyIntensity", "kWh/m3", 0.4, 0.0, 3.0,
            "Electricity to treat and pump one cubic metre of system input (assumption; 0.2-0.6 kWh/m3 is common for surface water).");

    // Costs (USD). Every figure is an assumption for a lower-middle-income Asian city.
    public static readonly ParameterDeclaration BlockCost = new("blockCost", "USD/block", 20000, 0, 1e8, "Bulk meter, valves and chamber to set up one metered block (assumption).");
    public static readonly ParameterDeclaration TelemetryCost = new("telemetryCost", "USD/block", 15000, 0, 1e8, "Telemetered flow and pressure station for one block (assumption).");
    public static readonly ParameterDeclaration CrewCost = new("crewCost", "USD/crew/year", 40000, 0, 1e8, "Staff and equipment of one leak-detection crew for a year (assumption).");
    public static readonly ParameterDeclaration PressureValveCost = new("pressureValveCost", "USD/block", 10000, 0, 1e8, "Pressure-reducing valve and chamber for one block (assumption).");
    public static readonly ParameterDeclaration RenewalCost = new("renewalCost", "USD/km", 150000, 0, 1e9, "Renewing one km of distribution main with its connections (assumption).");
    public static readonly ParameterDeclaration MeterCost = new("meterCost", "USD/meter", 40, 0, 1e5, "One customer meter, installed (assumption).");
    public static readonly ParameterDeclaration TeamCost = new("teamCost", "USD/team/year", 20000, 0, 1e8, "One billing and anti-theft inspection team for a year (assumption).");
    public static readonly ParameterDeclaration ProductionCost = new("productionCost", "USD/(m3/day)", 300, 0, 1e5, "Treatment and transmission capacity per m3/day added (assumption).");
    public static readonly ParameterDeclaration ConnectionCost = new("connectionCost", "USD/connection", 200, 0, 1e6, "Network extension per new service connection (assumption).");
    public static readonly ParameterDeclaration AdvancedTreatmentCost = new("advancedTreatmentCost", "USD/(m3/day)", 150, 0, 1e5,
            "Building conventional advanced treatment (ozone + activated carbon) per m3/day (assumption).");
    public static readonly ParameterDeclaration AdvancedTreatmentRunningCost = new("advancedTreatmentRunningCost", "USD/m3", 0.03, 0, 10,
            "Running conventional advanced treatment per m3 treated (assumption).");
    public static readonly ParameterDeclaration BcfConstructionRatio = new("bcfConstructionRatio", "fraction", 0.5, 0.0, 1.0,
            "Construction cost of upward-flow bio-contact filtration (U-BCF) relative to conventional advanced treatment: about half (cases.md W7).");
    public static readonly ParameterDeclaration BcfRunningRatio = new("bcfRunningRatio", "fraction", 0.05, 0.0, 1.0,
            "Running cost of U-BCF relative to conventional advanced treatment: about 1/20 (cases.md W7).");

    // Listed after the declarations: static initialisers run in the order written, so a list above them would hold nulls.
    public static IReadOnlyList<ParameterDeclaration> Declarations { get; } =
    [
        InitialNrw, InitialCoverage, InitialSupplyHours, ConsumptionPerCapita, UnbilledAuthorisedShare,
        PersonsPerConnection, RealLossShare, MeteringErrorShare, ConnectionDensity, ServicePipeLength, AveragePressure,
        ConnectionsPerBlock, LeakageRise, OwnInspection, OwnMeterReplacement, AdoptionLag, PracticeLag, OwnSurvey,
        OwnPressureManagement, InspectionPractice, MeterPractice, DetectionWithoutBlocks, CrewSurvey, TelemetryEffect,
        PressureCut, LeakageExponent, NewMeterError, TeamInspections, ProductionGrowth, ExtensionRate, MaxCoverage,
        EnergyIntensity, BlockCost, TelemetryCost, CrewCost, PressureValveCost, RenewalCost, MeterCost, TeamCost,
        ProductionCost, ConnectionCost, AdvancedTreatmentCost, AdvancedTreatmentRunningCost, BcfConstructionRatio,
        BcfRunningRatio,
    ];
}
