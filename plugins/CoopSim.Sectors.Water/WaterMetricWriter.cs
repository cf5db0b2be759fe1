using CoopSim.Abstractions;
using M = CoopSim.Sectors.Water.WaterMetrics;

namespace CoopSim.Sectors.Water;

/// <summary>Writes a year's results through handles resolved once, so a step allocates nothing.</summary>
internal sealed class WaterMetricWriter(ModelSetup setup)
{
    private readonly MetricHandle _nrw = setup.Metric(M.Nrw);
    private readonly MetricHandle _nrwPerConnection = setup.Metric(M.NrwPerConnection);
    private readonly MetricHandle _systemInput = setup.Metric(M.SystemInput);
    private readonly MetricHandle _authorised = setup.Metric(M.AuthorisedConsumption);
    private readonly MetricHandle _billed = setup.Metric(M.BilledConsumption);
    private readonly MetricHandle _apparent = setup.Metric(M.ApparentLosses);
    private readonly MetricHandle _real = setup.Metric(M.RealLosses);
    private readonly MetricHandle _nonRevenue = setup.Metric(M.NonRevenueWater);
    private readonly MetricHandle _ili = setup.Metric(M.Ili);
    private readonly MetricHandle _coverage = setup.Metric(M.Coverage);
    private readonly MetricHandle _peopleServed = setup.Metric(M.PeopleServed);
    private readonly MetricHandle _hours = setup.Metric(M.SupplyHours);
    private readonly MetricHandle _connections = setup.Metric(M.Connections);
    private readonly MetricHandle _mains = setup.Metric(M.MainsLength);
    private readonly MetricHandle _pressure = setup.Metric(M.Pressure);
    private readonly MetricHandle _production = setup.Metric(M.ProductionCapacity);
    private readonly MetricHandle _blocked = setup.Metric(M.BlockedShare);
    private readonly MetricHandle _treated = setup.Metric(M.AdvancedTreatedShare);
    private readonly MetricHandle _pumping = setup.Metric(M.PumpingEnergy);
    private readonly MetricHandle _investment = setup.Metric(M.Investment);
    private readonly MetricHandle _running = setup.Metric(M.RunningCost);
    private readonly MetricHandle _ownCrews = setup.Metric(M.OwnCrews);
    private readonly MetricHandle _practiceCost = setup.Metric(M.PracticeCost);
    private readonly MetricHandle _nrwSaved = setup.Metric(M.NrwSaved);
    private readonly MetricHandle _costPerNrwSaved = setup.Metric(M.CostPerNrwSaved);
    private readonly PublishedSignalHandle _pumpingSignal = setup.PublishedSignal(M.PumpingEnergySignal);

    public void Write(StepContext context, in WaterYear year)
    {
        var balance = year.Balance;
        context.WriteMetric(_nrw, balance.NrwShare);
        context.WriteMetric(_nrwPerConnection, year.NrwPerConnection);
        context.WriteMetric(_systemInput, balance.SystemInput);
        context.WriteMetric(_authorised, balance.Authorised);
        context.WriteMetric(_billed, balance.Billed);
        context.WriteMetric(_apparent, balance.Apparent);
        context.WriteMetric(_real, balance.Real);
        context.WriteMetric(_nonRevenue, balance.NonRevenue);
        context.WriteMetric(_ili, year.Ili);
        context.WriteMetric(_coverage, year.Coverage);
        context.WriteMetric(_peopleServed, year.PeopleServed);
        context.WriteMetric(_hours, year.Hours);
        context.WriteMetric(_connections, year.Connections);
        context.WriteMetric(_mains, year.MainsLength);
        context.WriteMetric(_pressure, year.Pressure);
        context.WriteMetric(_production, year.Production);
        context.WriteMetric(_blocked, year.BlockedShare);
        context.WriteMetric(_treated, year.AdvancedTreatedShare);
        context.WriteMetric(_pumping, year.PumpingEnergy);
        context.WriteMetric(_investment, year.Investment);
        context.WriteMetric(_running, year.RunningCost);
        context.WriteMetric(_ownCrews, year.OwnCrews);
        context.WriteMetric(_practiceCost, year.PracticeCost);
        context.WriteMetric(_nrwSaved, year.NrwSaved);
        context.WriteMetric(_costPerNrwSaved, year.CostPerNrwSaved);
        context.PublishSignal(_pumpingSignal, year.PumpingEnergy);
    }
}
