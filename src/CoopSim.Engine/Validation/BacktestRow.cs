namespace CoopSim.Engine.Validation;

/// <summary>The fit of one metric of one city: its observations, paired with the run, and their statistics.</summary>
public sealed record BacktestRow(
    string CityId,
    string CityName,
    string SectorId,
    string MetricId,
    string Unit,
    IReadOnlyList<ObservationPair> Pairs,
    FitStatistics Statistics)
{
    /// <summary>How many observations the run meets within two of their standard deviations.</summary>
    public int WithinTwoUncertainties => Pairs.Count(p => Math.Abs(p.StandardisedError) <= 2);
}
