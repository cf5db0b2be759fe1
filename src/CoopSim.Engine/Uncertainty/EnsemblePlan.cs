using CoopSim.Engine.Scenarios;

namespace CoopSim.Engine.Uncertainty;

/// <summary>
/// An ensemble over one compiled scenario: the uncertain inputs in a fixed order (city, sector,
/// key), a sampler, and for run k a scenario that shares everything with the compiled one except
/// the drawn inputs - no text is read and nothing is bound again.
/// </summary>
public sealed class EnsemblePlan
{
    public EnsemblePlan(ResolvedScenario scenario, int runs, SamplerKind sampler, int seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Scenario = scenario;
        Inputs = [.. scenario.Cities.SelectMany(c => c.Sectors.SelectMany(s =>
            s.Uncertain.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => new UncertainInput(c.Id, s.Sector.Id, u.Key, u.Value))))];
        Sampler = new EnsembleSampler(sampler, seed, runs, Inputs.Count);
    }

    public ResolvedScenario Scenario { get; }

    public IReadOnlyList<UncertainInput> Inputs { get; }

    public EnsembleSampler Sampler { get; }

    public int Runs => Sampler.Runs;

    /// <summary>The values run k gives its uncertain inputs, in <see cref="Inputs"/> order.</summary>
    public double[] Draw(int run)
    {
        var values = new double[Inputs.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Inputs[i].Distribution.Quantile(Sampler.Unit(run, i));
        }

        return values;
    }

    /// <summary>The compiled scenario with run k's drawn inputs in place.</summary>
    public ResolvedScenario ScenarioFor(int run) => Scenario.WithInputs(Inputs, Draw(run));
}
