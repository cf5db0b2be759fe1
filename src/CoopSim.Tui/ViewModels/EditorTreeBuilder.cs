using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Tui.ViewModels;

/// <summary>
/// Builds the editor's tree for a document. Sector parameters and technologies come from the loaded
/// plugins' declarations, never from a list kept here, so a new or changed plugin shows up as it is.
/// </summary>
internal static partial class EditorTreeBuilder
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

    private static EditorNode FieldNode(EditorField field) =>
        new(field.Path, EditorNodeKind.Field, field.Label, []) { Field = field, Description = field.Description };
}
