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
    private readonly ScenarioSource _source;
    private readonly PluginCatalog _catalog;
    private readonly FieldCatalogue _fields;
    private readonly List<ScenarioProblem> _problems;

    private ScenarioCompiler(ScenarioSource source, PluginCatalog catalog, FieldCatalogue fields)
    {
        _source = source;
        _catalog = catalog;
        _fields = fields;
        _problems = [.. source.Problems];
    }

    /// <summary>Reads, checks and resolves a scenario file.</summary>
    public static ScenarioCompilation Load(string path, PluginCatalog catalog, IReadOnlyList<string>? trustedFolders = null) =>
        Compile(ScenarioReader.ReadFile(path, trustedFolders), catalog);

    /// <summary>Checks and resolves a read scenario; ranges come from <paramref name="fields"/> (the declared catalogue by default).</summary>
    public static ScenarioCompilation Compile(ScenarioSource source, PluginCatalog catalog, FieldCatalogue? fields = null)
    {
        var compiler = new ScenarioCompiler(source, catalog, fields ?? FieldCatalogue.Default);
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

        var startYear = _fields.Of<ScenarioDocument>(nameof(ScenarioDocument.StartYear));
        if (!startYear.Accepts(document.StartYear))
        {
            Problem($"$.{startYear.Name}", $"start year {document.StartYear} is outside {Years(startYear)}");
        }

        var endYear = _fields.Of<ScenarioDocument>(nameof(ScenarioDocument.EndYear));
        if (!endYear.Accepts(document.EndYear))
        {
            Problem($"$.{endYear.Name}", $"end year {document.EndYear} is outside {Years(endYear)}");
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

    private static string Years(FieldSpec field) => $"{FieldSpec.Number(field.Minimum!.Value)}-{FieldSpec.Number(field.Maximum!.Value)}";

    /// <summary>Checks a count or an amount against its field's range, whose maximum is a plausibility ceiling.</summary>
    private void WithinLimit(string path, double value, FieldSpec field)
    {
        if (ValueRules.RangeProblem(value, field) is { } problem)
        {
            Problem(path, problem);
        }
    }

    /// <summary>Checks a share against its field's range (a missing value is not checked).</summary>
    private void WithinFraction(string path, FieldSpec field, double? value)
    {
        if (value is { } v && ValueRules.FractionProblem(v, field) is { } problem)
        {
            Problem(path, problem);
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
