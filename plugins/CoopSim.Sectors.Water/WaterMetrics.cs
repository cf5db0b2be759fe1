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
    public const string OwnCrews = "ownCrews";
    public const string PracticeCost = "practiceCost";
    public const string NrwSaved = "nrwSaved";
    public const string CostPerNrwSaved = "costPerNrwSaved";

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
        new(OwnCrews, "crews", "Leak-detection crews the utility runs itself as its own practice, beyond those adopted through programmes") { Minimum = 0 },
        new(PracticeCost, "USD/year", "Yearly cost of the utility's own practice beyond its start year's routine: its own crews, inspections and meters") { Minimum = 0 },
        new(NrwSaved, "m3/day", "NRW saved against the start year's NRW per connection, on this year's connections (includes the utility's own reform)"),
        new(CostPerNrwSaved, "USD per m3/day", "Water spending to date (investment, running and practice costs) per m3/day of NRW saved against the start; 0 while nothing is saved") { Minimum = 0 },
    ];

    public static IReadOnlyList<SignalDeclaration> Signals { get; } =
    [
        new(PumpingEnergySignal, "MWh/year", "Electricity used to treat and pump the system input"),
    ];
}
