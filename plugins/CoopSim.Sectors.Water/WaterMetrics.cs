using CoopSim.Abstractions;

namespace CoopSim.Sectors.Water;

/// <summary>The outcomes the water model writes every year, and the signal it publishes.</summary>
internal static class WaterMetrics
{
    public static readonly MetricDeclaration Nrw = new("nrw", "fraction", "Non-revenue water as a share of system input") { Minimum = 0, Maximum = 1 };
    public static readonly MetricDeclaration NrwPerConnection = new("nrwPerConnection", "L/connection/day", "Non-revenue water per service connection") { Minimum = 0 };
    public static readonly MetricDeclaration SystemInput = new("systemInput", "m3/day", "System input volume: authorised consumption + apparent losses + real losses") { Minimum = 0 };
    public static readonly MetricDeclaration AuthorisedConsumption = new("authorisedConsumption", "m3/day", "Authorised consumption, billed and unbilled") { Minimum = 0 };
    public static readonly MetricDeclaration BilledConsumption = new("billedConsumption", "m3/day", "Billed authorised consumption (revenue water)") { Minimum = 0 };
    public static readonly MetricDeclaration ApparentLosses = new("apparentLosses", "m3/day", "Apparent losses: unauthorised use and meter under-registration") { Minimum = 0 };
    public static readonly MetricDeclaration RealLosses = new("realLosses", "m3/day", "Real losses: leaks, bursts and overflows") { Minimum = 0 };
    public static readonly MetricDeclaration NonRevenueWater = new("nonRevenueWater", "m3/day", "System input minus billed authorised consumption") { Minimum = 0 };
    public static readonly MetricDeclaration Ili = new("ili", "ratio", "Infrastructure Leakage Index: real losses / unavoidable real losses (see validity limits in docs/models/water.md)") { Minimum = 0 };
    public static readonly MetricDeclaration Coverage = new("coverage", "fraction", "Share of the population served by piped water") { Minimum = 0, Maximum = 1 };
    public static readonly MetricDeclaration PeopleServed = new("peopleServed", "people", "People served by piped water") { Minimum = 0 };
    public static readonly MetricDeclaration SupplyHours = new("supplyHours", "h/day", "Hours a day the network is under pressure") { Minimum = 0, Maximum = 24 };
    public static readonly MetricDeclaration Connections = new("connections", "connections", "Service connections") { Minimum = 0 };
    public static readonly MetricDeclaration MainsLength = new("mainsLength", "km", "Length of mains") { Minimum = 0 };
    public static readonly MetricDeclaration Pressure = new("pressure", "m", "Average pressure while the network is pressurised") { Minimum = 0 };
    public static readonly MetricDeclaration ProductionCapacity = new("productionCapacity", "m3/day", "Water the utility can treat and put into the network") { Minimum = 0 };
    public static readonly MetricDeclaration BlockedShare = new("blockedShare", "fraction", "Share of the network divided into metered blocks") { Minimum = 0, Maximum = 1 };
    public static readonly MetricDeclaration AdvancedTreatedShare = new("advancedTreatedShare", "fraction", "Share of system input that passes advanced treatment (ozone + activated carbon or U-BCF)") { Minimum = 0, Maximum = 1 };
    public static readonly MetricDeclaration PumpingEnergy = new("pumpingEnergy", "MWh/year", "Electricity to treat and pump the system input") { Minimum = 0 };
    public static readonly MetricDeclaration Investment = new("investment", "USD/year", "Cost of the technologies adopted this year") { Minimum = 0 };
    public static readonly MetricDeclaration RunningCost = new("runningCost", "USD/year", "Yearly cost of crews and teams in place and of running advanced treatment") { Minimum = 0 };
    public static readonly MetricDeclaration OwnCrews = new("ownCrews", "crews", "Leak-detection crews the utility runs itself as its own practice, beyond those adopted through programmes") { Minimum = 0 };
    public static readonly MetricDeclaration PracticeCost = new("practiceCost", "USD/year", "Yearly cost of the utility's own practice beyond its start year's routine: its own crews, inspections and meters") { Minimum = 0 };
    public static readonly MetricDeclaration NrwSaved = new("nrwSaved", "m3/day", "NRW saved against the start year's NRW per connection, on this year's connections (includes the utility's own reform)");
    public static readonly MetricDeclaration CostPerNrwSaved = new("costPerNrwSaved", "USD per m3/day", "Water spending to date (investment, running and practice costs) per m3/day of NRW saved against the start; 0 while nothing is saved") { Minimum = 0 };

    // Listed after the declarations: static initialisers run in the order written, so a list above them would hold nulls.
    public static IReadOnlyList<MetricDeclaration> Declarations { get; } =
    [
        Nrw, NrwPerConnection, SystemInput, AuthorisedConsumption, BilledConsumption, ApparentLosses, RealLosses,
        NonRevenueWater, Ili, Coverage, PeopleServed, SupplyHours, Connections, MainsLength, Pressure,
        ProductionCapacity, BlockedShare, AdvancedTreatedShare, PumpingEnergy, Investment, RunningCost, OwnCrews,
        PracticeCost, NrwSaved, CostPerNrwSaved,
    ];

    /// <summary>The signal the energy sector reads; keep its id and unit.</summary>
    public static readonly SignalDeclaration PumpingEnergySignal = new("pumpingEnergy", "MWh/year", "Electricity used to treat and pump the system input");

    // Listed after the declarations: static initialisers run in the order written, so a list above them would hold nulls.
    public static IReadOnlyList<SignalDeclaration> Signals { get; } =
    [
        PumpingEnergySignal,
    ];
}
