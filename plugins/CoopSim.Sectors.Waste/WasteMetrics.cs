using CoopSim.Abstractions;

namespace CoopSim.Sectors.Waste;

/// <summary>The waste sector's metric handles, resolved once per model.</summary>
internal sealed class WasteMetrics(ModelSetup setup)
{
    public MetricHandle Generated { get; } = setup.Metric("generated");

    public MetricHandle GenerationPerCapita { get; } = setup.Metric("generationPerCapita");

    public MetricHandle HomeComposted { get; } = setup.Metric("homeComposted");

    public MetricHandle Recycled { get; } = setup.Metric("recycled");

    public MetricHandle CentreComposted { get; } = setup.Metric("centreComposted");

    public MetricHandle CompostCapacity { get; } = setup.Metric("compostCapacity");

    public MetricHandle SeparatedOrganics { get; } = setup.Metric("separatedOrganics");

    public MetricHandle SeparatedFromHouseholds { get; } = setup.Metric("separatedFromHouseholds");

    public MetricHandle SeparatedFromMarkets { get; } = setup.Metric("separatedFromMarkets");

    public MetricHandle SeparatedFromHospitality { get; } = setup.Metric("separatedFromHospitality");

    public MetricHandle MarketParticipation { get; } = setup.Metric("marketParticipation");

    public MetricHandle HospitalityParticipation { get; } = setup.Metric("hospitalityParticipation");

    public MetricHandle OpenDumping { get; } = setup.Metric("openDumping");

    public MetricHandle IntermediateTreatment { get; } = setup.Metric("intermediateTreatment");

    public MetricHandle Incinerated { get; } = setup.Metric("incinerated");

    public MetricHandle FinalDisposal { get; } = setup.Metric("finalDisposal");

    public MetricHandle Diversion { get; } = setup.Metric("diversion");

    public MetricHandle OrganicDiverted { get; } = setup.Metric("organicDiverted");

    public MetricHandle HouseholdsComposting { get; } = setup.Metric("householdsComposting");

    public MetricHandle HouseholdsSeparating { get; } = setup.Metric("householdsSeparating");

    public MetricHandle CadreReach { get; } = setup.Metric("cadreReach");

    public MetricHandle BasketsHandedOut { get; } = setup.Metric("basketsHandedOut");

    public MetricHandle CompostCentres { get; } = setup.Metric("compostCentres");

    public MetricHandle WasteBanks { get; } = setup.Metric("wasteBanks");

    public MetricHandle DdocmDeposited { get; } = setup.Metric("ddocmDeposited");

    public MetricHandle DdocmAccumulated { get; } = setup.Metric("ddocmAccumulated");

    public MetricHandle MethaneGenerated { get; } = setup.Metric("methaneGenerated");

    public MetricHandle MethaneRecovered { get; } = setup.Metric("methaneRecovered");

    public MetricHandle Methane { get; } = setup.Metric("methane");

    public MetricHandle MethaneEmissions { get; } = setup.Metric("methaneEmissions");

    public MetricHandle IncinerationCo2 { get; } = setup.Metric("incinerationCo2");

    public MetricHandle TechnologyCost { get; } = setup.Metric("technologyCost");

    public MetricHandle DisposalCost { get; } = setup.Metric("disposalCost");

    public MetricHandle DivertedFromDisposal { get; } = setup.Metric("divertedFromDisposal");

    public MetricHandle CostPerTonneDiverted { get; } = setup.Metric("costPerTonneDiverted");

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
