namespace CoopSim.Engine.Uncertainty;

public enum SamplerKind
{
    /// <summary>Each input of each run drawn on its own.</summary>
    Random,

    /// <summary>Latin hypercube: for each input, the N runs fall one in each of N equally likely strata.</summary>
    LatinHypercube,
}

/// <summary>
/// The numbers in [0, 1) behind run k's inputs, a function of (seed, k, input) alone - and, for the
/// Latin hypercube, of the number of runs, which sets the strata - so any run can be replayed alone.
/// </summary>
public sealed class EnsembleSampler
{
    private const ulong StratumStream = 1;
    private const ulong PositionStream = 2;
    private const ulong RandomStream = 3;

    private readonly int[][]? _strata;

    public EnsembleSampler(SamplerKind kind, int seed, int runs, int inputs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(inputs);
        Kind = kind;
        Seed = seed;
        Runs = runs;
        if (kind == SamplerKind.LatinHypercube)
        {
            _strata = [.. Enumerable.Range(0, inputs).Select(Permutation)];
        }
    }

    public SamplerKind Kind { get; }

    public int Seed { get; }

    public int Runs { get; }

    /// <summary>The number behind input <paramref name="input"/> of run <paramref name="run"/>.</summary>
    public double Unit(int run, int input)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(run);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(run, Runs);
        if (_strata is null)
        {
            return Mix(RandomStream, (ulong)run, (ulong)input);
        }

        return (_strata[input][run] + Mix(PositionStream, (ulong)run, (ulong)input)) / Runs;
    }

    /// <summary>The stratum run k takes for one input: a Fisher-Yates shuffle driven by (seed, input).</summary>
    private int[] Permutation(int input)
    {
        var order = Enumerable.Range(0, Runs).ToArray();
        for (var i = Runs - 1; i > 0; i--)
        {
            var j = (int)(Mix(StratumStream, (ulong)input, (ulong)i) * (i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }

    /// <summary>SplitMix64 over the seed and three words, as a double in [0, 1) from the top 53 bits.</summary>
    private double Mix(ulong stream, ulong a, ulong b)
    {
        var z = (ulong)(uint)Seed;
        foreach (var word in (ReadOnlySpan<ulong>)[stream, a, b])
        {
            z = Finalise(z + 0x9E3779B97F4A7C15UL + word);
        }

        return (z >> 11) * (1.0 / (1UL << 53));
    }

    private static ulong Finalise(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
