using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Tui.ViewModels;

/// <summary>
/// Builds the editor's tree for a document. Sector parameters and technologies come from the loaded
/// plugins' declarations and the scenario format's own fields from the <see cref="FieldCatalogue"/>,
/// never from a list kept here, so a new or changed declaration shows up as it is.
/// </summary>
internal static partial class EditorTreeBuilder
{
    public static IReadOnlyList<EditorNode> Build(ScenarioDocument document, PluginCatalog catalog, FieldCatalogue fields)
    {
        IReadOnlyList<EditorNode> roots = [Header(fields), Cities(document, catalog, fields), Programmes(document, catalog, fields), FundingCuts(document, fields)];
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

    private static EditorNode Header(FieldCatalogue fields)
    {
        FieldSpec Top(string property) => fields.Of<ScenarioDocument>(property);
        EditorField Year(string property, string label, Func<ScenarioDocument, int> get, Action<ScenarioDocument, int> set) =>
            Declared(Top(property), "$", label, FieldKind.WholeNumber, d => get(d), (d, v) => set(d, (int)(double)v!));

        var nodes = new List<EditorNode>
        {
            FieldNode(Declared(Top(nameof(ScenarioDocument.Name)), "$", "name", FieldKind.Text, d => d.Name, (d, v) => d.Name = (string)v!)),
            FieldNode(Declared(Top(nameof(ScenarioDocument.Description)), "$", "description", FieldKind.Text, d => d.Description, (d, v) => d.Description = (string?)v,
                optional: true)),
            FieldNode(Year(nameof(ScenarioDocument.StartYear), "start year", d => d.StartYear, (d, v) => d.StartYear = v)),
            FieldNode(Year(nameof(ScenarioDocument.EndYear), "end year", d => d.EndYear, (d, v) => d.EndYear = v)),
            FieldNode(Declared(Top(nameof(ScenarioDocument.Seed)), "$", "seed", FieldKind.WholeNumber, d => d.Seed, (d, v) => d.Seed = (int)(double)v!)),
        };
        return new EditorNode("scenario", EditorNodeKind.Group, "Scenario", nodes) { Description = "The scenario's name, years and seed." };
    }

    /// <summary>
    /// A field of the scenario format at <paramref name="parent"/>: unit, range, description and,
    /// for an optional field, the default all come from the catalogue.
    /// </summary>
    private static EditorField Declared(FieldSpec spec, string parent, string label, FieldKind kind,
        Func<ScenarioDocument, object?> get, Action<ScenarioDocument, object?> set, Func<ScenarioDocument, string?>? source = null, bool optional = false) =>
        new($"{parent}.{spec.Name}", label, kind, get, set)
        {
            Unit = spec.Unit,
            Minimum = spec.Minimum,
            Maximum = spec.Maximum,
            MinimumExclusive = spec.MinimumExclusive,
            MaximumIsCeiling = spec.MaximumIsCeiling,
            IsOptional = optional,
            Default = optional ? spec.Default : null,
            Description = spec.Description,
            Source = source ?? (_ => null),
        };

    private static EditorNode FieldNode(EditorField field) =>
        new(field.Path, EditorNodeKind.Field, field.Label, []) { Field = field, Description = field.Description };
}
