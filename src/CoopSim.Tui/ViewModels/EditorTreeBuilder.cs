using System.Globalization;
using CoopSim.Abstractions;
using CoopSim.Engine.Cooperation;
using CoopSim.Engine.Json;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Tui.ViewModels;

/// <summary>
/// Builds the editor's tree for a document. Sector parameters and technologies come from the loaded
/// plugins' declarations, never from a list kept here, so a new or changed plugin shows up as it is.
/// </summary>
internal static class EditorTreeBuilder
{
    private const string Fraction = "fraction";

    public static IReadOnlyList<EditorNode> Build(ScenarioDocument document, PluginCatalog catalog)
    {
        IReadOnlyList<EditorNode> roots = [Header(), Cities(document, catalog), Programmes(document, catalog), FundingCuts(document)];
        foreach (var root in roots)
        {
            NameFields(root);
        }

        return roots;
    }

    /// <summary>A field is known by its group and label, which outlive the indices in its JSON path.</summary>
    private static void NameFields(EditorNode group)
    {
        foreach (var child in group.Children)
        {
            if (child.Kind == EditorNodeKind.Field)
            {
                child.Key = $"{group.Key}/{child.Title}";
            }
            else
            {
                NameFields(child);
            }
        }
    }

    private static EditorNode Header()
    {
        var fields = new List<EditorNode>
        {
            FieldNode(new EditorField("$.name", "name", FieldKind.Text, d => d.Name, (d, v) => d.Name = (string)v!)
            {
                Description = "A short name shown in tables and charts.",
            }),
            FieldNode(new EditorField("$.description", "description", FieldKind.Text, d => d.Description, (d, v) => d.Description = (string?)v)
            {
                IsOptional = true,
                Description = "What the scenario represents and which facts it rests on.",
            }),
            FieldNode(Year("$.startYear", "start year", d => d.StartYear, (d, v) => d.StartYear = v, "The first simulated year.")),
            FieldNode(Year("$.endYear", "end year", d => d.EndYear, (d, v) => d.EndYear = v, "The last simulated year (inclusive).")),
            FieldNode(new EditorField("$.seed", "seed", FieldKind.WholeNumber, d => d.Seed, (d, v) => d.Seed = (int)(double)v!)
            {
                Description = "The random seed; a run is a pure function of the scenario, the plugin versions and this seed.",
            }),
        };
        return new EditorNode("scenario", EditorNodeKind.Group, "Scenario", fields) { Description = "The scenario's name, years and seed." };
    }

    private static EditorField Year(string path, string label, Func<ScenarioDocument, int> get, Action<ScenarioDocument, int> set, string description) =>
        new(path, label, FieldKind.WholeNumber, d => get(d), (d, v) => set(d, (int)(double)v!))
        {
            Minimum = ScenarioCompiler.MinYear,
            Maximum = ScenarioCompiler.MaxYear,
            Description = description,
        };

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

    private static EditorNode Programmes(ScenarioDocument document, PluginCatalog catalog)
    {
        var programmes = new List<EditorNode>();
        for (var i = 0; i < document.Programmes.Count; i++)
        {
            programmes.Add(Programme(document.Programmes[i], i, catalog));
        }

        return new EditorNode("programmes", EditorNodeKind.Group, "Programmes", programmes)
        {
            Description = "Cooperation programmes: a partner's work with a city in one sector, in phases. Del removes the selected programme or phase.",
        };
    }

    private static EditorNode Programme(ProgrammeDocument programme, int index, PluginCatalog catalog)
    {
        var path = JsonPath.Index("$.programmes", index);
        var technologies = catalog.Find(programme.Sector)?.Descriptor.Technologies ?? [];
        var phases = new List<EditorNode>();
        for (var j = 0; j < programme.Phases.Count; j++)
        {
            phases.Add(Phase(programme.Id, programme.Phases[j], JsonPath.Index($"{path}.phases", j), technologies));
        }

        var title = $"{programme.Id}: {programme.Partner} -> {programme.City}, {programme.Sector}";
        return new EditorNode($"programme/{programme.Id}", EditorNodeKind.Programme, title, phases)
        {
            ProgrammeId = programme.Id,
            Description = programme.Description ?? title,
        };
    }

    private static EditorNode Phase(string programmeId, PhaseDocument phase, string path, IReadOnlyList<TechnologyDeclaration> technologies)
    {
        var phaseId = phase.Id;
        PhaseDocument? Find(ScenarioDocument d) =>
            d.Programmes.FirstOrDefault(p => p.Id == programmeId)?.Phases.FirstOrDefault(p => p.Id == phaseId);
        EditorField Activity(string name, string label, string unit, Func<ActivitiesDocument, double> get, Action<ActivitiesDocument, double> set, string description) =>
            new($"{path}.activities.{name}", label, FieldKind.Number,
                d => Find(d) is { } p ? get(p.Activities) : null,
                (d, v) => set(Find(d)!.Activities, (double?)v ?? 0))
            {
                Unit = unit,
                Minimum = 0,
                IsOptional = true,
                Default = 0.0,
                Description = description,
                Source = d => Find(d)?.Source,
            };

        var fields = new List<EditorNode>
        {
            FieldNode(new EditorField($"{path}.from", "from", FieldKind.WholeNumber, d => Find(d)?.From, (d, v) => Find(d)!.From = (int)(double)v!)
            {
                Minimum = ScenarioCompiler.MinYear,
                Maximum = ScenarioCompiler.MaxYear,
                Description = "The first year of the phase.",
                Source = d => Find(d)?.Source,
            }),
            FieldNode(new EditorField($"{path}.to", "to", FieldKind.WholeNumber, d => Find(d)?.To, (d, v) => Find(d)!.To = (int)(double)v!)
            {
                Minimum = ScenarioCompiler.MinYear,
                Maximum = ScenarioCompiler.MaxYear,
                Description = "The last year of the phase (inclusive).",
                Source = d => Find(d)?.Source,
            }),
            FieldNode(new EditorField($"{path}.scheme", "scheme", FieldKind.Text, d => Find(d)?.Scheme, (d, v) => Find(d)!.Scheme = (string?)v)
            {
                IsOptional = true,
                Description = "The funding scheme, e.g. \"JICA Partnership Program\" or \"own budget\". Funding cuts name schemes.",
                Source = d => Find(d)?.Source,
            }),
            FieldNode(new EditorField($"{path}.funding", "funding", FieldKind.Number,
                d => Find(d)?.Funding, (d, v) => Find(d)!.Funding = (double?)v ?? 0)
            {
                Unit = "USD",
                Minimum = 0,
                IsOptional = true,
                Default = 0.0,
                Description = "Funding for the whole phase, spread evenly over its years.",
                Source = d => Find(d)?.Source,
            }),
            FieldNode(Activity("expertPersonMonths", "expert person-months", "person-months/year", a => a.ExpertPersonMonths,
                (a, v) => a.ExpertPersonMonths = v, "Expert time dispatched to the receiving city per year.")),
            FieldNode(Activity("trainees", "trainees", "people/year", a => a.Trainees, (a, v) => a.Trainees = v,
                "Receiving-city staff trained per year.")),
            FieldNode(Activity("demonstrations", "demonstrations", "projects/year", a => a.Demonstrations, (a, v) => a.Demonstrations = v,
                "Demonstration projects running per year.")),
        };

        foreach (var technology in technologies)
        {
            var id = technology.Id;
            fields.Add(FieldNode(new EditorField(JsonPath.Property($"{path}.activities.technologies", id), id, FieldKind.Number,
                d => Find(d) is { } p ? p.Activities.Technologies.GetValueOrDefault(id) : null,
                (d, v) =>
                {
                    var adopted = Find(d)!.Activities.Technologies;
                    if (v is double units && units != 0)
                    {
                        adopted[id] = units;
                    }
                    else
                    {
                        adopted.Remove(id);
                    }
                })
            {
                Unit = technology.Unit + "/year",
                Minimum = 0,
                IsOptional = true,
                Default = 0.0,
                Description = technology.Description,
                Source = d => Find(d)?.Source,
            }));
        }

        var name = phase.Name is { Length: > 0 } n ? $" {n}" : "";
        var title = string.Create(CultureInfo.InvariantCulture, $"{phase.Id} {phase.From}-{phase.To}{name}");
        return new EditorNode($"programme/{programmeId}/phase/{phaseId}", EditorNodeKind.Phase, title, fields)
        {
            ProgrammeId = programmeId,
            PhaseId = phaseId,
            Description = $"Phase '{phase.Id}' of programme '{programmeId}'. Del removes it; Ins adds a phase after it.",
        };
    }

    private static EditorNode FundingCuts(ScenarioDocument document)
    {
        var schemes = document.Programmes.SelectMany(p => p.Phases).Select(p => p.Scheme).OfType<string>()
            .Concat(document.FundingCuts.Select(c => c.Scheme))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var fields = schemes.Select(scheme => FieldNode(new EditorField("$.fundingCuts", scheme, FieldKind.WholeNumber,
            d => d.FundingCuts.Where(c => c.Scheme == scheme).Select(c => (int?)c.FromYear).Min(),
            (d, v) =>
            {
                var index = d.FundingCuts.FindIndex(c => c.Scheme == scheme);
                d.FundingCuts.RemoveAll(c => c.Scheme == scheme);
                if (v is double year)
                {
                    var cut = new FundingCutDocument { Scheme = scheme, FromYear = (int)year };
                    d.FundingCuts.Insert(index < 0 ? d.FundingCuts.Count : index, cut);
                }
            })
        {
            Minimum = ScenarioCompiler.MinYear,
            Maximum = ScenarioCompiler.MaxYear,
            IsOptional = true,
            EmptyMeaning = "never stops",
            Description = $"The first year without funding from '{scheme}': every phase it funds ends the year before. Empty: it never stops.",
        })).ToList();
        return new EditorNode("funding-cuts", EditorNodeKind.Group, "Funding cuts", fields)
        {
            Description = "Funding schemes that stop from a given year (\"what if the funding stops in 2006?\").",
        };
    }

    private static EditorNode FieldNode(EditorField field) =>
        new(field.Path, EditorNodeKind.Field, field.Label, []) { Field = field, Description = field.Description };
}
