using System.Globalization;
using CoopSim.Abstractions;
using CoopSim.Engine.Json;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Tui.ViewModels;

internal static partial class EditorTreeBuilder
{
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
}
