using CoopSim.Abstractions;
using CoopSim.Engine.Json;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Tui.ViewModels;

internal static partial class EditorTreeBuilder
{
    private static EditorNode Cities(ScenarioDocument document, PluginCatalog catalog)
    {
        var cities = new List<EditorNode>();
        for (var i = 0; i < document.Cities.Count; i++)
        {
            cities.Add(City(document.Cities[i], i, catalog));
        }

        return new EditorNode("cities", EditorNodeKind.Group, "Cities", cities) { Description = "Receiving cities (with sectors) and partner cities." };
    }

    private static EditorNode City(CityDocument city, int index, PluginCatalog catalog)
    {
        var id = city.Id;
        var path = JsonPath.Index("$.cities", index);
        CityDocument? Find(ScenarioDocument d) => d.Cities.FirstOrDefault(c => c.Id == id);
        var children = new List<EditorNode>
        {
            FieldNode(new EditorField($"{path}.population", "population", FieldKind.Number,
                d => Find(d)?.Population, (d, v) => Find(d)!.Population = (double)v!)
            {
                Unit = "people",
                Minimum = 1,
                Description = "Population in the start year.",
                Source = d => Find(d)?.Source,
            }),
            FieldNode(new EditorField($"{path}.populationGrowth", "population growth", FieldKind.Number,
                d => Find(d)?.PopulationGrowth, (d, v) => Find(d)!.PopulationGrowth = (double?)v ?? 0)
            {
                Unit = Fraction,
                Minimum = -0.5,
                Maximum = 0.5,
                IsOptional = true,
                Default = 0.0,
                Description = "Yearly population growth (3 % = 0.03 a year).",
                Source = d => Find(d)?.Source,
            }),
        };

        foreach (var (sectorId, _) in city.Sectors)
        {
            children.Add(Sector(id, path, sectorId, catalog));
        }

        var title = city.Name is { Length: > 0 } name ? $"{name} ({id})" : id;
        var role = city.Sectors.Count == 0 ? "partner city" : "simulated in " + string.Join(", ", city.Sectors.Keys);
        return new EditorNode($"city/{id}", EditorNodeKind.Group, title, children) { Description = $"{title}: {role}." };
    }

    private static EditorNode Sector(string cityId, string cityPath, string sectorId, PluginCatalog catalog)
    {
        var path = JsonPath.Property($"{cityPath}.sectors", sectorId);
        CitySectorDocument? Find(ScenarioDocument d) => d.Cities.FirstOrDefault(c => c.Id == cityId)?.Sectors.GetValueOrDefault(sectorId);
        var sector = catalog.Find(sectorId);
        var key = $"city/{cityId}/sector/{sectorId}";
        if (sector is null)
        {
            return new EditorNode(key, EditorNodeKind.Group, $"{sectorId} (no plugin loaded)", [])
            {
                Description = $"No loaded plugin declares the sector '{sectorId}', so its parameters are unknown here.",
            };
        }

        var descriptor = sector.Descriptor;
        var owner = $"the {descriptor.Id} plugin {descriptor.Version}";
        var parameters = descriptor.Parameters
            .Select(p => FieldNode(Parameter(path, p, owner, Find)))
            .ToList();
        var capacity = Capacity(path, key, Find);
        return new EditorNode(key, EditorNodeKind.Group, $"{descriptor.DisplayName} ({sectorId})", [.. parameters, capacity])
        {
            Description = descriptor.Description,
        };
    }

    private static EditorField Parameter(string sectorPath, ParameterDeclaration declaration, string owner, Func<ScenarioDocument, CitySectorDocument?> find)
    {
        var id = declaration.Id;
        return new EditorField(JsonPath.Property($"{sectorPath}.parameters", id), id, FieldKind.Number,
            d => find(d)?.Parameters.TryGetValue(id, out var value) == true ? value : null,
            (d, v) =>
            {
                var parameters = find(d)!.Parameters;
                if (v is double value)
                {
                    parameters[id] = value;
                }
                else
                {
                    parameters.Remove(id);
                }
            })
        {
            Unit = declaration.Unit,
            Minimum = declaration.Minimum,
            Maximum = declaration.Maximum,
            RangeOwner = owner,
            IsOptional = true,
            Default = declaration.Default,
            Description = declaration.Description,
            Source = d => find(d)?.Sources.GetValueOrDefault(id),
        };
    }

    private static EditorNode Capacity(string sectorPath, string sectorKey, Func<ScenarioDocument, CitySectorDocument?> find)
    {
        var path = $"{sectorPath}.capacity";
        var defaults = CapacitySettings.Default;
        EditorNode Setting(string name, double fallback, Func<CapacityDocument, double?> get, Action<CapacityDocument, double?> set, string description) =>
            FieldNode(new EditorField($"{path}.{name}", name, FieldKind.Number,
                d => find(d)?.Capacity is { } c ? get(c) : null,
                (d, v) =>
                {
                    var sector = find(d)!;
                    sector.Capacity ??= new CapacityDocument();
                    set(sector.Capacity, (double?)v);
                    if (sector.Capacity is { Initial: null, Ownership: null, Leadership: null, Turnover: null, Source: null })
                    {
                        sector.Capacity = null;
                    }
                })
            {
                Unit = Fraction,
                Minimum = 0,
                Maximum = 1,
                IsOptional = true,
                Default = fallback,
                Description = description,
                Source = d => find(d)?.Capacity?.Source,
            });

        var settings = new List<EditorNode>
        {
            Setting("initial", defaults.Initial, c => c.Initial, (c, v) => c.Initial = v, "Capacity in the start year."),
            Setting("ownership", defaults.Ownership, c => c.Ownership, (c, v) => c.Ownership = v,
                "Local eagerness to own the work; scales how much cooperation builds capacity."),
            Setting("leadership", defaults.Leadership, c => c.Leadership, (c, v) => c.Leadership = v,
                "Strength of local leadership; scales how much cooperation builds capacity."),
            Setting("turnover", defaults.Turnover, c => c.Turnover, (c, v) => c.Turnover = v,
                "Yearly share of built capacity lost through staff turnover."),
        };
        return new EditorNode($"{sectorKey}/capacity", EditorNodeKind.Group, "capacity", settings)
        {
            Description = "The city's local capability in this sector and what shapes it (docs/models/cooperation.md).",
        };
    }
}
