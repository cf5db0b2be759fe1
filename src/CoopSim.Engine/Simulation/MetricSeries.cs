using CoopSim.Abstractions;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Engine.Simulation;

/// <summary>One metric of one sector in one city, a value per simulated year.</summary>
public sealed class MetricSeries
{
    /// <summary>Metric ids of the cooperation layer start with this, so they never meet a plugin's (which have no dots).</summary>
    public const string CooperationPrefix = "coop.";

    internal MetricSeries(ResolvedCity city, LoadedSectorInfo sector, MetricDeclaration metric, int firstYear, double[] values)
    {
        CityId = city.Id;
        CityName = city.Facts.Name;
        SectorId = sector.Id;
        SectorName = sector.DisplayName;
        Metric = metric;
        FirstYear = firstYear;
        Buffer = values;
    }

    private MetricSeries(MetricSeries source)
    {
        CityId = source.CityId;
        CityName = source.CityName;
        SectorId = source.SectorId;
        SectorName = source.SectorName;
        Metric = source.Metric;
        FirstYear = source.FirstYear;
        Buffer = (double[])source.Buffer.Clone();
    }

    public string CityId { get; }

    public string CityName { get; }

    public string SectorId { get; }

    public string SectorName { get; }

    public MetricDeclaration Metric { get; }

    public int FirstYear { get; }

    public bool IsCooperation => Metric.Id.StartsWith(CooperationPrefix, StringComparison.Ordinal);

    /// <summary>The values, index 0 for <see cref="FirstYear"/>; NaN for years a failed run never reached.</summary>
    public IReadOnlyList<double> Values => Buffer;

    internal double[] Buffer { get; }

    public double At(int year) => Buffer[year - FirstYear];

    public string Key => $"{CityId}/{SectorId}/{Metric.Id}";

    /// <summary>A series with its own copy of the values (for a run whose buffers an abandoned step may still write).</summary>
    internal MetricSeries Copy() => new(this);
}

/// <summary>The parts of a sector's identity a result keeps (results outlive plugin load contexts).</summary>
public sealed record LoadedSectorInfo(string Id, string DisplayName, Version Version);
