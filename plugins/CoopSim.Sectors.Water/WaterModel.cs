using CoopSim.Abstractions;

namespace CoopSim.Sectors.Water;

/// <summary>
/// NRW(t) = NRW(t-1) − rate · capacity · (0.5 + 0.5 · blocked share) · (NRW(t-1) − minimum);
/// billed consumption is fixed by the people served, so system input = billed / (1 − NRW).
/// </summary>
internal sealed class WaterModel : ISectorModel
{
    private readonly double _minimumNrw;
    private readonly double _reductionRate;
    private readonly double _consumptionPerCapita;
    private readonly double _coverage;
    private readonly double _districts;
    private readonly double _energyIntensity;
    private readonly MetricHandle _nrwMetric;
    private readonly MetricHandle _systemInput;
    private readonly MetricHandle _nonRevenueWater;
    private readonly MetricHandle _blockedDistricts;
    private readonly PublishedSignalHandle _pumpingEnergy;
    private readonly TechnologyHandle _blocks;
    private double _nrw;

    public WaterModel(ModelSetup setup)
    {
        _nrw = setup.Parameter("initialNrw");
        _minimumNrw = setup.Parameter("minimumNrw");
        _reductionRate = setup.Parameter("reductionRate");
        _consumptionPerCapita = setup.Parameter("consumptionPerCapita");
        _coverage = setup.Parameter("coverage");
        _districts = setup.Parameter("districts");
        _energyIntensity = setup.Parameter("energyIntensity");
        _nrwMetric = setup.Metric("nrw");
        _systemInput = setup.Metric("systemInput");
        _nonRevenueWater = setup.Metric("nonRevenueWater");
        _blockedDistricts = setup.Metric("blockedDistricts");
        _pumpingEnergy = setup.PublishedSignal("pumpingEnergy");
        _blocks = setup.Technology("distributionBlocks");
    }

    public void Step(StepContext context)
    {
        var blocked = Math.Min(1.0, context.TechnologyInPlace(_blocks) / _districts);
        if (context.YearIndex > 0 && _nrw > _minimumNrw)
        {
            var effectiveness = _reductionRate * context.Cooperation.Capacity * (0.5 + (0.5 * blocked));
            _nrw -= effectiveness * (_nrw - _minimumNrw);
        }

        var billed = context.Population * _coverage * _consumptionPerCapita / 1000.0;
        var input = billed / (1.0 - _nrw);
        context.WriteMetric(_nrwMetric, _nrw);
        context.WriteMetric(_systemInput, input);
        context.WriteMetric(_nonRevenueWater, input - billed);
        context.WriteMetric(_blockedDistricts, blocked);
        context.PublishSignal(_pumpingEnergy, input * _energyIntensity * 365.0 / 1000.0);
    }
}
