using CoopSim.Abstractions;

namespace CoopSim.Sectors.Energy;

/// <summary>
/// One city's energy use and air, year by year (docs/models/energy.md): demand by sector, the fuel
/// mix, CO2 and SO2 with their business-as-usual counterparts, the ambient SO2 proxy and the gap to
/// a greenhouse-gas target. Technologies act through capacity, which acts with a lag.
/// </summary>
internal sealed class EnergyModel : ISectorModel
{
    private readonly EnergySettings _settings;
    private readonly EnergyTechnologyUse _technologies;
    private readonly EnergyMetricWriter _writer;
    private readonly ReadSignalHandle _pumping;
    private readonly ReadSignalHandle _methane;
    private readonly EnergyMoney _money = new();
    private readonly double _so2PerCoalMwh;
    private double _effectiveness;
    private double _referenceSo2;

    public EnergyModel(ModelSetup setup)
    {
        _settings = new EnergySettings(setup);
        _technologies = new EnergyTechnologyUse(setup);
        _writer = new EnergyMetricWriter(setup);
        _pumping = setup.ReadSignal(EnergyMetrics.PumpingEnergySignal);
        _methane = setup.ReadSignal(EnergyMetrics.MethaneSignal);
        _so2PerCoalMwh = Sulphur.PerCoalMwh(_settings);
    }

    public void Step(StepContext context)
    {
        var s = _settings;
        var t = context.YearIndex;
        var capacity = context.Cooperation.Capacity;
        _effectiveness = t == 0 ? capacity : _effectiveness + ((capacity - _effectiveness) / s.AdoptionLag);
        var e = _effectiveness;

        var pumping = Optional(context, _pumping);
        var demand = EnergyDemand.For(s, context.Population, t, pumping);
        var done = Interventions.For(context, _technologies, s, demand, e);
        var mix = FuelMix.For(s, t);

        // Demand after efficiency; fossil supply is what renewables leave of the stationary part.
        var industry = demand.Industry - done.FactorySaved;
        var buildings = demand.Buildings - done.BuildingsSaved;
        var stationary = industry + buildings + demand.WaterPumping + (done.BusElectricity / s.GenerationEfficiency);
        var fossil = Math.Max(0.0, stationary - (done.Renewable / s.GenerationEfficiency));
        var transport = demand.Transport - done.DieselSaved;
        var coal = fossil * mix.Coal;
        var co2 = (fossil * mix.Co2Factor(s)) + (transport * s.OilCo2Factor);
        var bauCo2 = (demand.Stationary * mix.Co2Factor(s)) + (demand.Transport * s.OilCo2Factor);

        var controlled = Math.Min(1.0, (s.OwnControlGrowth * t) + (_technologies.So2ControlInPlace(context) * s.ControlledSharePerProject));
        var removed = controlled * s.So2RemovalEfficiency * e;
        var so2 = coal * _so2PerCoalMwh * (1.0 - removed);
        if (t == 0)
        {
            _referenceSo2 = demand.Stationary * mix.Coal * _so2PerCoalMwh;
        }

        var investment = _technologies.Investment(context, s);
        _money.Add(co2, bauCo2, _technologies.CarbonInvestment(context, s));
        _writer.Write(
            context,
            new EnergyYear(
                industry, buildings, transport, pumping, stationary, done.Renewable, coal, co2,
                Optional(context, _methane), bauCo2, s.TargetReduction, so2, removed,
                Sulphur.Concentration(s, so2, _referenceSo2), s.So2Standard, investment),
            _money);
    }

    /// <summary>A signal another sector may publish; 0 when none does (the reads are optional).</summary>
    private static double Optional(StepContext context, ReadSignalHandle signal) =>
        context.HasSignal(signal) ? Math.Max(0.0, context.ReadSignal(signal)) : 0.0;
}
