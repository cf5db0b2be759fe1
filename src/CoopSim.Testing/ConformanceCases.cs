using CoopSim.Abstractions;
using FsCheck;
using FsCheck.Fluent;

namespace CoopSim.Testing;

/// <summary>
/// Generates <see cref="ConformanceCase"/>s for a sector from its declaration alone: parameter values
/// inside the declared ranges (the ends and the default often), cities from small towns to the
/// host's largest, cooperation from none to heavy, and read signals absent or inside their range.
/// Use these in a plugin's own FsCheck properties, e.g. <c>Prop.ForAll(ConformanceCases.For(d), ...)</c>.
/// </summary>
public static class ConformanceCases
{
    /// <summary>The first simulated year of generated cases (any year works; this one is in the cases' era).</summary>
    public const int StartYear = 2000;

    /// <summary>Cases for the sector, shrinking toward fewer years, default parameters, no cooperation and no signals.</summary>
    /// <param name="descriptor">The sector's declaration.</param>
    /// <param name="options">Ranges of the generated inputs; the defaults when null.</param>
    /// <returns>An arbitrary of cases.</returns>
    public static Arbitrary<ConformanceCase> For(SectorDescriptor descriptor, ConformanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        options ??= new ConformanceOptions();
        return Arb.From(Cases(descriptor, options, zeroCooperation: false), c => Shrink(descriptor, c));
    }

    /// <summary>Cases with zero cooperation (see <see cref="ConformanceCase.HasZeroCooperation"/>) and no active phase.</summary>
    /// <param name="descriptor">The sector's declaration.</param>
    /// <param name="options">Ranges of the generated inputs; the defaults when null.</param>
    /// <returns>An arbitrary of cases.</returns>
    public static Arbitrary<ConformanceCase> WithZeroCooperation(SectorDescriptor descriptor, ConformanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        options ??= new ConformanceOptions();
        return Arb.From(Cases(descriptor, options, zeroCooperation: true), c => Shrink(descriptor, c).Where(s => s.HasZeroCooperation));
    }

    /// <summary>
    /// A typical case: every parameter at its default, a city of one million growing 2% a year,
    /// thirty years, and (when <paramref name="withCooperation"/>) a ten-year programme with
    /// experts, trainees, a demonstration, funding and ten units a year of every technology.
    /// </summary>
    /// <param name="descriptor">The sector's declaration.</param>
    /// <param name="withCooperation">Whether a programme runs.</param>
    /// <returns>The case.</returns>
    public static ConformanceCase Typical(SectorDescriptor descriptor, bool withCooperation)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        const int years = 30;
        var cooperation = new List<CooperationInputs>();
        var capacity = 0.2;
        for (var t = 0; t < years; t++)
        {
            var active = withCooperation && t is >= 1 and <= 10;
            capacity = active ? Math.Min(1, capacity + (0.3 * (1 - capacity))) : capacity;
            cooperation.Add((active ? new CooperationInputs(capacity, 12, 20, 1, 1e6, 1) : new CooperationInputs(capacity, 0, 0, 0, 0, 0))
                with { InitialCapacity = 0.2, EmbeddedCapacity = 0.2 });
        }

        var technologies = descriptor.Technologies
            .Select(_ => (IReadOnlyList<double>)Enumerable.Range(0, years).Select(t => withCooperation && t is >= 1 and <= 10 ? 10.0 : 0.0).ToList())
            .ToList();
        return new ConformanceCase(Defaults(descriptor), new CityFacts("kit-city", "Kit City", "Nowhere", 1e6, 0.02),
            StartYear, years, 7, cooperation, technologies, new Dictionary<string, IReadOnlyList<double>>());
    }

    /// <summary>Every declared parameter at its default.</summary>
    /// <param name="descriptor">The sector's declaration.</param>
    /// <returns>Parameter values by id.</returns>
    public static IReadOnlyDictionary<string, double> Defaults(SectorDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return descriptor.Parameters.ToDictionary(p => p.Id, p => p.Default, StringComparer.Ordinal);
    }

    /// <summary>The values the kit feeds a read signal, or null when it can only test the signal as absent.</summary>
    /// <param name="read">The read declaration.</param>
    /// <param name="options">The options, whose <see cref="ConformanceOptions.SignalRanges"/> fill in undeclared ranges.</param>
    /// <returns>The range, or null.</returns>
    public static ValueRange? SignalRange(SignalRead read, ConformanceOptions options)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(options);
        var declared = new ValueRange(read.Minimum, read.Maximum);
        if (declared.IsBounded)
        {
            return declared;
        }

        return options.SignalRanges.TryGetValue(read.Id, out var given) && given.IsBounded ? given : null;
    }

    private static Gen<ConformanceCase> Cases(SectorDescriptor descriptor, ConformanceOptions options, bool zeroCooperation) =>
        from years in Gen.Choose(1, Math.Max(1, options.MaxYears))
        from parameters in ParameterValues(descriptor)
        from population in LogUniform(options.MinPopulation, options.MaxPopulation)
        from growth in Uniform(-0.03, 0.08)
        from seed in Gen.Choose(int.MinValue, int.MaxValue)
        from capacity in Gen.Frequency((1, Gen.Constant(0.0)), (1, Gen.Constant(1.0)), (4, Uniform(0, 1)))
        from cooperation in zeroCooperation
            ? Gen.Constant((IReadOnlyList<CooperationInputs>)Enumerable.Repeat(Idle(capacity, 0), years).ToList())
            : Cooperation(years, capacity)
        from technologies in zeroCooperation
            ? Gen.Constant((IReadOnlyList<IReadOnlyList<double>>)descriptor.Technologies.Select(_ => (IReadOnlyList<double>)new double[years]).ToList())
            : Technologies(descriptor, years, options.MaxTechnologyPerYear)
        from signals in Signals(descriptor, years, options)
        select new ConformanceCase(parameters, new CityFacts("kit-city", "Kit City", "Nowhere", population, growth),
            StartYear, years, seed, cooperation, technologies, signals);

    private static Gen<IReadOnlyDictionary<string, double>> ParameterValues(SectorDescriptor descriptor) =>
        Gen.CollectToArray(descriptor.Parameters
            .Select(p => Gen.Frequency(
                (1, Gen.Constant(p.Default)),
                (1, Gen.Constant(p.Minimum)),
                (1, Gen.Constant(p.Maximum)),
                (5, Uniform(p.Minimum, p.Maximum)))))
            .Select(values => (IReadOnlyDictionary<string, double>)descriptor.Parameters
                .Select((p, i) => (p.Id, Value: values[i]))
                .ToDictionary(x => x.Id, x => x.Value, StringComparer.Ordinal));

    /// <summary>Capacity takes a random walk in [0, 1]; each year has no activity, moderate activity or heavy activity.</summary>
    private static Gen<IReadOnlyList<CooperationInputs>> Cooperation(int years, double startCapacity) =>
        Gen.Frequency(
                (2, Gen.Constant<CooperationInputs?>(null)),
                (3, Activity(12, 50, 2, 1e6)),
                (1, Activity(1200, 5000, 50, 1e9)))
            .ArrayOf(years)
            .SelectMany(
                yearly => Uniform(-0.1, 0.25).ArrayOf(years),
                (yearly, steps) =>
                {
                    var walk = new double[years];
                    for (var t = 0; t < years; t++)
                    {
                        walk[t] = t == 0 ? startCapacity : Math.Clamp(walk[t - 1] + steps[t], 0, 1);
                    }

                    // Embedded capacity never falls and never exceeds capacity: the walk's lowest value holds for every year.
                    var embedded = walk.Min();
                    return (IReadOnlyList<CooperationInputs>)walk
                        .Select((capacity, t) => (yearly[t] is { } active ? active with { Capacity = capacity } : new CooperationInputs(capacity, 0, 0, 0, 0, 0))
                            with { InitialCapacity = startCapacity, EmbeddedCapacity = embedded })
                        .ToList();
                });

    /// <summary>A year with no cooperation activity: capacity at the city's own level, all of it embedded.</summary>
    /// <param name="capacity">The city's own capacity.</param>
    /// <param name="activePhases">Phases active that year (0 means no programme).</param>
    /// <returns>The inputs.</returns>
    public static CooperationInputs Idle(double capacity, int activePhases) =>
        new(capacity, 0, 0, 0, 0, activePhases) { InitialCapacity = capacity, EmbeddedCapacity = capacity };

    private static Gen<CooperationInputs?> Activity(double experts, double trainees, double demonstrations, double funding) =>
        from e in Uniform(0, experts)
        from tr in Uniform(0, trainees)
        from d in Gen.Choose(0, (int)demonstrations)
        from f in Uniform(0, funding)
        from phases in Gen.Choose(1, 3)
        select (CooperationInputs?)new CooperationInputs(0, e, tr, d, f, phases);

    private static Gen<IReadOnlyList<IReadOnlyList<double>>> Technologies(SectorDescriptor descriptor, int years, double maxPerYear) =>
        Gen.CollectToArray(descriptor.Technologies
            .Select(_ => Gen.Frequency((3, Gen.Constant(0.0)), (2, Uniform(0, maxPerYear)), (1, Gen.Constant(maxPerYear)))
                .ArrayOf(years)
                .Select(a => (IReadOnlyList<double>)a)))
            .Select(a => (IReadOnlyList<IReadOnlyList<double>>)a);

    private static Gen<IReadOnlyDictionary<string, IReadOnlyList<double>>> Signals(SectorDescriptor descriptor, int years, ConformanceOptions options)
    {
        var own = descriptor.Publishes.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var reads = descriptor.Reads.Where(r => !own.Contains(r.Id)).ToList();
        return Gen.CollectToArray(reads
            .Select(read => SignalRange(read, options) is { } range
                ? Gen.Frequency(
                    (1, Gen.Constant(Absent(years))),
                    (3, Uniform(range.Minimum, range.Maximum).ArrayOf(years).Select(a => (IReadOnlyList<double>)a)))
                : Gen.Constant(Absent(years))))
            .Select(values => (IReadOnlyDictionary<string, IReadOnlyList<double>>)reads
                .Select((r, i) => (r.Id, Values: values[i]))
                .ToDictionary(x => x.Id, x => x.Values, StringComparer.Ordinal));
    }

    private static IReadOnlyList<double> Absent(int years) => Enumerable.Repeat(double.NaN, years).ToArray();

    private static Gen<double> Uniform(double minimum, double maximum) =>
        minimum >= maximum
            ? Gen.Constant(minimum)
            : Gen.Choose(0, int.MaxValue).Select(i => Math.Min(maximum, minimum + ((maximum - minimum) * (i / (double)int.MaxValue))));

    private static Gen<double> LogUniform(double minimum, double maximum) =>
        Uniform(Math.Log(minimum), Math.Log(maximum)).Select(x => Math.Clamp(Math.Exp(x), minimum, maximum));

    /// <summary>Smaller cases first: fewer years, then default parameters, then no cooperation, then no signals.</summary>
    private static IEnumerable<ConformanceCase> Shrink(SectorDescriptor descriptor, ConformanceCase c)
    {
        if (c.Years > 1)
        {
            yield return c.FirstYears(Math.Max(1, c.Years / 2));
            yield return c.FirstYears(c.Years - 1);
        }

        foreach (var p in descriptor.Parameters)
        {
            if (c.Parameters.TryGetValue(p.Id, out var value) && value != p.Default)
            {
                var parameters = c.Parameters.ToDictionary(x => x.Key, x => x.Value, StringComparer.Ordinal);
                parameters[p.Id] = p.Default;
                yield return c.WithParameters(parameters);
            }
        }

        if (!c.HasZeroCooperation)
        {
            yield return c.WithZeroCooperation(activePhases: 0);
        }

        if (c.Signals.Values.Any(v => v.Any(double.IsFinite)))
        {
            yield return c.WithoutSignals();
        }
    }
}
