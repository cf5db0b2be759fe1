namespace CoopSim.Testing;

/// <summary>
/// How hard the conformance kit tries and over which inputs. The defaults cover what the host
/// accepts in a scenario (docs/plugins.md, "The conformance kit") and are reproducible: the same
/// options generate the same cases on every machine.
/// </summary>
public sealed class ConformanceOptions
{
    /// <summary>The seed the default options use, so a conformance run is the same everywhere.</summary>
    public const int DefaultSeed = 20180701;

    /// <summary>Generated cases per property (default 100).</summary>
    public int Cases { get; init; } = 100;

    /// <summary>The longest run generated, in years (default 40).</summary>
    public int MaxYears { get; init; } = 40;

    /// <summary>The seed of case generation; null draws a new one each time (default <see cref="DefaultSeed"/>).</summary>
    public int? Seed { get; init; } = DefaultSeed;

    /// <summary>The smallest start-year population generated (default 1,000 people).</summary>
    public double MinPopulation { get; init; } = 1e3;

    /// <summary>The largest start-year population generated (default 100 million, the host's limit).</summary>
    public double MaxPopulation { get; init; } = 1e8;

    /// <summary>The most units of one technology adopted in one year (default 100).</summary>
    public double MaxTechnologyPerYear { get; init; } = 100;

    /// <summary>Whether to check that a step allocates nothing once the model is warm (default true).</summary>
    public bool CheckAllocations { get; init; } = true;

    /// <summary>How long the whole check may take before it is reported as stuck (default two minutes).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Values to feed for read signals whose declaration has no finite range, by signal id. A read
    /// with neither a declared range nor an entry here is tested only as absent.
    /// </summary>
    public IReadOnlyDictionary<string, ValueRange> SignalRanges { get; init; } = new Dictionary<string, ValueRange>();
}
