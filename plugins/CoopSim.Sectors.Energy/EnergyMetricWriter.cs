using CoopSim.Abstractions;
using M = CoopSim.Sectors.Energy.EnergyMetrics;

namespace CoopSim.Sectors.Energy;

/// <summary>Writes a year's results through handles resolved once, so a step allocates nothing.</summary>
internal sealed class EnergyMetricWriter(ModelSetup setup)
{
    private readonly MetricHandle _demand = setup.Metric(M.Demand);
    private readonly MetricHandle _industry = setup.Metric(M.IndustryDemand);
    private readonly MetricHandle _buildings = setup.Metric(M.BuildingsDemand);
    private readonly MetricHandle _transport = setup.Metric(M.TransportDemand);
    private readonly MetricHandle _water = setup.Metric(M.WaterPumping);
    private readonly MetricHandle _renewable = setup.Metric(M.RenewableGeneration);
    private readonly MetricHandle _coalShare = setup.Metric(M.CoalShare);
    private readonly MetricHandle _co2 = setup.Metric(M.Co2);
    private readonly MetricHandle _methane = setup.Metric(M.Methane);
    private readonly MetricHandle _ghg = setup.Metric(M.Ghg);
    private readonly MetricHandle _bauGhg = setup.Metric(M.BauGhg);
    private readonly MetricHandle _reduction = setup.Metric(M.ReductionVsBau);
    private readonly MetricHandle _gap = setup.Metric(M.TargetGap);
    private readonly MetricHandle _so2 = setup.Metric(M.So2);
    private readonly MetricHandle _so2Removed = setup.Metric(M.So2Removed);
    private readonly MetricHandle _so2Concentration = setup.Metric(M.So2Concentration);
    private readonly MetricHandle _so2Ratio = setup.Metric(M.So2StandardRatio);
    private readonly MetricHandle _investment = setup.Metric(M.Investment);
    private readonly MetricHandle _co2Avoided = setup.Metric(M.Co2Avoided);
    private readonly MetricHandle _costPerTonne = setup.Metric(M.CostPerTonneCo2Avoided);

    public void Write(StepContext context, in EnergyYear year, EnergyMoney money)
    {
        context.WriteMetric(_demand, year.Demand);
        context.WriteMetric(_industry, year.Industry);
        context.WriteMetric(_buildings, year.Buildings);
        context.WriteMetric(_transport, year.Transport);
        context.WriteMetric(_water, year.WaterPumping);
        context.WriteMetric(_renewable, year.Renewable);
        context.WriteMetric(_coalShare, year.CoalShare);
        context.WriteMetric(_co2, year.Co2);
        context.WriteMetric(_methane, year.Methane);
        context.WriteMetric(_ghg, year.Ghg);
        context.WriteMetric(_bauGhg, year.BauGhg);
        context.WriteMetric(_reduction, year.ReductionVsBau);
        context.WriteMetric(_gap, year.TargetGap);
        context.WriteMetric(_so2, year.So2);
        context.WriteMetric(_so2Removed, year.So2Removed);
        context.WriteMetric(_so2Concentration, year.So2Concentration);
        context.WriteMetric(_so2Ratio, year.So2StandardRatio);
        context.WriteMetric(_investment, year.Investment);
        context.WriteMetric(_co2Avoided, money.Avoided);
        context.WriteMetric(_costPerTonne, money.CostPerTonneAvoided);
    }
}
