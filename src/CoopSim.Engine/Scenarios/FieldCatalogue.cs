using System.ComponentModel;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;

namespace CoopSim.Engine.Scenarios;

/// <summary>
/// Every field of the scenario document classes with its unit, range, default, example and
/// description, read from the classes' attributes. The compiler checks ranges with it, the schema
/// exporter writes it, the planner's editor shows it and docs/scenarios.md's tables are generated
/// from it, so a range is changed in one place. Readers take a catalogue as an argument (defaulting
/// to <see cref="Default"/>), so a changed one can be handed to all of them.
/// </summary>
public sealed class FieldCatalogue
{
    private readonly Dictionary<PropertyInfo, FieldSpec> _byProperty;

    private FieldCatalogue(IReadOnlyList<DocumentFields> documents)
    {
        Documents = documents;
        _byProperty = documents.SelectMany(d => d.Fields).ToDictionary(f => f.Property);
    }

    /// <summary>The catalogue the document classes declare.</summary>
    public static FieldCatalogue Default { get; } = FromAttributes();

    /// <summary>Each document class reachable from <see cref="ScenarioDocument"/>, the top level first.</summary>
    public IReadOnlyList<DocumentFields> Documents { get; }

    public IEnumerable<FieldSpec> Fields => Documents.SelectMany(d => d.Fields);

    public static FieldCatalogue FromAttributes()
    {
        var documents = new List<DocumentFields>();
        Walk(typeof(ScenarioDocument), "", documents);
        return new FieldCatalogue(documents);
    }

    /// <summary>The field behind a C# property, e.g. <c>Of&lt;CapacityDocument&gt;(nameof(CapacityDocument.Ownership))</c>.</summary>
    public FieldSpec Of<TDocument>(string propertyName) =>
        Find(typeof(TDocument).GetProperty(propertyName) ?? throw new ArgumentException($"{typeof(TDocument).Name} has no property {propertyName}", nameof(propertyName)))
        ?? throw new ArgumentException($"{typeof(TDocument).Name} is not a scenario document", nameof(propertyName));

    public FieldSpec? Find(PropertyInfo property) => _byProperty.GetValueOrDefault(property);

    /// <summary>The fields of one document class, in declaration order.</summary>
    public IReadOnlyList<FieldSpec> FieldsOf<TDocument>() => Documents.First(d => d.Owner == typeof(TDocument)).Fields;

    /// <summary>A copy with one field replaced by <paramref name="changed"/> (the same property).</summary>
    public FieldCatalogue With(FieldSpec changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        if (!_byProperty.ContainsKey(changed.Property))
        {
            throw new ArgumentException($"{changed.Property.Name} is not a field of the catalogue", nameof(changed));
        }

        return new FieldCatalogue(Documents
            .Select(d => d with { Fields = d.Fields.Select(f => f.Property == changed.Property ? changed : f).ToList() })
            .ToList());
    }

    private static void Walk(Type owner, string path, List<DocumentFields> documents)
    {
        if (documents.Any(d => d.Owner == owner))
        {
            return;
        }

        var fields = new List<FieldSpec>();
        var entry = new DocumentFields(owner, path, fields);
        documents.Add(entry);
        var children = new List<(Type Type, string Path)>();
        foreach (var property in owner.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is null || property.GetCustomAttribute<JsonIgnoreAttribute>() is not null)
            {
                continue;
            }

            var name = DocumentBinder.JsonName(property);
            var fieldPath = path.Length == 0 ? name : $"{path}.{name}";
            fields.Add(Spec(owner, property, name, fieldPath));
            if (Child(property.PropertyType, fieldPath) is { } child)
            {
                children.Add(child);
            }
        }

        foreach (var (type, childPath) in children)
        {
            Walk(type, childPath, documents);
        }
    }

    private static (Type, string)? Child(Type type, string path)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            return Child(type.GetGenericArguments()[0], path + "[]");
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            return Child(type.GetGenericArguments()[1], path + ".*");
        }

        return type.IsClass && type.Namespace == typeof(ScenarioDocument).Namespace ? (type, path) : null;
    }

    private static FieldSpec Spec(Type owner, PropertyInfo property, string name, string path)
    {
        var description = property.GetCustomAttribute<DescriptionAttribute>()?.Description ?? "";
        var declared = property.GetCustomAttribute<ScenarioFieldAttribute>();
        var spec = new FieldSpec(owner, property, name, path, description)
        {
            IsRequired = property.GetCustomAttribute<RequiredMemberAttribute>() is not null,
        };
        if (declared is null)
        {
            return spec;
        }

        return spec with
        {
            IsDeclared = true,
            Unit = declared.Unit,
            Minimum = Number(declared.Minimum),
            Maximum = Number(declared.Maximum),
            MinimumExclusive = declared.MinimumExclusive,
            MaximumIsCeiling = declared.MaximumIsCeiling,
            Default = Number(declared.Default),
            Example = Number(declared.Example),
        };
    }

    private static double? Number(double value) => double.IsNaN(value) ? null : value;
}
