namespace CoopSim.Abstractions;

/// <summary>
/// What a model receives when it is created: the city, the run's years and seed, the validated
/// parameter values, and the handles through which it writes metrics and reads or publishes signals.
/// </summary>
public sealed class ModelSetup
{
    private readonly SectorDescriptor _descriptor;
    private readonly IReadOnlyDictionary<string, double> _parameters;

    /// <summary>Creates a setup; the host and the conformance kit call this, plugins do not.</summary>
    /// <param name="descriptor">The sector's declaration.</param>
    /// <param name="city">The city the model is for.</param>
    /// <param name="startYear">The first simulated year.</param>
    /// <param name="endYear">The last simulated year (inclusive).</param>
    /// <param name="seed">The seed for this city and sector in this run.</param>
    /// <param name="parameters">A value for every declared parameter, already validated.</param>
    public ModelSetup(
        SectorDescriptor descriptor,
        CityFacts city,
        int startYear,
        int endYear,
        int seed,
        IReadOnlyDictionary<string, double> parameters)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(parameters);
        _descriptor = descriptor;
        _parameters = parameters;
        City = city;
        StartYear = startYear;
        EndYear = endYear;
        Seed = seed;
    }

    /// <summary>The city the model is for.</summary>
    public CityFacts City { get; }

    /// <summary>The first simulated year.</summary>
    public int StartYear { get; }

    /// <summary>The last simulated year (inclusive).</summary>
    public int EndYear { get; }

    /// <summary>
    /// The seed for this city and sector in this run; use it for every random draw so that a run
    /// is a pure function of its scenario and seed.
    /// </summary>
    public int Seed { get; }

    /// <summary>The value of a declared parameter: the scenario's value or the declared default.</summary>
    /// <param name="id">The parameter id.</param>
    /// <returns>The value, within the declared range.</returns>
    /// <exception cref="ArgumentException">The sector does not declare the parameter.</exception>
    public double Parameter(string id) =>
        _parameters.TryGetValue(id, out var value)
            ? value
            : throw new ArgumentException($"Sector '{_descriptor.Id}' declares no parameter '{id}'.", nameof(id));

    /// <summary>The handle of a declared metric.</summary>
    /// <param name="id">The metric id.</param>
    /// <returns>The handle to pass to <see cref="StepContext.WriteMetric"/>.</returns>
    /// <exception cref="ArgumentException">The sector does not declare the metric.</exception>
    public MetricHandle Metric(string id) => new(IndexOf(_descriptor.Metrics, m => m.Id, id, "metric"));

    /// <summary>The handle of a signal this sector publishes.</summary>
    /// <param name="id">The signal id.</param>
    /// <returns>The handle to pass to <see cref="StepContext.PublishSignal"/>.</returns>
    /// <exception cref="ArgumentException">The sector does not declare that it publishes the signal.</exception>
    public PublishedSignalHandle PublishedSignal(string id) =>
        new(IndexOf(_descriptor.Publishes, s => s.Id, id, "published signal"));

    /// <summary>The handle of a signal this sector reads.</summary>
    /// <param name="id">The signal id.</param>
    /// <returns>The handle to pass to <see cref="StepContext.ReadSignal"/>.</returns>
    /// <exception cref="ArgumentException">The sector does not declare that it reads the signal.</exception>
    public ReadSignalHandle ReadSignal(string id) => new(IndexOf(_descriptor.Reads, s => s.Id, id, "read signal"));

    /// <summary>The handle of a declared technology.</summary>
    /// <param name="id">The technology id.</param>
    /// <returns>The handle to pass to <see cref="StepContext.TechnologyAdopted"/>.</returns>
    /// <exception cref="ArgumentException">The sector does not declare the technology.</exception>
    public TechnologyHandle Technology(string id) =>
        new(IndexOf(_descriptor.Technologies, t => t.Id, id, "technology"));

    /// <summary>
    /// The value of a declared parameter, read through its declaration (since contract 1.3): declare
    /// each parameter once, list it in <see cref="SectorDescriptor.Parameters"/>, and read it here.
    /// </summary>
    /// <param name="parameter">A declaration the sector's descriptor lists.</param>
    /// <returns>The scenario's value or the declared default, within the declared range.</returns>
    /// <exception cref="ArgumentException">The descriptor does not list this declaration.</exception>
    public double Parameter(ParameterDeclaration parameter)
    {
        _ = IndexOf(_descriptor.Parameters, parameter, p => p.Id, "parameter", nameof(parameter));
        return Parameter(parameter.Id);
    }

    /// <summary>The handle of a declared metric, from its declaration (since contract 1.3).</summary>
    /// <param name="metric">A declaration the sector's descriptor lists.</param>
    /// <returns>The handle to pass to <see cref="StepContext.WriteMetric"/>.</returns>
    /// <exception cref="ArgumentException">The descriptor does not list this declaration.</exception>
    public MetricHandle Metric(MetricDeclaration metric) => new(IndexOf(_descriptor.Metrics, metric, m => m.Id, "metric", nameof(metric)));

    /// <summary>The handle of a signal this sector publishes, from its declaration (since contract 1.3).</summary>
    /// <param name="signal">A declaration the sector's descriptor lists.</param>
    /// <returns>The handle to pass to <see cref="StepContext.PublishSignal"/>.</returns>
    /// <exception cref="ArgumentException">The descriptor does not list this declaration.</exception>
    public PublishedSignalHandle PublishedSignal(SignalDeclaration signal) =>
        new(IndexOf(_descriptor.Publishes, signal, s => s.Id, "published signal", nameof(signal)));

    /// <summary>The handle of a signal this sector reads, from its declaration (since contract 1.3).</summary>
    /// <param name="signal">A declaration the sector's descriptor lists.</param>
    /// <returns>The handle to pass to <see cref="StepContext.ReadSignal"/>.</returns>
    /// <exception cref="ArgumentException">The descriptor does not list this declaration.</exception>
    public ReadSignalHandle ReadSignal(SignalRead signal) => new(IndexOf(_descriptor.Reads, signal, s => s.Id, "read signal", nameof(signal)));

    /// <summary>The handle of a declared technology, from its declaration (since contract 1.3).</summary>
    /// <param name="technology">A declaration the sector's descriptor lists.</param>
    /// <returns>The handle to pass to <see cref="StepContext.TechnologyAdopted"/>.</returns>
    /// <exception cref="ArgumentException">The descriptor does not list this declaration.</exception>
    public TechnologyHandle Technology(TechnologyDeclaration technology) =>
        new(IndexOf(_descriptor.Technologies, technology, t => t.Id, "technology", nameof(technology)));

    // A declaration is found by equality, not by id alone, so that a model never reads a value under
    // a unit, default or range other than the one the host checked the scenario against.
    private int IndexOf<T>(IReadOnlyList<T> items, T declaration, Func<T, string> idOf, string kind, string paramName)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(declaration, paramName);
        var index = IndexOf(items, idOf, idOf(declaration), kind);
        return items[index].Equals(declaration)
            ? index
            : throw new ArgumentException(
                $"Sector '{_descriptor.Id}' declares {kind} '{idOf(declaration)}' otherwise than the declaration given; pass the one its descriptor lists.",
                paramName);
    }

    private int IndexOf<T>(IReadOnlyList<T> items, Func<T, string> idOf, string id, string kind)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(idOf(items[i]), id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"Sector '{_descriptor.Id}' declares no {kind} '{id}'.", nameof(id));
    }
}
