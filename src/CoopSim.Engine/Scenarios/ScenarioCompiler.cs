using System.Text.RegularExpressions;
using CoopSim.Abstractions;
using CoopSim.Engine.Cooperation;
using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Json;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Simulation;

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
    public static ScenarioCompilation Load(string path, PluginCatalog catalog) => Compile(ScenarioReader.ReadFile(path), catalog);

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
        return new ResolvedScenario(_source, orderedCities, order, relinked, capacityChanges);
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

    private List<ResolvedCity> ResolveCities(ScenarioDocument document)
    {
        var cities = new List<ResolvedCity>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Cities.Count; i++)
        {
            var city = document.Cities[i];
            var path = JsonPath.Index("$.cities", i);
            if (!IdPattern().IsMatch(city.Id))
            {
                Problem($"{path}.id", $"city id '{city.Id}' must be lower case letters, digits and '-'");
            }
            else if (!seen.Add(city.Id))
            {
                Problem($"{path}.id", $"city id '{city.Id}' is used twice");
            }

            if (!(city.Population > 0) || city.Population > MaxPopulation)
            {
                Problem($"{path}.population", $"population must be more than 0 and at most {MaxPopulation:N0}, found {city.Population}");
            }

            if (city.PopulationGrowth is < -0.5 or > 0.5)
            {
                Problem($"{path}.populationGrowth",
                    $"population growth {city.PopulationGrowth} is outside [-0.5, 0.5]; it is a yearly fraction (0.03 = 3%)");
            }

            var sectors = new List<ResolvedCitySector>();
            foreach (var (sectorId, config) in city.Sectors)
            {
                var sector = ResolveCitySector(JsonPath.Property($"{path}.sectors", sectorId), sectorId, config);
                if (sector is not null)
                {
                    sectors.Add(sector);
                }
            }

            var facts = new CityFacts(city.Id, city.Name ?? city.Id, city.Country ?? "", city.Population, city.PopulationGrowth);
            cities.Add(new ResolvedCity(i, facts, sectors));
        }

        if (document.Cities.Count == 0)
        {
            Problem("$.cities", "the scenario has no cities");
        }
        else if (cities.All(c => c.Sectors.Count == 0))
        {
            Problem("$.cities", "no city simulates any sector; add a sector under a city's 'sectors'");
        }

        return cities;
    }

    private ResolvedCitySector? ResolveCitySector(string path, string sectorId, CitySectorDocument config)
    {
        var sector = FindSector(path, sectorId);
        if (sector is null)
        {
            return null;
        }

        var declared = sector.Descriptor.Parameters.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var (id, value) in config.Parameters)
        {
            var parameterPath = JsonPath.Property($"{path}.parameters", id);
            if (!declared.TryGetValue(id, out var declaration))
            {
                var hint = DocumentBinder.Suggest(id, declared.Keys) is { } s ? $"; did you mean '{s}'?" : "";
                Problem(parameterPath, $"sector '{sectorId}' has no parameter '{id}'{hint} (see `coopsim plugins --sector {sectorId}`)");
            }
            else if (value < declaration.Minimum || value > declaration.Maximum)
            {
                Problem(parameterPath,
                    $"{value} is out of range for '{id}': the {sectorId} plugin accepts {declaration.Minimum} to {declaration.Maximum} {declaration.Unit}");
            }
        }

        foreach (var id in config.Sources.Keys.Where(k => !declared.ContainsKey(k)))
        {
            Problem(JsonPath.Property($"{path}.sources", id), $"'sources' names '{id}', which is not a parameter of sector '{sectorId}'");
        }

        var values = sector.Descriptor.Parameters.ToDictionary(
            p => p.Id, p => config.Parameters.GetValueOrDefault(p.Id, p.Default), StringComparer.Ordinal);
        return new ResolvedCitySector(sector, values, ResolveCapacity($"{path}.capacity", config.Capacity));
    }

    private CapacitySettings ResolveCapacity(string path, CapacityDocument? capacity)
    {
        var defaults = CapacitySettings.Default;
        if (capacity is null)
        {
            return defaults;
        }

        double Fraction(string name, double? value, double fallback)
        {
            if (value is { } v && v is < 0 or > 1)
            {
                Problem($"{path}.{name}", $"{name} {v} is outside [0, 1]; it is a fraction");
            }

            return value ?? fallback;
        }

        return new CapacitySettings(
            Fraction("initial", capacity.Initial, defaults.Initial),
            Fraction("ownership", capacity.Ownership, defaults.Ownership),
            Fraction("leadership", capacity.Leadership, defaults.Leadership),
            Fraction("turnover", capacity.Turnover, defaults.Turnover));
    }

    private LoadedSector? FindSector(string path, string sectorId)
    {
        var sector = _catalog.Find(sectorId);
        if (sector is null)
        {
            var loaded = _catalog.Sectors.Select(s => s.Id).ToList();
            var hint = DocumentBinder.Suggest(sectorId, loaded) is { } s ? $"; did you mean '{s}'?" : "";
            var list = loaded.Count == 0 ? "no sector plugins are loaded" : "loaded sectors: " + string.Join(", ", loaded);
            Problem(path, $"unknown sector '{sectorId}'{hint} ({list})");
        }

        return sector;
    }

    private List<ResolvedProgramme> ResolveProgrammes(ScenarioDocument document, List<ResolvedCity> cities)
    {
        var byId = cities.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var cuts = document.FundingCuts
            .GroupBy(c => c.Scheme, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(c => c.FromYear), StringComparer.Ordinal);
        var programmes = new List<ResolvedProgramme>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Programmes.Count; i++)
        {
            var programme = document.Programmes[i];
            var path = JsonPath.Index("$.programmes", i);
            if (!IdPattern().IsMatch(programme.Id))
            {
                Problem($"{path}.id", $"programme id '{programme.Id}' must be lower case letters, digits and '-'");
            }
            else if (!seen.Add(programme.Id))
            {
                Problem($"{path}.id", $"programme id '{programme.Id}' is used twice");
            }

            var partner = FindCity($"{path}.partner", programme.Partner, byId);
            var city = FindCity($"{path}.city", programme.City, byId);
            var sector = FindSector($"{path}.sector", programme.Sector);
            if (partner is not null && city is not null && partner.Id == city.Id)
            {
                Problem($"{path}.partner", $"'{city.Id}' cannot be its own partner");
            }

            if (city is not null && sector is not null && city.Sector(sector.Id) is null)
            {
                Problem($"{path}.sector",
                    $"city '{city.Id}' does not simulate sector '{sector.Id}'; add \"{sector.Id}\": {{}} under its 'sectors'");
            }

            var phases = ResolvePhases(path, programme, sector, cuts);
            if (partner is not null && city is not null && sector is not null)
            {
                programmes.Add(new ResolvedProgramme(programme.Id, partner, city, sector, phases));
            }
        }

        return programmes;
    }

    private ResolvedCity? FindCity(string path, string id, Dictionary<string, ResolvedCity> byId)
    {
        if (byId.TryGetValue(id, out var city))
        {
            return city;
        }

        var hint = DocumentBinder.Suggest(id, byId.Keys) is { } s ? $"; did you mean '{s}'?" : "";
        Problem(path, $"unknown city '{id}'{hint} (cities: {string.Join(", ", byId.Keys)})");
        return null;
    }

    private List<ResolvedPhase> ResolvePhases(string path, ProgrammeDocument programme, LoadedSector? sector, Dictionary<string, int> cuts)
    {
        var phases = new List<ResolvedPhase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var technologies = sector?.Descriptor.Technologies ?? [];
        for (var j = 0; j < programme.Phases.Count; j++)
        {
            var phase = programme.Phases[j];
            var phasePath = JsonPath.Index($"{path}.phases", j);
            if (!seen.Add(phase.Id))
            {
                Problem($"{phasePath}.id", $"phase id '{phase.Id}' is used twice in programme '{programme.Id}'");
            }

            if (phase.To < phase.From)
            {
                Problem($"{phasePath}.to", $"the phase's years are inverted: 'to' {phase.To} is before 'from' {phase.From}");
                continue;
            }

            WithinLimit($"{phasePath}.funding", phase.Funding, MaxFunding);
            var activities = phase.Activities;
            var activitiesPath = $"{phasePath}.activities";
            WithinLimit($"{activitiesPath}.expertPersonMonths", activities.ExpertPersonMonths, MaxYearlyActivity);
            WithinLimit($"{activitiesPath}.trainees", activities.Trainees, MaxYearlyActivity);
            WithinLimit($"{activitiesPath}.demonstrations", activities.Demonstrations, MaxYearlyActivity);
            var perTechnology = new double[technologies.Count];
            foreach (var (id, units) in activities.Technologies)
            {
                var techPath = JsonPath.Property($"{activitiesPath}.technologies", id);
                var index = technologies.ToList().FindIndex(t => t.Id == id);
                if (index < 0)
                {
                    if (sector is not null)
                    {
                        var known = technologies.Select(t => t.Id).ToList();
                        var hint = DocumentBinder.Suggest(id, known) is { } s ? $"did you mean '{s}'? " : "";
                        Problem(techPath, $"sector '{sector.Id}' has no technology '{id}'; {hint}(technologies: {string.Join(", ", known)})");
                    }

                    continue;
                }

                WithinLimit(techPath, units, MaxYearlyActivity);
                perTechnology[index] = units;
            }

            var scheme = phase.Scheme ?? "";
            var to = cuts.TryGetValue(scheme, out var cutFrom) ? Math.Min(phase.To, cutFrom - 1) : phase.To;
            if (to < phase.From)
            {
                continue;
            }

            var fundingPerYear = phase.Funding / (phase.To - phase.From + 1);
            phases.Add(new ResolvedPhase(phase.Id, scheme, phase.From, to, fundingPerYear,
                activities.ExpertPersonMonths, activities.Trainees, activities.Demonstrations, perTechnology));
        }

        return phases;
    }

    private void CheckFundingCuts(ScenarioDocument document)
    {
        var schemes = document.Programmes.SelectMany(p => p.Phases).Select(p => p.Scheme).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < document.FundingCuts.Count; i++)
        {
            var cut = document.FundingCuts[i];
            if (!schemes.Contains(cut.Scheme))
            {
                var hint = DocumentBinder.Suggest(cut.Scheme, schemes) is { } s ? $"did you mean '{s}'? " : "";
                Problem($"$.fundingCuts[{i}].scheme", $"no phase is funded by scheme '{cut.Scheme}'; {hint}(schemes: {string.Join(", ", schemes)})");
            }
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
