using System.ComponentModel;
using System.Text.Json.Serialization;

namespace CoopSim.Engine.Scenarios;

/// <summary>
/// A scenario file as written. Bound from JSON by <see cref="DocumentBinder"/> and exported as a
/// JSON Schema by <see cref="ScenarioSchema"/>, so the descriptions here are what editors show.
/// </summary>
[Description("A CoopSim scenario: cities, their sectors and the cooperation programmes between them, over a span of years.")]
public sealed class ScenarioDocument
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>The years CoopSim simulates.</summary>
    public const int FirstYear = 1900;

    public const int LastYear = 2200;

    [JsonPropertyName("$schema")]
    [Description("Where editors find this schema, relative to the file.")]
    public string? Schema { get; set; }

    [Description("The version of the scenario format; 1.")]
    [ScenarioField(Minimum = CurrentSchemaVersion, Maximum = CurrentSchemaVersion, Example = CurrentSchemaVersion)]
    public required int SchemaVersion { get; set; }

    [Description("A short name shown in tables and charts.")]
    public required string Name { get; set; }

    [Description("What the scenario represents and which facts it rests on.")]
    public string? Description { get; set; }

    [Description("A parent scenario file, relative to this one. Values here override the parent's (see docs/scenarios.md).")]
    public string? Extends { get; set; }

    [Description("The first simulated year.")]
    [ScenarioField(Minimum = FirstYear, Maximum = LastYear, Example = 1998)]
    public required int StartYear { get; set; }

    [Description("The last simulated year (inclusive).")]
    [ScenarioField(Minimum = FirstYear, Maximum = LastYear, Example = 2010)]
    public required int EndYear { get; set; }

    [Description("The random seed; a run is a pure function of the scenario, the plugin versions and this seed.")]
    [ScenarioField(Default = 1, Example = 1)]
    public int Seed { get; set; } = 1;

    [Description("Where the scenario's figures come from, e.g. \"cases.md W1-W4\".")]
    public string? Source { get; set; }

    [Description("Cities: receiving cities (with sectors to simulate) and partner cities (with none).")]
    public List<CityDocument> Cities { get; set; } = [];

    [Description("Cooperation programmes: a partner's work with a city in one sector, in phases.")]
    public List<ProgrammeDocument> Programmes { get; set; } = [];

    [Description("Funding schemes that stop from a given year: every phase funded by the scheme ends the year before.")]
    public List<FundingCutDocument> FundingCuts { get; set; } = [];

    [Description("Changes in a city's capacity settings in a sector from a year on (docs/models/cooperation.md).")]
    public List<CapacityChangeDocument> CapacityChanges { get; set; } = [];

    [Description("Measured values to check runs against (`coopsim backtest`) and to fit parameters to (`coopsim calibrate`); see docs/models/validation.md.")]
    public List<ObservedValueDocument> Observations { get; set; } = [];
}

[Description("A city. It is simulated in each sector listed under 'sectors'.")]
public sealed class CityDocument
{
    /// <summary>No city is larger (the largest urban areas hold about 40 million people).</summary>
    public const double MaxPopulation = 1e8;

    [Description("The id used by programmes, lower case with '-', e.g. \"phnom-penh\".")]
    public required string Id { get; set; }

    [Description("The city's name.")]
    public string? Name { get; set; }

    [Description("The country.")]
    public string? Country { get; set; }

    [Description("Population in the start year.")]
    [ScenarioField(Unit = "people", Minimum = 0, MinimumExclusive = true, Maximum = MaxPopulation, MaximumIsCeiling = true, Example = 1_500_000)]
    public required double Population { get; set; }

    [Description("Yearly population growth (0.03 = 3% a year).")]
    [ScenarioField(Unit = "fraction", Minimum = -0.5, Maximum = 0.5, Default = 0, Example = 0.03)]
    public double PopulationGrowth { get; set; }

    [Description("Where the city's figures come from.")]
    public string? Source { get; set; }

    [Description("The sectors simulated for this city, by sector id (e.g. \"water\"), with their parameters.")]
    public Dictionary<string, CitySectorDocument> Sectors { get; set; } = [];
}

[Description("One sector of one city: the plugin's parameters and the city's capacity in the sector.")]
public sealed class CitySectorDocument
{
    [Description("Values for the sector plugin's parameters, by parameter id; unset ones take the plugin's default. `coopsim plugins` lists them.")]
    [ScenarioField] // Each parameter's unit, range and default are the plugin's declaration.
    public Dictionary<string, double> Parameters { get; set; } = [];

    [Description("Where each parameter value comes from, by parameter id, e.g. \"cases.md W1\".")]
    public Dictionary<string, string> Sources { get; set; } = [];

    [Description("The city's local capability in this sector and what shapes it (docs/models/cooperation.md).")]
    public CapacityDocument? Capacity { get; set; }

    [Description("Inputs that are uncertain, by parameter id or \"capacity.<setting>\", each with a distribution `coopsim ensemble` samples; `run` keeps the value written above (docs/ensembles.md).")]
    public Dictionary<string, UncertainInputDocument> Uncertain { get; set; } = [];
}

[Description("A distribution for one uncertain input, and why it is that wide.")]
public sealed class UncertainInputDocument
{
    [Description("uniform(min, max), triangular(min, mode, max), normal(mean, sd[, min, max]), lognormal(median, sdOfLog[, min, max]) or discrete(v1, v2, ...); normal and lognormal are cut to the input's accepted range unless given bounds inside it.")]
    public required string Distribution { get; set; }

    [Description("Where the spread comes from, or that it is an assumption.")]
    public string? Source { get; set; }
}

[Description("Capacity settings; unset values take the defaults (docs/models/cooperation.md gives their grounds).")]
public sealed class CapacityDocument
{
    [Description("Capacity in the start year.")]
    [ScenarioField(Unit = "fraction", Minimum = 0, Maximum = 1, Default = 0.2, Example = 0.2)]
    public double? Initial { get; set; }

    [Description("Local eagerness to own the work; scales how much cooperation builds capacity.")]
    [ScenarioField(Unit = "fraction", Minimum = 0, Maximum = 1, Default = 0.8, Example = 0.95)]
    public double? Ownership { get; set; }

    [Description("Strength of local leadership; scales how much cooperation builds capacity.")]
    [ScenarioField(Unit = "fraction", Minimum = 0, Maximum = 1, Default = 0.8, Example = 0.95)]
    public double? Leadership { get; set; }

    [Description("Yearly share of built capacity lost through staff turnover.")]
    [ScenarioField(Unit = "fraction", Minimum = 0, Maximum = 1, Default = 0.05, Example = 0.05)]
    public double? Turnover { get; set; }

    [Description("Where these values come from.")]
    public string? Source { get; set; }
}

[Description("A partner city's cooperation with a receiving city in one sector.")]
public sealed class ProgrammeDocument
{
    [Description("A unique id, used to override or remove the programme in a child scenario.")]
    public required string Id { get; set; }

    [Description("The partner (mentor) city's id.")]
    public required string Partner { get; set; }

    [Description("The receiving city's id.")]
    public required string City { get; set; }

    [Description("The sector id, e.g. \"water\".")]
    public required string Sector { get; set; }

    [Description("What the programme does.")]
    public string? Description { get; set; }

    [Description("Where the programme's facts come from, e.g. \"cases.md W2\".")]
    public string? Source { get; set; }

    [Description("The programme's phases, each funded by one scheme.")]
    public List<PhaseDocument> Phases { get; set; } = [];
}

[Description("A phase of a programme: years, a funding scheme and yearly activities.")]
public sealed class PhaseDocument
{
    /// <summary>A plausibility ceiling on a phase's funding, far above any programme in the cases.</summary>
    public const double MaxFunding = 1e12;

    [Description("A unique id within the programme, used to override or remove the phase in a child scenario.")]
    public required string Id { get; set; }

    [Description("The phase's name.")]
    public string? Name { get; set; }

    [Description("The first year of the phase.")]
    [ScenarioField(Minimum = ScenarioDocument.FirstYear, Maximum = ScenarioDocument.LastYear, Example = 1999)]
    public required int From { get; set; }

    [Description("The last year of the phase (inclusive).")]
    [ScenarioField(Minimum = ScenarioDocument.FirstYear, Maximum = ScenarioDocument.LastYear, Example = 2002)]
    public required int To { get; set; }

    [Description("The funding scheme, e.g. \"JICA Partnership Program\" or \"own budget\". Funding cuts name schemes.")]
    public string? Scheme { get; set; }

    [Description("Funding for the whole phase, spread evenly over its years.")]
    [ScenarioField(Unit = "USD", Minimum = 0, Maximum = MaxFunding, MaximumIsCeiling = true, Default = 0, Example = 400_000)]
    public double Funding { get; set; }

    [Description("What happens in each year of the phase.")]
    public ActivitiesDocument Activities { get; set; } = new();

    [Description("Where the phase's facts come from.")]
    public string? Source { get; set; }
}

[Description("Activities in each year of a phase.")]
public sealed class ActivitiesDocument
{
    /// <summary>
    /// A plausibility ceiling on each yearly activity: far above any programme in the cases, low
    /// enough that no model meets a number it cannot represent.
    /// </summary>
    public const double MaxYearly = 1e7;

    [Description("Expert time dispatched to the receiving city per year.")]
    [ScenarioField(Unit = "person-months/year", Minimum = 0, Maximum = MaxYearly, MaximumIsCeiling = true, Default = 0, Example = 12)]
    public double ExpertPersonMonths { get; set; }

    [Description("Receiving-city staff trained per year.")]
    [ScenarioField(Unit = "people/year", Minimum = 0, Maximum = MaxYearly, MaximumIsCeiling = true, Default = 0, Example = 4)]
    public double Trainees { get; set; }

    [Description("Demonstration projects running per year.")]
    [ScenarioField(Unit = "projects/year", Minimum = 0, Maximum = MaxYearly, MaximumIsCeiling = true, Default = 0, Example = 1)]
    public double Demonstrations { get; set; }

    [Description("Units of each technology adopted per year, by technology id, in the unit the sector plugin declares.")]
    [ScenarioField(Minimum = 0, Maximum = MaxYearly, MaximumIsCeiling = true, Default = 0, Example = 10)]
    public Dictionary<string, double> Technologies { get; set; } = [];
}

[Description("A funding scheme that stops: phases it funds end before the given year.")]
public sealed class FundingCutDocument
{
    [Description("The scheme's name, exactly as phases give it.")]
    public required string Scheme { get; set; }

    [Description("The first year without the scheme's funding.")]
    [ScenarioField(Minimum = ScenarioDocument.FirstYear, Maximum = ScenarioDocument.LastYear, Example = 2006)]
    public required int FromYear { get; set; }
}
