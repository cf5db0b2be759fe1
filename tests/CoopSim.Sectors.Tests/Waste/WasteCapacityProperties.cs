using CoopSim.Abstractions;
using CoopSim.Sectors.Tests.Support;
using CoopSim.Sectors.Waste;
using FsCheck.Xunit;

namespace CoopSim.Sectors.Tests.Waste;

/// <summary>
/// Local capacity and empty programmes (docs/models/waste.md, "Monotonicity" and "Baseline"): more
/// capacity never sends more waste to final disposal; a programme that does nothing changes nothing.
/// </summary>
public sealed class WasteCapacityProperties
{
    private const int Years = 25;

    [Property(MaxTest = 150)]
    public void More_capacity_in_every_year_never_raises_final_disposal(int seed)
    {
        var random = new Random(seed);
        var parameters = ParameterDraw.Any(WasteWorlds.Parameters, random);
        var capacity = Enumerable.Range(0, Years).Select(_ => random.NextDouble()).ToArray();
        var raised = capacity.Select(c => Math.Min(1.0, c + (random.NextDouble() * 0.5))).ToArray();
        var adoptions = Enumerable.Range(0, Years).Select(_ => WasteWorlds.RandomTechnologies(random)).ToArray();

        var low = FinalDisposal(parameters, capacity, adoptions);
        var high = FinalDisposal(parameters, raised, adoptions);

        for (var t = 0; t < Years; t++)
        {
            Assert.True(Approx.NotAbove(high[t], low[t]), $"year {t}: capacity {capacity[t]} -> {raised[t]}, final disposal {low[t]} -> {high[t]}");
        }
    }

    [Property(MaxTest = 100)]
    public void A_programme_with_no_activities_leaves_every_waste_figure_as_without_cooperation(int seed)
    {
        var idle = WasteWorlds.Random(seed);
        var alone = WasteWorlds.Random(seed);
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

    private static double[] FinalDisposal(Dictionary<string, double> parameters, double[] capacity, Dictionary<string, double>[] adoptions)
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
}
