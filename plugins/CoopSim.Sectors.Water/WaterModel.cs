using CoopSim.Abstractions;

namespace CoopSim.Sectors.Water;

/// <summary>
/// One city's water utility, year by year (docs/models/water.md). The start year is the observed
/// state (initial NRW, coverage and hours); from the next year on, losses, production, connections
/// and hours move with the technologies in place and with capacity, which acts with a lag.
/// </summary>
internal sealed class WaterModel : ISectorModel
{
    private readonly WaterSettings _settings;
    private readonly WaterTechnologyUse _technologies;
    private readonly WaterMetricWriter _writer;
    private readonly RealLosses _real;
    private readonly ApparentLosses _apparent;
    private readonly WaterSupply _supply;
    private readonly WaterMoney _money = new();
    private double _effectiveness;
    private double _practiceLevel;
    private double _ownCrews;
    private double _practiceCost;

    public WaterModel(ModelSetup setup)
    {
        _settings = new WaterSettings(setup);
        _technologies = new WaterTechnologyUse(setup);
        _writer = new WaterMetricWriter(setup);
        _real = new RealLosses(_settings);
        _apparent = new ApparentLosses(_settings);
        _supply = new WaterSupply(_settings);
    }

    public void Step(StepContext context)
    {
        var pressure = context.YearIndex == 0 ? Start(context) : Advance(context);
        var realRate = _real.RateAt(pressure);
        var balance = WaterBalance.Of(_supply.Connections, _settings, _supply.Hours, _apparent.Rate, realRate);
        var treatment = Treatment(context, balance.SystemInput);
        var investment = _technologies.Investment(context, _settings);
        var running = treatment.RunningCost
            + (_technologies.CrewsInPlace(context) * _settings.CrewCost)
            + (_technologies.TeamsInPlace(context) * _settings.TeamCost);
        _money.Add(context.YearIndex, balance.NonRevenue, _supply.Connections, investment + running + _practiceCost);
        _writer.Write(context, new WaterYear(
            balance,
            context.Population,
            _supply.Connections,
            _supply.Connections / _settings.ConnectionDensity,
            _supply.Hours,
            _supply.Production,
            pressure,
            realRate / _real.UnavoidableAt(pressure),
            Math.Min(1.0, _technologies.BlocksInPlace(context) / BlocksNeeded(_supply.Connections)),
            treatment.Share,
            investment,
            running,
            _settings.PersonsPerConnection,
            _settings.EnergyIntensity)
        {
            OwnCrews = _ownCrews,
            PracticeCost = _practiceCost,
            NrwSaved = _money.Saved,
            CostPerNrwSaved = _money.CostPerSaved,
        });
    }

    /// <summary>Blocks the complete block system needs for this many connections.</summary>
    private double BlocksNeeded(double connections) => Math.Max(1.0, connections / _settings.ConnectionsPerBlock);

    /// <summary>
    /// Advanced treatment takes system input up to its capacity, shared between the two kinds in
    /// proportion to their capacity; U-BCF runs at bcfRunningRatio of the conventional cost. Like
    /// every technology, plant built in the start year works from the next year.
    /// </summary>
    private (double Share, double RunningCost) Treatment(StepContext context, double systemInput)
    {
        var advanced = _technologies.AdvancedInPlace(context);
        var bcf = _technologies.BcfInPlace(context);
        var capacity = advanced + bcf;
        if (capacity <= 0.0 || context.YearIndex == 0)
        {
            return (0.0, 0.0);
        }

        var treated = Math.Min(systemInput, capacity);
        var perCubicMetre = _settings.AdvancedTreatmentRunningCost * ((advanced + (bcf * _settings.BcfRunningRatio)) / capacity);
        return (treated / systemInput, 365.0 * treated * perCubicMetre);
    }

    /// <summary>Backs the start year's loss rates out of the observed NRW, coverage and hours.</summary>
    private double Start(StepContext context)
    {
        var s = _settings;
        var connections = s.InitialCoverage * context.Population / s.PersonsPerConnection;
        var consumption = WaterBalance.Of(connections, s, s.InitialSupplyHours, 0.0, 0.0);
        var systemInput = consumption.Billed / (1.0 - s.InitialNrw);
        var losses = Math.Max(0.0, systemInput - consumption.Authorised);
        var real = s.RealLossShare * losses;
        _apparent.Start((losses - real) / consumption.Authorised);
        _real.Start(real * 1000.0 / (connections * s.InitialSupplyHours / 24.0));
        _supply.Start(connections, s.InitialSupplyHours, systemInput);
        _effectiveness = context.Cooperation.Capacity;
        return s.AveragePressure;
    }

    private double Advance(StepContext context)
    {
        var s = _settings;
        var t = _technologies;
        _effectiveness += (context.Cooperation.Capacity - _effectiveness) / s.AdoptionLag;
        var e = _effectiveness;
        var hardware = 0.5 + (0.5 * e);
        _practiceLevel += (UtilityPractice.GainedCapacity(e, context.Cooperation) - _practiceLevel) / s.PracticeLag;
        var practice = UtilityPractice.At(_practiceLevel, s);
        var connections = _supply.Connections;
        var mains = connections / s.ConnectionDensity;
        var blocks = BlocksNeeded(connections);
        var blocked = Math.Min(1.0, t.BlocksInPlace(context) / blocks);
        var telemetered = Math.Min(1.0, t.TelemetryInPlace(context) / blocks);
        var valves = Math.Min(1.0, t.PressureManagedInPlace(context) / blocks);
        _ownCrews = practice.Crews(mains, s);
        _practiceCost = practice.Cost(mains, connections, s);

        var surveyed = Math.Min(1.0, practice.SurveyedShare + (t.CrewsInPlace(context) * s.CrewSurvey / mains));
        var renewed = Math.Min(1.0, t.RenewedThisYear(context) / mains) * hardware;
        _real.Advance(surveyed, blocked, telemetered, renewed, e);

        var inspected = s.OwnInspection + practice.InspectedShare + (t.TeamsInPlace(context) * s.TeamInspections / connections);
        var replaced = s.OwnMeterReplacement + practice.MeteredShare + (t.MetersThisYear(context) / connections);
        _apparent.Advance(inspected, replaced, blocked, hardware);

        var managed = valves + ((1.0 - valves) * Math.Min(1.0, practice.PressureManagedShare));
        var pressure = s.AveragePressure * (1.0 - (s.PressureCut * managed * e));
        var excess = _real.ExcessAt(pressure);
        var perConnection = (s.PersonsPerConnection * s.ConsumptionPerCapita * (1.0 + _apparent.Rate) / 1000.0)
            + (Math.Max(0.0, _real.UnavoidableAt(pressure) + Math.Min(0.0, excess)) / 1000.0);
        var oldExcess = Math.Max(0.0, excess) * connections / 1000.0;
        _supply.Advance(context.Population, perConnection, oldExcess, hardware,
            t.ProductionThisYear(context), t.ExtensionThisYear(context));
        _real.Spread(connections, _supply.Connections);
        return pressure;
    }
}
