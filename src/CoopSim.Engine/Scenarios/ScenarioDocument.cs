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

    [JsonPropertyName("$schema")]
    [Description("Where editors find this schema, relative to the file.")]
    public string? Schema { get; set; }

    [Description("The version of the scenario format; 1.")]
    public required int SchemaVersion { get; set; }

    [Description("A short name shown in tables and charts.")]
    public required string Name { get; set; }

    [Description("What the scenario represents and which facts it rests on.")]
    public string? Description { get; set; }

    [Description("A parent scenario file, relative to this one. Values here override the parent's (see docs/scenarios.md).")]
    public string? Extends { get; set; }

    [Description("The first simulated year.")]
    public required int StartYear { get; set; }

    [Description("The last simulated year (inclusive).")]
    public required int EndYear { get; set; }

    [Description("The random seed; a run is a pure function of the scenario, the plugin versions and this seed.")]
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
    [Description("The id used by programmes, lower case with '-', e.g. \"phnom-penh\".")]
    public required string Id { get; set; }

    [Description("The city's name.")]
    public string? Name { get; set; }

    [Description("The country.")]
    public string? Country { get; set; }

    [Description("Population in the start year (people).")]
    public required double Population { get; set; }

    [Description("Yearly population growth as a fraction (0.03 = 3% a year).")]
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
    public Dictionary<string, double> Parameters { get; set; } = [];

    [Description("Where each parameter value comes from, by parameter id, e.g. \"cases.md W1\".")]
    public Dictionary<string, string> Sources { get; set; } = [];

    [Description("The city's local capability in this sector and what shapes it (docs/models/cooperation.md).")]
    public CapacityDocument? Capacity { get; set; }
}

[Description("Capacity settings; unset values take the defaults in docs/models/cooperation.md.")]
public sealed class CapacityDocument
{
    [Description("Capacity in the start year, a fraction in [0, 1].")]
    public double? Initial { get; set; }

    [Description("Local eagerness to own the work, a fraction in [0, 1]; scales how much cooperation builds capacity.")]
    public double? Ownership { get; set; }

    [Description("Strength of local leadership, a fraction in [0, 1]; scales how much cooperation builds capacity.")]
    public double? Leadership { get; set; }

    [Description("Yearly share of built capacity lost through staff turnover, a fraction in [0, 1].")]
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
    [Description("A unique id within the programme, used to override or remove the phase in a child scenario.")]
    public required string Id { get; set; }

    [Description("The phase's name.")]
    public string? Name { get; set; }

    [Description("The first year of the phase.")]
    public required int From { get; set; }

    [Description("The last year of the phase (inclusive).")]
    public required int To { get; set; }

    [Description("The funding scheme, e.g. \"JICA Partnership Program\" or \"own budget\".")]
    public string? Scheme { get; set; }

    [Description("Funding for the whole phase (USD), spread evenly over its years.")]
    public double Funding { get; set; }

    [Description("What happens in each year of the phase.")]
    public ActivitiesDocument Activities { get; set; } = new();

    [Description("Where the phase's facts come from.")]
    public string? Source { get; set; }
}

[Description("Activities in each year of a phase.")]
public sealed class ActivitiesDocument
{
    [Description("Expert time dispatched to the receiving city per year (person-months).")]
    public double ExpertPersonMonths { get; set; }

    [Description("Receiving-city staff trained per year (people).")]
    public double Trainees { get; set; }

    [Description("Demonstration projects running per year (projects).")]
    public double Demonstrations { get; set; }

    [Description("Units of each technology adopted per year, by technology id declared by the sector plugin.")]
    public Dictionary<string, double> Technologies { get; set; } = [];
}

[Description("A funding scheme that stops: phases it funds end before the given year.")]
public sealed class FundingCutDocument
{
    [Description("The scheme's name, exactly as phases give it.")]
    public required string Scheme { get; set; }

    [Description("The first year without the scheme's funding.")]
    public required int FromYear { get; set; }
}
