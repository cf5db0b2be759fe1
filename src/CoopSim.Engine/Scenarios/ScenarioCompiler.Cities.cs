using CoopSim.Abstractions;
using CoopSim.Engine.Json;
using CoopSim.Engine.Plugins;

namespace CoopSim.Engine.Scenarios;

public sealed partial class ScenarioCompiler
{
    private List<ResolvedCity> ResolveCities(ScenarioDocument document)
    {
        var cities = new List<ResolvedCity>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Cities.Count; i++)
        {
            var city = document.Cities[i];
            var path = JsonPath.Index("$.cities", i);
            if (!ValueRules.IsId(city.Id))
            {
                Problem($"{path}.id", $"city id '{city.Id}' must be lower case letters, digits and '-'");
            }
            else if (!seen.Add(city.Id))
            {
                Problem($"{path}.id", $"city id '{city.Id}' is used twice");
            }

            var population = _fields.Of<CityDocument>(nameof(CityDocument.Population));
            if (!population.Accepts(city.Population))
            {
                Problem($"{path}.{population.Name}", $"population must be {population.RangeText()}, found {city.Population}");
            }

            var growth = _fields.Of<CityDocument>(nameof(CityDocument.PopulationGrowth));
            if (!growth.Accepts(city.PopulationGrowth))
            {
                Problem($"{path}.{growth.Name}",
                    $"population growth {city.PopulationGrowth} is outside {growth.Interval()}; it is a yearly fraction (0.03 = 3%)");
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
        var capacity = ResolveCapacity($"{path}.capacity", config.Capacity);
        return new ResolvedCitySector(sector, values, capacity, ResolveUncertain(path, sector, config, values, capacity));
    }

    /// <summary>The capacity settings with unset ones at the catalogue's defaults (docs/models/cooperation.md gives their grounds).</summary>
    private CapacitySettings ResolveCapacity(string path, CapacityDocument? capacity)
    {
        double Setting(string property)
        {
            var field = _fields.Of<CapacityDocument>(property);
            var value = capacity is null ? null : (double?)field.Property.GetValue(capacity);
            WithinFraction($"{path}.{field.Name}", field, value);
            return value ?? field.Default ?? throw new InvalidOperationException($"capacity.{field.Name} declares no default");
        }

        return new CapacitySettings(
            Setting(nameof(CapacityDocument.Initial)),
            Setting(nameof(CapacityDocument.Ownership)),
            Setting(nameof(CapacityDocument.Leadership)),
            Setting(nameof(CapacityDocument.Turnover)));
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
}
