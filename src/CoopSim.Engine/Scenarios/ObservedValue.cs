namespace CoopSim.Engine.Scenarios;

/// <summary>
/// A checked observation: a measured value of a metric a run reports, with its uncertainty (one
/// standard deviation, in the metric's unit) and where it was written.
/// </summary>
public sealed record ObservedValue(
    string CityId,
    string SectorId,
    string MetricId,
    int Year,
    double Value,
    double Uncertainty,
    string Source,
    string JsonPath)
{
    /// <summary>The key of the series it belongs to, as <see cref="Simulation.MetricSeries.Key"/>.</summary>
    public string SeriesKey => $"{CityId}/{SectorId}/{MetricId}";
}
