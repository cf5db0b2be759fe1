using System.Globalization;
using CoopSim.Abstractions;
using CoopSim.Engine.Json;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Tui.ViewModels;

internal static partial class EditorTreeBuilder
{
    private static EditorNode Programmes(ScenarioDocument document, PluginCatalog catalog, FieldCatalogue fields)
    {
        var programmes = new List<EditorNode>();
        for (var i = 0; i < document.Programmes.Count; i++)
        {
            programmes.Add(Programme(document.Programmes[i], i, catalog, fields));
        }

        return new EditorNode("programmes", EditorNodeKind.Group, "Programmes", programmes)
        {
            Description = "Cooperation programmes: a partner's work with a city in one sector, in phases. Del removes the selected programme or phase.",
        };
    }

    private static EditorNode Programme(ProgrammeDocument programme, int index, PluginCatalog catalog, FieldCatalogue fields)
    {
        var path = JsonPath.Index("$.programmes", index);
        var technologies = catalog.Find(programme.Sector)?.Descriptor.Technologies ?? [];
        var phases = new List<EditorNode>();
        for (var j = 0; j < programme.Phases.Count; j++)
        {
            phases.Add(Phase(programme.Id, programme.Phases[j], JsonPath.Index($"{path}.phases", j), technologies, fields));
        }

        var title = $"{programme.Id}: {programme.Partner} -> {programme.City}, {programme.Sector}";
        return new EditorNode($"programme/{programme.Id}", EditorNodeKind.Programme, title, phases)
        {
            ProgrammeId = programme.Id,
            Description = programme.Description ?? title,
        };
    }

    private static EditorNode Phase(string programmeId, PhaseDocument phase, string path, IReadOnlyList<TechnologyDeclaration> technologies, FieldCatalogue fields)
    {
        var phaseId = phase.Id;
        PhaseDocument? Find(ScenarioDocument d) =>
            d.Programmes.FirstOrDefault(p => p.Id == programmeId)?.Phases.FirstOrDefault(p => p.Id == phaseId);
        string? Source(ScenarioDocument d) => Find(d)?.Source;
        FieldSpec Field(string property) => fields.Of<PhaseDocument>(property);
        var activitiesPath = $"{path}.{Field(nameof(PhaseDocument.Activities)).Name}";
        EditorField Activity(string property, string label, Func<ActivitiesDocument, double> get, Action<ActivitiesDocument, double> set) =>
            Declared(fields.Of<ActivitiesDocument>(property), activitiesPath, label, FieldKind.Number,
                d => Find(d) is { } p ? get(p.Activities) : null,
                (d, v) => set(Find(d)!.Activities, (double?)v ?? 0), Source, optional: true);

        var nodes = new List<EditorNode>
        {
            FieldNode(Declared(Field(nameof(PhaseDocument.From)), path, "from", FieldKind.WholeNumber,
                d => Find(d)?.From, (d, v) => Find(d)!.From = (int)(double)v!, Source)),
            FieldNode(Declared(Field(nameof(PhaseDocument.To)), path, "to", FieldKind.WholeNumber,
                d => Find(d)?.To, (d, v) => Find(d)!.To = (int)(double)v!, Source)),
            FieldNode(Declared(Field(nameof(PhaseDocument.Scheme)), path, "scheme", FieldKind.Text,
                d => Find(d)?.Scheme, (d, v) => Find(d)!.Scheme = (string?)v, Source, optional: true)),
            FieldNode(Declared(Field(nameof(PhaseDocument.Funding)), path, "funding", FieldKind.Number,
                d => Find(d)?.Funding, (d, v) => Find(d)!.Funding = (double?)v ?? 0, Source, optional: true)),
            FieldNode(Activity(nameof(ActivitiesDocument.ExpertPersonMonths), "expert person-months", a => a.ExpertPersonMonths, (a, v) => a.ExpertPersonMonths = v)),
            FieldNode(Activity(nameof(ActivitiesDocument.Trainees), "trainees", a => a.Trainees, (a, v) => a.Trainees = v)),
            FieldNode(Activity(nameof(ActivitiesDocument.Demonstrations), "demonstrations", a => a.Demonstrations, (a, v) => a.Demonstrations = v)),
        };

        // The plugin declares each technology's unit and meaning; the format, how many may be adopted.
        var adoption = fields.Of<ActivitiesDocument>(nameof(ActivitiesDocument.Technologies));
        foreach (var technology in technologies)
        {
            var id = technology.Id;
            nodes.Add(FieldNode(new EditorField(JsonPath.Property($"{activitiesPath}.{adoption.Name}", id), id, FieldKind.Number,
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
                Minimum = adoption.Minimum,
                Maximum = adoption.Maximum,
                MaximumIsCeiling = adoption.MaximumIsCeiling,
                IsOptional = true,
                Default = adoption.Default,
                Description = technology.Description,
                Source = Source,
            }));
        }

        var name = phase.Name is { Length: > 0 } n ? $" {n}" : "";
        var title = string.Create(CultureInfo.InvariantCulture, $"{phase.Id} {phase.From}-{phase.To}{name}");
        return new EditorNode($"programme/{programmeId}/phase/{phaseId}", EditorNodeKind.Phase, title, nodes)
        {
            ProgrammeId = programmeId,
            PhaseId = phaseId,
            Description = $"Phase '{phase.Id}' of programme '{programmeId}'. Del removes it; Ins adds a phase after it.",
        };
    }

    private static EditorNode FundingCuts(ScenarioDocument document, FieldCatalogue fields)
    {
        var fromYear = fields.Of<FundingCutDocument>(nameof(FundingCutDocument.FromYear));
        var schemes = document.Programmes.SelectMany(p => p.Phases).Select(p => p.Scheme).OfType<string>()
            .Concat(document.FundingCuts.Select(c => c.Scheme))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var cuts = schemes.Select(scheme => FieldNode(new EditorField($"$.{fields.Of<ScenarioDocument>(nameof(ScenarioDocument.FundingCuts)).Name}", scheme, FieldKind.WholeNumber,
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
            Minimum = fromYear.Minimum,
            Maximum = fromYear.Maximum,
            IsOptional = true,
            EmptyMeaning = "never stops",
            Description = $"The first year without funding from '{scheme}': every phase it funds ends the year before. Empty: it never stops.",
        })).ToList();
        return new EditorNode("funding-cuts", EditorNodeKind.Group, "Funding cuts", cuts)
        {
            Description = "Funding schemes that stop from a given year (\"what if the funding stops in 2006?\").",
        };
    }
}
