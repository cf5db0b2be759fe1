using CoopSim.Abstractions;
using CoopSim.Engine.Json;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Tui.ViewModels;

internal static partial class EditorTreeBuilder
{
    private static EditorNode Cities(ScenarioDocument document, PluginCatalog catalog, FieldCatalogue fields)
    {
        var cities = new List<EditorNode>();
        for (var i = 0; i < document.Cities.Count; i++)
        {
            cities.Add(City(document.Cities[i], i, catalog, fields));
        }

        return new EditorNode("cities", EditorNodeKind.Group, "Cities", cities)
        {
            Description = fields.Of<ScenarioDocument>(nameof(ScenarioDocument.Cities)).Description,
        };
    }

    private static EditorNode City(CityDocument city, int index, PluginCatalog catalog, FieldCatalogue fields)
    {
        var id = city.Id;
        var path = JsonPath.Index($"$.{fields.Of<ScenarioDocument>(nameof(ScenarioDocument.Cities)).Name}", index);
        CityDocument? Find(ScenarioDocument d) => d.Cities.FirstOrDefault(c => c.Id == id);
        string? Source(ScenarioDocument d) => Find(d)?.Source;
        var children = new List<EditorNode>
        {
            FieldNode(Declared(fields.Of<CityDocument>(nameof(CityDocument.Population)), path, "population", FieldKind.Number,
                d => Find(d)?.Population, (d, v) => Find(d)!.Population = (double)v!, Source)),
            FieldNode(Declared(fields.Of<CityDocument>(nameof(CityDocument.PopulationGrowth)), path, "population growth", FieldKind.Number,
                d => Find(d)?.PopulationGrowth, (d, v) => Find(d)!.PopulationGrowth = (double?)v ?? 0, Source, optional: true)),
        };

        foreach (var (sectorId, _) in city.Sectors)
        {
            children.Add(Sector(id, path, sectorId, catalog, fields));
        }

        var title = city.Name is { Length: > 0 } name ? $"{name} ({id})" : id;
        var role = city.Sectors.Count == 0 ? "partner city" : "simulated in " + string.Join(", ", city.Sectors.Keys);
        return new EditorNode($"city/{id}", EditorNodeKind.Group, title, children) { Description = $"{title}: {role}." };
    }

    private static EditorNode Sector(string cityId, string cityPath, string sectorId, PluginCatalog catalog, FieldCatalogue fields)
    {
        var path = JsonPath.Property($"{cityPath}.{fields.Of<CityDocument>(nameof(CityDocument.Sectors)).Name}", sectorId);
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
        var capacity = Capacity(path, key, Find, fields);
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

    /// <summary>One field per capacity setting the catalogue declares (its JSON name is the label).</summary>
    private static EditorNode Capacity(string sectorPath, string sectorKey, Func<ScenarioDocument, CitySectorDocument?> find, FieldCatalogue fields)
    {
        var group = fields.Of<CitySectorDocument>(nameof(CitySectorDocument.Capacity));
        var path = $"{sectorPath}.{group.Name}";
        EditorNode Setting(FieldSpec setting) =>
            FieldNode(Declared(setting, path, setting.Name, FieldKind.Number,
                d => find(d)?.Capacity is { } c ? setting.Property.GetValue(c) : null,
                (d, v) =>
                {
                    var sector = find(d)!;
                    sector.Capacity ??= new CapacityDocument();
                    setting.Property.SetValue(sector.Capacity, (double?)v);
                    if (sector.Capacity is { Initial: null, Ownership: null, Leadership: null, Turnover: null, Source: null })
                    {
                        sector.Capacity = null;
                    }
                },
                d => find(d)?.Capacity?.Source,
                optional: true));

        var settings = fields.FieldsOf<CapacityDocument>().Where(f => f.IsNumeric).Select(Setting).ToList();
        return new EditorNode($"{sectorKey}/{group.Name}", EditorNodeKind.Group, group.Name, settings) { Description = group.Description };
    }
}
