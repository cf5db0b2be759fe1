using System.Globalization;
using System.Text;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Engine.Simulation;

/// <summary>
/// A short run of one sector through the real engine with its default parameters, as
/// <c>coopsim plugins --check</c> does it: alone without cooperation, alone with a programme that
/// uses every activity and declared technology, beside the loaded sectors that publish what it
/// reads, twice for determinism, and once with a programme that does nothing (which must equal no
/// programme at all). Every contract violation the engine catches is reported in an author's words.
/// </summary>
public static class PluginSmokeRun
{
    public const int StartYear = 2000;
    public const int EndYear = 2029;

    /// <summary>One named smoke check and its outcome.</summary>
    public sealed record Check(string Name, string? Problem)
    {
        public bool Passed => Problem is null;
    }

    /// <summary>
    /// Runs every smoke check on <paramref name="sector"/>; <paramref name="companions"/> may publish
    /// what it reads. <paramref name="starting"/> hears each run's name before it starts, so that a
    /// supervising process can say which run a crash interrupted.
    /// </summary>
    public static IReadOnlyList<Check> Run(LoadedSector sector, IEnumerable<LoadedSector> companions, RunLimits? limits = null, Action<string>? starting = null)
    {
        ArgumentNullException.ThrowIfNull(sector);
        var reads = sector.Descriptor.Reads.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var publishers = companions
            .Where(c => c.Id != sector.Id && c.Descriptor.Publishes.Any(p => reads.Contains(p.Id)))
            .GroupBy(c => c.Descriptor.Publishes.First(p => reads.Contains(p.Id)).Id, StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        var checks = new List<Check>();
        var smoke = new Smoke(checks, limits, starting);
        var alone = PluginCatalog.FromPlugins([sector.Plugin]);
        var without = smoke.Once(alone, sector, [], Programme.None, "alone, no cooperation");
        var with = smoke.Once(alone, sector, [], Programme.Active, "alone, with a programme using every activity and technology");
        if (publishers.Count > 0)
        {
            var names = string.Join(", ", publishers.Select(p => p.Id));
            smoke.Once(PluginCatalog.FromPlugins([sector.Plugin, .. publishers.Select(p => p.Plugin)]), sector, publishers,
                Programme.Active, $"beside {names} (publishing what it reads)");
        }

        if (with is not null)
        {
            var again = smoke.Once(alone, sector, [], Programme.Active, null, "the repeat run for determinism");
            checks.Add(new Check("the same seed gives the same results",
                again is null || Same(with, again, sector.Id) ? null : "two runs with the same scenario and seed differ; draw randomness only from ModelSetup.Seed and keep no state between models"));
        }

        if (without is not null)
        {
            var idle = smoke.Once(alone, sector, [], Programme.Idle, null, "a programme with no activity");
            checks.Add(new Check("a programme with no activity gives the no-cooperation baseline",
                idle is null || Same(without, idle, sector.Id) ? null
                    : "a programme with zero activity, funding and technology changed the results; outcomes must follow activity and capacity, not the mere existence of a programme"));
        }

        return checks;
    }

    private enum Programme
    {
        None,
        Idle,
        Active,
    }

    /// <summary>The runs of one smoke check: where their outcomes go, their limits, and who hears them start.</summary>
    private sealed class Smoke(List<Check> checks, RunLimits? limits, Action<string>? starting)
    {
        /// <summary>One run; <paramref name="name"/> null records only a failure (the run serves a comparison).</summary>
        public RunResult? Once(PluginCatalog catalog, LoadedSector sector, IReadOnlyList<LoadedSector> companions, Programme programme,
            string? name, string? purpose = null)
        {
            var compilation = ScenarioCompiler.Compile(
                ScenarioReader.ReadText(ScenarioJson(sector, companions, programme), Path.Combine(Path.GetTempPath(), "coopsim-smoke.json")), catalog);
            if (!compilation.IsValid)
            {
                checks.Add(new Check(name ?? "smoke scenario", "the smoke scenario is not valid for this plugin: " + string.Join("; ", compilation.Problems.Select(p => p.Message))));
                return null;
            }

            starting?.Invoke(name ?? purpose ?? "a repeat run");
            var result = Simulator.Run(compilation.Scenario!, limits: limits);
            if (name is not null || result.Failure is not null)
            {
                checks.Add(new Check(name ?? "repeat run", result.Failure?.ToString()));
            }

            return result.Failure is null ? result : null;
        }
    }

    private static bool Same(RunResult a, RunResult b, string sectorId)
    {
        var left = a.Series.Where(s => s.SectorId == sectorId && !s.IsCooperation).ToList();
        var right = b.Series.Where(s => s.SectorId == sectorId && !s.IsCooperation).ToList();
        return left.Count == right.Count && left.Zip(right).All(p => p.First.Key == p.Second.Key && p.First.Values.SequenceEqual(p.Second.Values));
    }

    private static string ScenarioJson(LoadedSector sector, IReadOnlyList<LoadedSector> companions, Programme programme)
    {
        var json = new StringBuilder();
        json.Append(CultureInfo.InvariantCulture, $$"""
            { "schemaVersion": 1, "name": "Smoke run of {{sector.Id}}", "startYear": {{StartYear}}, "endYear": {{EndYear}}, "seed": 7,
              "cities": [ { "id": "partner", "population": 1000000 },
                          { "id": "smoke-city", "population": 1000000, "populationGrowth": 0.02, "sectors": { "{{sector.Id}}": {}
            """);
        foreach (var companion in companions)
        {
            json.Append(CultureInfo.InvariantCulture, $", \"{companion.Id}\": {{}}");
        }

        json.Append(" } } ]");
        if (programme != Programme.None)
        {
            var active = programme == Programme.Active;
            var technologies = string.Join(", ", sector.Descriptor.Technologies.Select(t => $"\"{t.Id}\": {(active ? 10 : 0)}"));
            json.Append(CultureInfo.InvariantCulture, $$"""
                , "programmes": [ { "id": "smoke", "partner": "partner", "city": "smoke-city", "sector": "{{sector.Id}}",
                    "phases": [ { "id": "one", "from": {{StartYear + 1}}, "to": {{StartYear + 10}}, "scheme": "smoke", "funding": {{(active ? 1000000 : 0)}},
                                  "activities": { "expertPersonMonths": {{(active ? 12 : 0)}}, "trainees": {{(active ? 20 : 0)}},
                                                  "demonstrations": {{(active ? 1 : 0)}}, "technologies": { {{technologies}} } } } ] } ]
                """);
        }

        json.Append(" }");
        return json.ToString();
    }
}
