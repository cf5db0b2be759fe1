using CoopSim.Abstractions;
using CoopSim.Sectors.Tests.Support;
using CoopSim.Sectors.Waste;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CoopSim.Sectors.Tests.Waste;

/// <summary>
/// Local capacity and empty programmes (docs/models/waste.md, "Monotonicity" and "Baseline"): more
/// capacity never sends more waste to final disposal; a programme that does nothing changes nothing.
/// </summary>
public sealed class WasteCapacityProperties
{
    private const int Years = 25;

    [Property(Arbitrary = [typeof(CapacityPaths)], MaxTest = 150)]
    public void More_capacity_in_every_year_never_raises_final_disposal(CapacityPath path)
    {
        var (parameters, capacity, raised, adoptions) = (path.Parameters, path.Capacity, path.Raised, path.Adoptions);

        var low = FinalDisposal(parameters, capacity, adoptions);
        var high = FinalDisposal(parameters, raised, adoptions);

        for (var t = 0; t < Years; t++)
        {
            Assert.True(Approx.NotAbove(high[t], low[t]), $"year {t}: capacity {capacity[t]} -> {raised[t]}, final disposal {low[t]} -> {high[t]}");
        }
    }

    [Property(Arbitrary = [typeof(WasteArbitraries)], MaxTest = 100)]
    public void A_programme_with_no_activities_leaves_every_waste_figure_as_without_cooperation(DrawnCity city)
    {
        var idle = city.Scenario();
        var alone = city.Scenario();
        alone.Phases.Clear();
        var phases = idle.Phases.Select(p => p with { ExpertPersonMonths = 0, Trainees = 0, Demonstrations = 0, Technologies = new Dictionary<string, double>() }).ToList();
        idle.Phases.Clear();
        idle.Phases.AddRange(phases);

        var withIdle = idle.Run();
        var without = alone.Run();
        foreach (var metric in new[] { "finalDisposal", "centreComposted", "separatedOrganics", "methane", "householdsSeparating" })
        {
            Assert.Equal(without.Waste(metric), withIdle.Waste(metric));
        }
    }

    private static double[] FinalDisposal(IReadOnlyDictionary<string, double> parameters, IReadOnlyList<double> capacity, IReadOnlyList<Dictionary<string, double>> adoptions)
    {
        var plugin = new WasteSector();
        var descriptor = plugin.Descriptor;
        var model = plugin.CreateModel(new ModelSetup(descriptor, new CityFacts("city", "City", "", 1_000_000, 0.01), 2000, 2000 + Years - 1, 1, parameters));
        var context = new ScriptedStepContext(descriptor);
        var technologyIds = descriptor.Technologies.Select(t => t.Id).ToList();
        var metric = descriptor.Metrics.ToList().FindIndex(m => m.Id == "finalDisposal");
        var result = new double[Years];
        for (var t = 0; t < Years; t++)
        {
            context.CurrentYearIndex = t;
            context.CurrentCapacity = capacity[t];
            foreach (var id in technologyIds)
            {
                context.Adopt(technologyIds.IndexOf(id), adoptions[t].GetValueOrDefault(id));
            }

            model.Step(context);
            result[t] = context.Metrics[metric];
        }

        return result;
    }

    /// <summary>
    /// A waste city stepped directly for <see cref="Years"/> years: capacity in each year, the same
    /// capacity raised by up to 0.5 (at most 1), and the technologies adopted each year.
    /// </summary>
    public sealed record CapacityPath(Dictionary<string, double> Parameters, double[] Capacity, double[] Raise, Dictionary<string, double>[] Adoptions)
    {
        public double[] Raised => [.. Capacity.Zip(Raise, (c, r) => Math.Min(1.0, c + r))];

        public override string ToString() =>
            $"capacity [{string.Join(", ", Capacity)}], raised by [{string.Join(", ", Raise)}], parameters {{{string.Join(", ", Parameters.Select(p => $"{p.Key}={p.Value}"))}}}, " +
            $"adoptions [{string.Join("; ", Adoptions.Select(a => string.Join(", ", a.Where(t => t.Value != 0).Select(t => $"{t.Key}={t.Value}"))))}]";
    }

    /// <summary>Drawn capacity paths; they shrink towards default parameters, no adoptions and no raise.</summary>
    public static class CapacityPaths
    {
        public static Arbitrary<CapacityPath> Paths() =>
            Arb.From(from parameters in ParameterDraw.Any(WasteWorlds.Parameters)
             from capacity in ParameterDraw.Unit.ArrayOf(Years)
             from raise in ParameterDraw.Unit.Select(u => u * 0.5).ArrayOf(Years)
             from adoptions in WasteWorlds.DrawnTechnologies.ArrayOf(Years)
             select new CapacityPath(parameters, capacity, raise, adoptions), Shrink);

        private static IEnumerable<CapacityPath> Shrink(CapacityPath path)
        {
            foreach (var declaration in WasteWorlds.Parameters.Where(d => path.Parameters[d.Id] != d.Default))
            {
                yield return path with { Parameters = new(path.Parameters, StringComparer.Ordinal) { [declaration.Id] = declaration.Default } };
            }

            for (var t = 0; t < Years; t++)
            {
                if (path.Adoptions[t].Values.Any(v => v != 0))
                {
                    yield return path with { Adoptions = [.. path.Adoptions.Select((a, i) => i == t ? [] : a)] };
                }

                if (path.Raise[t] != 0)
                {
                    yield return path with { Raise = [.. path.Raise.Select((r, i) => i == t ? 0 : r)] };
                }
            }
        }
    }
}
