using CoopSim.Engine.Scenarios;

namespace CoopSim.Engine.Simulation;

/// <summary>
/// The outcome of one run: a time series per city, sector and metric, notes a planner should read,
/// and the failure that stopped the run, if any.
/// </summary>
public sealed class RunResult
{
    private readonly Dictionary<string, MetricSeries> _byKey;

    internal RunResult(ResolvedScenario scenario, int seed, IReadOnlyList<MetricSeries> series, IReadOnlyList<string> notes, RunFailure? failure)
    {
        Scenario = scenario;
        Seed = seed;
        Series = series;
        Notes = notes;
        Failure = failure;
        Years = Enumerable.Range(scenario.StartYear, scenario.YearCount).ToArray();
        _byKey = series.ToDictionary(s => s.Key, StringComparer.Ordinal);
    }

    public ResolvedScenario Scenario { get; }

    public string ScenarioName => Scenario.Name;

    public int Seed { get; }

    public IReadOnlyList<int> Years { get; }

    public IReadOnlyList<MetricSeries> Series { get; }

    public IReadOnlyList<string> Notes { get; }

    public RunFailure? Failure { get; }

    public bool Succeeded => Failure is null;

    public MetricSeries? Find(string cityId, string sectorId, string metricId) =>
        _byKey.GetValueOrDefault($"{cityId}/{sectorId}/{metricId}");
}

/// <summary>Which plugin failed, for which city and year, and how.</summary>
public sealed record RunFailure(string SectorId, string CityId, int Year, string Message)
{
    public override string ToString() => $"the '{SectorId}' sector failed for city '{CityId}' in {Year}: {Message}";
}
