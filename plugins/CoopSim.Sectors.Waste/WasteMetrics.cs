using CoopSim.Abstractions;
using M = CoopSim.Sectors.Waste.WasteMetricDeclarations;

namespace CoopSim.Sectors.Waste;

/// <summary>The waste sector's metric handles, resolved once per model.</summary>
internal sealed class WasteMetrics(ModelSetup setup)
{
    public MetricHandle Generated { get; } = setup.Metric(M.Generated);

    public MetricHandle GenerationPerCapita { get; } = setup.Metric(M.GenerationPerCapita);

    public MetricHandle HomeComposted { get; } = setup.Metric(M.HomeComposted);

    public MetricHandle Recycled { get; } = setup.Metric(M.Recycled);

    public MetricHandle CentreComposted { get; } = setup.Metric(M.CentreComposted);

    public MetricHandle CompostCapacity { get; } = setup.Metric(M.CompostCapacity);

    public MetricHandle SeparatedOrganics { get; } = setup.Metric(M.SeparatedOrganics);

    public MetricHandle SeparatedFromHouseholds { get; } = setup.Metric(M.SeparatedFromHouseholds);

    public MetricHandle SeparatedFromMarkets { get; } = setup.Metric(M.SeparatedFromMarkets);

    public MetricHandle SeparatedFromHospitality { get; } = setup.Metric(M.SeparatedFromHospitality);

    public MetricHandle MarketParticipation { get; } = setup.Metric(M.MarketParticipation);

    public MetricHandle HospitalityParticipation { get; } = setup.Metric(M.HospitalityParticipation);

    public MetricHandle OpenDumping { get; } = setup.Metric(M.OpenDumping);

    public MetricHandle IntermediateTreatment { get; } = setup.Metric(M.IntermediateTreatment);

    public MetricHandle Incinerated { get; } = setup.Metric(M.Incinerated);

    public MetricHandle FinalDisposal { get; } = setup.Metric(M.FinalDisposal);

    public MetricHandle Diversion { get; } = setup.Metric(M.Diversion);

    public MetricHandle OrganicDiverted { get; } = setup.Metric(M.OrganicDiverted);

    public MetricHandle HouseholdsComposting { get; } = setup.Metric(M.HouseholdsComposting);

    public MetricHandle HouseholdsSeparating { get; } = setup.Metric(M.HouseholdsSeparating);

    public MetricHandle CadreReach { get; } = setup.Metric(M.CadreReach);

    public MetricHandle BasketsHandedOut { get; } = setup.Metric(M.BasketsHandedOut);

    public MetricHandle CompostCentres { get; } = setup.Metric(M.CompostCentres);

    public MetricHandle WasteBanks { get; } = setup.Metric(M.WasteBanks);

    public MetricHandle DdocmDeposited { get; } = setup.Metric(M.DdocmDeposited);

    public MetricHandle DdocmAccumulated { get; } = setup.Metric(M.DdocmAccumulated);

    public MetricHandle MethaneGenerated { get; } = setup.Metric(M.MethaneGenerated);

    public MetricHandle MethaneRecovered { get; } = setup.Metric(M.MethaneRecovered);

    public MetricHandle Methane { get; } = setup.Metric(M.Methane);

    public MetricHandle MethaneEmissions { get; } = setup.Metric(M.MethaneEmissions);

    public MetricHandle IncinerationCo2 { get; } = setup.Metric(M.IncinerationCo2);

    public MetricHandle TechnologyCost { get; } = setup.Metric(M.TechnologyCost);

    public MetricHandle DisposalCost { get; } = setup.Metric(M.DisposalCost);

    public MetricHandle DivertedFromDisposal { get; } = setup.Metric(M.DivertedFromDisposal);

    public MetricHandle CostPerTonneDiverted { get; } = setup.Metric(M.CostPerTonneDiverted);

    /// <summary>Writes what separate collection brought and what the compost plants could take.</summary>
    public void WriteCollection(StepContext context, WasteFlows flows, SeparateCollection collection, double plantCapacity)
    {
        context.WriteMetric(CompostCapacity, plantCapacity);
        context.WriteMetric(SeparatedOrganics, flows.SeparatedOrganics);
        context.WriteMetric(SeparatedFromHouseholds, flows.SeparatedFromHouseholds);
        context.WriteMetric(SeparatedFromMarkets, flows.SeparatedFromMarkets);
        context.WriteMetric(SeparatedFromHospitality, flows.SeparatedFromHospitality);
        context.WriteMetric(MarketParticipation, collection.MarketParticipation);
        context.WriteMetric(HospitalityParticipation, collection.HospitalityParticipation);
    }
}
