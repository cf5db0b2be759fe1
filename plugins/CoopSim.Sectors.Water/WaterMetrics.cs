using CoopSim.Abstractions;

namespace CoopSim.Sectors.Water;

/// <summary>The outcomes the water model writes every year, and the signal it publishes.</summary>
internal static class WaterMetrics
{
    public const string Nrw = "nrw";
    public const string NrwPerConnection = "nrwPerConnection";
    public const string SystemInput = "systemInput";
    public const string AuthorisedConsumption = "authorisedConsumption";
    public const string BilledConsumption = "billedConsumption";
    public const string ApparentLosses = "apparentLosses";
    public const string RealLosses = "realLosses";
    public const string NonRevenueWater = "nonRevenueWater";
    public const string Ili = "ili";
    public const string Coverage = "coverage";
    public const string PeopleServed = "peopleServed";
    public const string SupplyHours = "supplyHours";
    public const string Connections = "connections";
    public const string MainsLength = "mainsLength";
    public const string Pressure = "pressure";
    public const string ProductionCapacity = "productionCapacity";
    public const string BlockedShare = "blockedShare";
    public const string AdvancedTreatedShare = "advancedTreatedShare";
    public const string PumpingEnergy = "pumpingEnergy";
    public const string Investment = "investment";
    public const string RunningCost = "runningCost";

    /// <summary>The signal the energy sector reads; keep its id and unit.</summary>
    public const string PumpingEnergySignal = "pumpingEnergy";

    public static IReadOnlyList<MetricDeclaration> Declarations { get; } =
    [
        new(Nrw, "fraction", "Non-revenue water as a share of system input") { Minimum = 0, Maximum = 1 },
        new(NrwPerConnection, "L/connection/day", "Non-revenue water per service connection") { Minimum = 0 },
        new(SystemInput, "m3/day", "System input volume: authorised consumption + apparent losses + real losses") { Minimum = 0 },
        new(AuthorisedConsumption, "m3/day", "Authorised consumption, billed and unbilled") { Minimum = 0 },
        new(BilledConsumption, "m3/day", "Billed authorised consumption (revenue water)") { Minimum = 0 },
        new(ApparentLosses, "m3/day", "Apparent losses: unauthorised use and meter under-registration") { Minimum = 0 },
        new(RealLosses, "m3/day", "Real losses: leaks, bursts and overflows") { Minimum = 0 },
        new(NonRevenueWater, "m3/day", "System input minus billed authorised consumption") { Minimum = 0 },
        new(Ili, "ratio", "Infrastructure Leakage Index: real losses / unavoidable real losses (see validity limits in docs/models/water.md)") { Minimum = 0 },
        new(Coverage, "fraction", "Share of the population served by piped water") { Minimum = 0, Maximum = 1 },
        new(PeopleServed, "people", "People served by piped water") { Minimum = 0 },
        new(SupplyHours, "h/day", "Hours a day the network is under pressure") { Minimum = 0, Maximum = 24 },
        new(Connections, "connections", "Service connections") { Minimum = 0 },
        new(MainsLength, "km", "Length of mains") { Minimum = 0 },
        new(Pressure, "m", "Average pressure while the network is pressurised") { Minimum = 0 },
        new(ProductionCapacity, "m3/day", "Water the utility can treat and put into the network") { Minimum = 0 },
        new(BlockedShare, "fraction", "Share of the network divided into metered blocks") { Minimum = 0, Maximum = 1 },
        new(AdvancedTreatedShare, "fraction", "Share of system input that passes advanced treatment (ozone + activated carbon or U-BCF)") { Minimum = 0, Maximum = 1 },
        new(PumpingEnergy, "MWh/year", "Electricity to treat and pump the system input") { Minimum = 0 },
        new(Investment, "USD/year", "Cost of the technologies adopted this year") { Minimum = 0 },
        new(RunningCost, "USD/year", "Yearly cost of crews and teams in place and of running advanced treatment") { Minimum = 0 },
    ];

    public static IReadOnlyList<SignalDeclaration> Signals { get; } =
    [
        new(PumpingEnergySignal, "MWh/year", "Electricity used to treat and pump the system input"),
    ];
}
