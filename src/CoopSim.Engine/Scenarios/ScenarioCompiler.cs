using System.Text.RegularExpressions;
using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Json;
using CoopSim.Engine.Plugins;

namespace CoopSim.Engine.Scenarios;

/// <summary>
/// Checks a bound scenario against the loaded plugins and resolves it: ids, references, years,
/// parameter ranges, technologies, funding cuts and the sector order. Every problem is collected.
/// </summary>
public sealed partial class ScenarioCompiler
{
    public const int MinYear = 1900;
    public const int MaxYear = 2200;

    /// <summary>No city is larger (the largest urban areas hold about 40 million people).</summary>
    public const double MaxPopulation = 1e8;

    /// <summary>
    /// Plausibility ceilings on one phase's yearly activities: far above any programme in the cases,
    /// low enough that no model meets a number it cannot represent.
    /// </summary>
    public const double MaxYearlyActivity = 1e7;

    public const double MaxFunding = 1e12;

    private readonly ScenarioSource _source;
    private readonly PluginCatalog _catalog;
    private readonly List<ScenarioProblem> _problems;

    private ScenarioCompiler(ScenarioSource source, PluginCatalog catalog)
    {
        _source = source;
        _catalog = catalog;
        _problems = [.. source.Problems];
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    /// <summary>Reads, checks and resolves a scenario file.</summary>
    public static ScenarioCompilation Load(string path, PluginCatalog catalog, IReadOnlyList<string>? trustedFolders = null) =>
        Compile(ScenarioReader.ReadFile(path, trustedFolders), catalog);

    public static ScenarioCompilation Compile(ScenarioSource source, PluginCatalog catalog)
    {
        var compiler = new ScenarioCompiler(source, catalog);
        var scenario = compiler.Run();
        return new ScenarioCompilation(compiler._problems.Count == 0 ? scenario : null, compiler._problems);
    }

    private ResolvedScenario? Run()
    {
        var document = _source.Document;
        if (document is null)
        {
            return null;
        }

        CheckHeader(document);
        var cities = ResolveCities(document);
        var programmes = ResolveProgrammes(document, cities);
        CheckFundingCuts(document);
        var capacityChanges = ResolveCapacityChanges(document, cities);
        var observations = ResolveObservations(document, cities);
        var used = cities.SelectMany(c => c.Sectors).Select(s => s.Sector).DistinctBy(s => s.Id).ToList();
        var order = OrderSectors(document, used);
        if (order is null || _problems.Count > 0)
        {
            return null;
        }

        var orderedCities = cities
            .Select(c => new ResolvedCity(c.Index, c.Facts, c.Sectors.OrderBy(s => IndexIn(order, s.Sector)).ToList()))
            .ToList();
        var byId = orderedCities.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var relinked = programmes
            .Select(p => new ResolvedProgramme(p.Id, byId[p.Partner.Id], byId[p.City.Id], p.Sector, p.Phases))
            .ToList();
        return new ResolvedScenario(_source, orderedCities, order, relinked, capacityChanges, observations);
    }

    private static int IndexIn(IReadOnlyList<LoadedSector> order, LoadedSector sector)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i].Id == sector.Id)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private void CheckHeader(ScenarioDocument document)
    {
        if (document.SchemaVersion != ScenarioDocument.CurrentSchemaVersion)
        {
            Problem("$.schemaVersion",
                $"schema version {document.SchemaVersion} is not supported; this CoopSim reads version {ScenarioDocument.CurrentSchemaVersion}");
        }

        if (string.IsNullOrWhiteSpace(document.Name))
        {
            Problem("$.name", "the name is empty");
        }

        if (document.StartYear is < MinYear or > MaxYear)
        {
            Problem("$.startYear", $"start year {document.StartYear} is outside {MinYear}-{MaxYear}");
        }

        if (document.EndYear is < MinYear or > MaxYear)
        {
            Problem("$.endYear", $"end year {document.EndYear} is outside {MinYear}-{MaxYear}");
        }

        if (document.EndYear < document.StartYear)
        {
            Problem("$.endYear", $"the year range is inverted: endYear {document.EndYear} is before startYear {document.StartYear}");
        }
    }

    private IReadOnlyList<LoadedSector>? OrderSectors(ScenarioDocument document, List<LoadedSector> used)
    {
        var publishers = used
            .SelectMany(s => s.Descriptor.Publishes.Select(p => (Signal: p.Id, Sector: s.Id)))
            .GroupBy(x => x.Signal, StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var conflict in publishers)
        {
            Problem("$.cities", $"signal '{conflict.Key}' is published by more than one sector ({string.Join(", ", conflict.Select(x => x.Sector))})");
        }

        var order = SectorOrdering.Order(used, out var cycle);
        if (order is null)
        {
            var first = document.Cities.Select((c, i) => (c, i)).FirstOrDefault(x => x.c.Sectors.ContainsKey(cycle[0]));
            Problem(JsonPath.Property($"$.cities[{first.i}].sectors", cycle[0]),
                $"sector dependency cycle: {string.Join(" -> ", cycle)} each read a signal the next publishes in the same year; one of them must read it lagged");
        }

        return order;
    }

    private void WithinLimit(string path, double value, double limit)
    {
        if (value < 0)
        {
            Problem(path, $"must not be negative, found {value}");
        }
        else if (value > limit)
        {
            Problem(path, $"{value} is implausibly large; the limit is {limit:G}");
        }
    }

    /// <summary>
    /// Records a problem unless reading the file already reported one at this path or above it:
    /// a value that could not be read is not also "out of range".
    /// </summary>
    private void Problem(string path, string message)
    {
        foreach (var earlier in _source.Problems)
        {
            if (IsSameOrAncestor(earlier.JsonPath, path))
            {
                return;
            }
        }

        _problems.Add(new ScenarioProblem(_source.LocationOf(path), path, message));
    }

    private static bool IsSameOrAncestor(string candidate, string path) =>
        candidate.Length > 0
        && path.StartsWith(candidate, StringComparison.Ordinal)
        && (path.Length == candidate.Length || path[candidate.Length] is '.' or '[');
}
