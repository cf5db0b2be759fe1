using System.Globalization;
using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Json;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;

namespace CoopSim.Engine.Validation;

/// <summary>
/// "Why no effect?": runs a scenario once more without each programme phase and reports the phases
/// whose removal changes no outcome of their sector in their city in any year. A planner who sees
/// no difference should hear that the phase does nothing before concluding that cooperation does
/// nothing. Outcomes are the sector's metrics except the cooperation layer's (<c>coop.*</c>), money
/// (units in USD) and counts of the sector's own technologies, which a phase changes by definition.
/// </summary>
public static class PhaseEffects
{
    /// <summary>A warning per phase that changes no outcome, located at the phase. Phases a funding cut leaves without a year are skipped.</summary>
    public static IReadOnlyList<ScenarioProblem> FindIneffective(ResolvedScenario scenario, PluginCatalog catalog, RunLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(catalog);
        limits ??= new RunLimits { StepTimeLimit = Timeout.InfiniteTimeSpan };
        var baseline = Simulator.Run(scenario, limits: limits);
        if (!baseline.Succeeded)
        {
            return [];
        }

        var warnings = new List<ScenarioProblem>();
        var document = scenario.Document;
        for (var i = 0; i < document.Programmes.Count; i++)
        {
            var programme = document.Programmes[i];
            var resolved = scenario.Programmes.FirstOrDefault(p => p.Id == programme.Id);
            if (resolved is null)
            {
                continue;
            }

            for (var j = 0; j < programme.Phases.Count; j++)
            {
                var phase = programme.Phases[j];
                if (resolved.Phases.All(p => p.Id != phase.Id))
                {
                    continue;
                }

                var without = ScenarioWriter.Copy(document);
                without.Programmes[i].Phases.RemoveAt(j);
                if (EditedScenario.Compile(without, scenario.Source.Path, catalog).Scenario is not { } edited
                    || Simulator.Run(edited, limits: limits) is not { Succeeded: true } run)
                {
                    continue;
                }

                var outcomes = Outcomes(baseline, resolved).ToList();
                if (outcomes.Count > 0 && outcomes.All(s => SameValues(s, run.Find(s.CityId, s.SectorId, s.Metric.Id))))
                {
                    var path = JsonPath.Index(JsonPath.Index("$.programmes", i) + ".phases", j);
                    warnings.Add(new ScenarioProblem(scenario.Source.LocationOf(path), path, Message(phase, resolved, outcomes)));
                }
            }
        }

        return warnings;
    }

    private static IEnumerable<MetricSeries> Outcomes(RunResult run, ResolvedProgramme programme)
    {
        var technologies = programme.Sector.Descriptor.Technologies.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        return run.Series.Where(s => s.CityId == programme.City.Id && s.SectorId == programme.Sector.Id
                                     && !s.IsCooperation
                                     && !s.Metric.Unit.Contains("USD", StringComparison.Ordinal)
                                     && !technologies.Contains(s.Metric.Id));
    }

    private static bool SameValues(MetricSeries a, MetricSeries? b)
    {
        if (b is null || a.Values.Count != b.Values.Count)
        {
            return false;
        }

        for (var t = 0; t < a.Values.Count; t++)
        {
            var x = a.Values[t];
            var y = b.Values[t];
            if (!(x == y || (double.IsNaN(x) && double.IsNaN(y)) || Math.Abs(x - y) <= 1e-12 * Math.Max(Math.Abs(x), Math.Abs(y))))
            {
                return false;
            }
        }

        return true;
    }

    private static string Message(PhaseDocument phase, ResolvedProgramme programme, List<MetricSeries> outcomes)
    {
        var a = phase.Activities;
        var provides = new List<string>();
        Add(a.ExpertPersonMonths, "expert person-months");
        Add(a.Trainees, "trainees");
        Add(a.Demonstrations, "demonstrations");
        foreach (var (id, units) in a.Technologies)
        {
            Add(units, id);
        }

        var what = provides.Count == 0 ? "it has no activities" : $"its activities ({string.Join(", ", provides)} a year, {phase.From}-{phase.To})";
        var sector = programme.Sector.Id;
        var hint = a.Technologies.Values.Any(u => u > 0)
            ? "equipment may need someone to work it, in this phase, another one or the city's own"
            : "the capacity it builds moves outcomes only through what the model lets the city do with it";
        return $"phase '{phase.Id}' changes no outcome of sector {sector} in {programme.City.Id}: {what} move none of " +
               $"{string.Join(", ", outcomes.Take(6).Select(s => s.Metric.Id))}{(outcomes.Count > 6 ? ", ..." : "")} in any year; " +
               $"{hint} (docs/models/{sector}.md)";

        void Add(double amount, string name)
        {
            if (amount > 0)
            {
                provides.Add($"{amount.ToString("G4", CultureInfo.InvariantCulture)} {name}");
            }
        }
    }
}
