using CoopSim.Abstractions;

namespace CoopSim.Sectors.Sanitation;

/// <summary>One city's sanitation; the equations are numbered as in docs/models/sanitation.md.</summary>
internal sealed class SanitationModel : ISectorModel
{
    /// <summary>B0: maximum methane from a kilogram of BOD (IPCC 2006 vol. 5 ch. 6, Table 6.2).</summary>
    private const double MethanePerBod = 0.6;

    /// <summary>MCF of untreated wastewater discharged to rivers (IPCC 2006 vol. 5 ch. 6, Table 6.3).</summary>
    private const double RiverMcf = 0.1;

    /// <summary>MCF of septic systems (IPCC 2006 vol. 5 ch. 6, Table 6.3).</summary>
    private const double SepticMcf = 0.5;

    private readonly double _extensionRate;
    private readonly double _initialPlant;
    private readonly double _minimumOperation;
    private readonly double _peoplePerJokaso;
    private readonly double _rolloutRate;
    private readonly double _wastewaterPerPerson;
    private readonly double _bodPerCapita;
    private readonly double _septicRemoval;
    private readonly double _plantRemoval;
    private readonly double _jokasoRemoval;
    private readonly double _assumedAwareness;
    private readonly MetricHandle _sewerConnection;
    private readonly MetricHandle _decentralised;
    private readonly MetricHandle _treated;
    private readonly MetricHandle _generated;
    private readonly MetricHandle _bod;
    private readonly MetricHandle _methane;
    private readonly PublishedSignalHandle _treatedSignal;
    private readonly ReadSignalHandle _awareness;
    private readonly TechnologyHandle _jokaso;
    private readonly TechnologyHandle _plant;
    private double _sewered;
    private double _ownUnits;
    private double _decentralisedShare;

    public SanitationModel(ModelSetup setup)
    {
        _sewered = setup.Parameter(SanitationSector.InitialSewerConnection);
        _extensionRate = setup.Parameter(SanitationSector.SewerExtensionRate);
        _initialPlant = setup.Parameter(SanitationSector.TreatmentCapacity);
        _minimumOperation = setup.Parameter(SanitationSector.MinimumOperation);
        _peoplePerJokaso = setup.Parameter(SanitationSector.PeoplePerJokaso);
        _rolloutRate = setup.Parameter(SanitationSector.RolloutRate);
        _wastewaterPerPerson = setup.Parameter(SanitationSector.WaterUse) * setup.Parameter(SanitationSector.ReturnFactor) / 1000.0;
        _bodPerCapita = setup.Parameter(SanitationSector.BodPerCapita);
        _septicRemoval = setup.Parameter(SanitationSector.SepticRemoval);
        _plantRemoval = setup.Parameter(SanitationSector.PlantRemoval);
        _jokasoRemoval = setup.Parameter(SanitationSector.JokasoRemoval);
        _assumedAwareness = setup.Parameter(SanitationSector.AssumedAwareness);
        _sewerConnection = setup.Metric(SanitationSector.SewerConnection);
        _decentralised = setup.Metric(SanitationSector.DecentralisedTreatment);
        _treated = setup.Metric(SanitationSector.WastewaterTreated);
        _generated = setup.Metric(SanitationSector.WastewaterGenerated);
        _bod = setup.Metric(SanitationSector.BodDischarged);
        _methane = setup.Metric(SanitationSector.Methane);
        _treatedSignal = setup.PublishedSignal(SanitationSector.WastewaterTreatedShareSignal);
        _awareness = setup.ReadSignal(SanitationSector.AwarenessIndexSignal);
        _jokaso = setup.Technology(SanitationSector.Jokaso);
        _plant = setup.Technology(SanitationSector.TreatmentPlant);
    }

    public void Step(StepContext context)
    {
        var capacity = context.Cooperation.Capacity;
        var population = context.Population;
        if (context.YearIndex > 0)
        {
            // (1) Sewers reach the people not yet served, paced by capacity and residents' awareness.
            var awareness = context.HasSignal(_awareness) ? context.ReadSignal(_awareness) : _assumedAwareness;
            var unserved = Math.Max(0.0, 1.0 - _sewered - _decentralisedShare);
            _sewered = Math.Min(1.0, _sewered + (_extensionRate * capacity * (0.5 + awareness) * unserved));

            // (2) The city copies the units in place on its own budget, as far as people without sewers need them.
            var previousUnits = context.TechnologyInPlace(_jokaso) - context.TechnologyAdopted(_jokaso) + _ownUnits;
            var needed = (1.0 - _sewered) * population / _peoplePerJokaso;
            _ownUnits = Math.Max(0.0, Math.Min(_ownUnits + (_rolloutRate * capacity * previousUnits), needed - context.TechnologyInPlace(_jokaso)));
        }

        // (3) Decentralised treatment serves the people its units can, among those without sewers.
        var units = context.TechnologyInPlace(_jokaso) + _ownUnits;
        _decentralisedShare = Math.Min(1.0 - _sewered, units * _peoplePerJokaso / population);

        // (4) Wastewater; (5) the share of sewage a plant treats, limited by its capacity and how well it is run.
        var generated = population * _wastewaterPerPerson;
        var sewage = _sewered * generated;
        var operation = _minimumOperation + ((1.0 - _minimumOperation) * capacity);
        var plant = (_initialPlant + context.TechnologyInPlace(_plant)) * operation;
        var plantShare = sewage > 0 ? Math.Min(1.0, plant / sewage) : 0.0;

        // (6) Treated share; (7) BOD reaching water; (8) methane from septic tanks and untreated discharge.
        var septic = Math.Max(0.0, 1.0 - _sewered - _decentralisedShare);
        var treated = Math.Min(1.0, (_sewered * plantShare) + _decentralisedShare);
        var bodLoad = population * _bodPerCapita / 1e6;
        var passing = (_sewered * plantShare * (1.0 - _plantRemoval)) + (_sewered * (1.0 - plantShare))
                      + (_decentralisedShare * (1.0 - _jokasoRemoval)) + (septic * (1.0 - _septicRemoval));
        var methane = 365.0 * bodLoad * MethanePerBod * ((_sewered * (1.0 - plantShare) * RiverMcf) + (septic * SepticMcf));

        context.WriteMetric(_sewerConnection, _sewered);
        context.WriteMetric(_decentralised, _decentralisedShare);
        context.WriteMetric(_treated, treated);
        context.WriteMetric(_generated, generated);
        context.WriteMetric(_bod, bodLoad * passing);
        context.WriteMetric(_methane, methane);
        context.PublishSignal(_treatedSignal, treated);
    }
}
