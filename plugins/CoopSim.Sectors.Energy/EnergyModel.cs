using CoopSim.Abstractions;

namespace CoopSim.Sectors.Energy;

/// <summary>
/// Demand = population × per-capita use × (1 + growth)^t − projects × savings;
/// CO2 = coal × EF_coal + other × EF_other; SO2 = coal × factor × (1 − controlled share × efficiency × capacity).
/// </summary>
internal sealed class EnergyModel : ISectorModel
{
    private readonly double _energyPerCapita;
    private readonly double _demandGrowth;
    private readonly double _coalShare;
    private readonly double _coalFactor;
    private readonly double _otherFactor;
    private readonly double _so2Factor;
    private readonly double _controlledShare;
    private readonly double _controlEfficiency;
    private readonly double _projectSavings;
    private readonly MetricHandle _demand;
    private readonly MetricHandle _co2;
    private readonly MetricHandle _so2;
    private readonly MetricHandle _waterPumping;
    private readonly ReadSignalHandle _pumpingEnergy;
    private readonly TechnologyHandle _control;
    private readonly TechnologyHandle _projects;

    public EnergyModel(ModelSetup setup)
    {
        _energyPerCapita = setup.Parameter("energyPerCapita");
        _demandGrowth = setup.Parameter("demandGrowth");
        _coalShare = setup.Parameter("coalShare");
        _coalFactor = setup.Parameter("coalEmissionFactor");
        _otherFactor = setup.Parameter("otherEmissionFactor");
        _so2Factor = setup.Parameter("so2PerCoalMwh");
        _controlledShare = setup.Parameter("controlledShare");
        _controlEfficiency = setup.Parameter("controlEfficiency");
        _projectSavings = setup.Parameter("projectSavings");
        _demand = setup.Metric("demand");
        _co2 = setup.Metric("co2");
        _so2 = setup.Metric("so2");
        _waterPumping = setup.Metric("waterPumping");
        _pumpingEnergy = setup.ReadSignal("pumpingEnergy");
        _control = setup.Technology("so2Control");
        _projects = setup.Technology("efficiencyProjects");
    }

    public void Step(StepContext context)
    {
        var baseline = context.Population * _energyPerCapita * Math.Pow(1.0 + _demandGrowth, context.YearIndex);
        var demand = Math.Max(0.0, baseline - (context.TechnologyInPlace(_projects) * _projectSavings));
        var coal = demand * _coalShare;
        var controlled = Math.Min(1.0, context.TechnologyInPlace(_control) * _controlledShare);
        var removal = controlled * _controlEfficiency * context.Cooperation.Capacity;

        context.WriteMetric(_demand, demand);
        context.WriteMetric(_co2, (coal * _coalFactor) + ((demand - coal) * _otherFactor));
        context.WriteMetric(_so2, coal * _so2Factor * (1.0 - removal) / 1000.0);
        context.WriteMetric(_waterPumping, context.HasSignal(_pumpingEnergy) ? context.ReadSignal(_pumpingEnergy) : 0.0);
    }
}
