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
}
