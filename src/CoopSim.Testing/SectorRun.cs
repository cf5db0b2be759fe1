using CoopSim.Abstractions;

namespace CoopSim.Testing;

/// <summary>The outcome of one case run through <see cref="SectorHarness"/>: each metric and published signal, a value per year.</summary>
public sealed class SectorRun
{
    private readonly SectorDescriptor _sector;
    private readonly double[][] _metrics;
    private readonly double[][] _published;

    internal SectorRun(SectorDescriptor sector, ConformanceCase @case, double[][] metrics, double[][] published, long allocatedAfterFirstYear)
    {
        _sector = sector;
        Case = @case;
        _metrics = metrics;
        _published = published;
        AllocatedBytesAfterFirstYear = allocatedAfterFirstYear;
    }

    /// <summary>The case that was run.</summary>
    public ConformanceCase Case { get; }

    /// <summary>Bytes the model allocated on the stepping thread in every step after the first year.</summary>
    public long AllocatedBytesAfterFirstYear { get; }

    /// <summary>The values of a declared metric, index 0 for the start year.</summary>
    /// <param name="id">The metric id.</param>
    /// <returns>One value per year.</returns>
    /// <exception cref="ArgumentException">The sector declares no such metric.</exception>
    public IReadOnlyList<double> Metric(string id) => _metrics[IndexOf(_sector.Metrics.Select(m => m.Id), id, "metric")];

    /// <summary>The values of a published signal, index 0 for the start year.</summary>
    /// <param name="id">The signal id.</param>
    /// <returns>One value per year.</returns>
    /// <exception cref="ArgumentException">The sector declares no such published signal.</exception>
    public IReadOnlyList<double> Signal(string id) => _published[IndexOf(_sector.Publishes.Select(p => p.Id), id, "published signal")];

    /// <summary>Whether every metric and published signal has bit-for-bit the same values in both runs.</summary>
    /// <param name="other">Another run of the same sector.</param>
    /// <returns>True when identical.</returns>
    public bool SameValuesAs(SectorRun other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Same(_metrics, other._metrics) && Same(_published, other._published);
    }

    /// <summary>The first difference from another run, as text, or null when there is none.</summary>
    /// <param name="other">Another run of the same sector.</param>
    /// <returns>The difference.</returns>
    public string? FirstDifference(SectorRun other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var m = 0; m < _metrics.Length; m++)
        {
            var t = FirstDiffering(_metrics[m], other._metrics[m]);
            if (t >= 0)
            {
                return $"metric '{_sector.Metrics[m].Id}' in {Case.StartYear + t}: {_metrics[m][t]:R} versus {other._metrics[m][t]:R}";
            }
        }

        for (var s = 0; s < _published.Length; s++)
        {
            var t = FirstDiffering(_published[s], other._published[s]);
            if (t >= 0)
            {
                return $"signal '{_sector.Publishes[s].Id}' in {Case.StartYear + t}: {_published[s][t]:R} versus {other._published[s][t]:R}";
            }
        }

        return null;
    }

    private static bool Same(double[][] a, double[][] b) => a.Length == b.Length && a.Zip(b).All(p => FirstDiffering(p.First, p.Second) < 0);

    private static int FirstDiffering(double[] a, double[] b)
    {
        for (var t = 0; t < Math.Min(a.Length, b.Length); t++)
        {
            if (BitConverter.DoubleToInt64Bits(a[t]) != BitConverter.DoubleToInt64Bits(b[t]))
            {
                return t;
            }
        }

        return a.Length == b.Length ? -1 : Math.Min(a.Length, b.Length);
    }

    private static int IndexOf(IEnumerable<string> ids, string id, string kind)
    {
        var index = ids.ToList().IndexOf(id);
        return index >= 0 ? index : throw new ArgumentException($"the sector declares no {kind} '{id}'", nameof(id));
    }
}
