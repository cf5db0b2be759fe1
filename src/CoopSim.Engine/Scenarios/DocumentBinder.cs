using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Json;

namespace CoopSim.Engine.Scenarios;

/// <summary>
/// Binds a <see cref="JsonSourceNode"/> tree onto document classes, collecting every mismatch
/// (unknown property, wrong type, missing required value) instead of stopping at the first, and
/// recording where each JSON path was written so that later checks can point at it.
/// </summary>
/// <remarks>
/// The document classes are the single description of the format: the binder reads their
/// properties, and <see cref="ScenarioSchema"/> exports the same classes as JSON Schema.
/// </remarks>
public sealed partial class DocumentBinder
{
    private static readonly ConcurrentDictionary<Type, TypeShape> Shapes = new();

    private readonly List<ScenarioProblem> _problems;
    private readonly Dictionary<string, SourceLocation> _locations;

    public DocumentBinder(List<ScenarioProblem> problems, Dictionary<string, SourceLocation> locations)
    {
        _problems = problems;
        _locations = locations;
    }

    public T? Bind<T>(JsonSourceNode node) where T : class => (T?)BindValue(typeof(T), node, "$", allowNull: false);

    /// <summary>The JSON name of a document property: its [JsonPropertyName] or its camelCase name.</summary>
    public static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
        ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private object? BindValue(Type type, JsonSourceNode node, string path, bool allowNull)
    {
        _locations[path] = node.Location;
        var underlying = Nullable.GetUnderlyingType(type);
        if (node is JsonSourceScalar { Kind: JsonScalarKind.Null })
        {
            if (allowNull || underlying is not null)
            {
                return null;
            }

            Expected(type, node, path);
            return null;
        }

        type = underlying ?? type;
        if (type == typeof(string))
        {
            return node is JsonSourceScalar { Kind: JsonScalarKind.String } s ? s.Text : Expected(type, node, path);
        }

        if (type == typeof(bool))
        {
            return node is JsonSourceScalar { Kind: JsonScalarKind.True or JsonScalarKind.False } b
                ? b.Kind == JsonScalarKind.True
                : Expected(type, node, path);
        }

        if (type == typeof(double))
        {
            return BindNumber(node, path);
        }

        if (type == typeof(int))
        {
            return BindInteger(node, path);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            return BindList(type, node, path);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            return BindDictionary(type, node, path);
        }

        return BindObject(type, node, path);
    }

    private object? BindNumber(JsonSourceNode node, string path)
    {
        if (node is not JsonSourceScalar { Kind: JsonScalarKind.Number } n)
        {
            return Expected(typeof(double), node, path);
        }

        var value = double.Parse(n.Text!, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (!double.IsFinite(value))
        {
            Problem(node, path, $"the number {n.Text} is too large");
            return null;
        }

        return value;
    }

    private object? BindInteger(JsonSourceNode node, string path)
    {
        if (node is not JsonSourceScalar { Kind: JsonScalarKind.Number } n)
        {
            return Expected(typeof(int), node, path);
        }

        if (int.TryParse(n.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        // The same words as the schema ("integer", a 32-bit range), so the two never seem to disagree.
        var range = double.TryParse(n.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && Math.Floor(number) == number
            ? $" from {int.MinValue} to {int.MaxValue}"
            : "";
        Problem(node, path, $"expected an integer{range}, found {n.Text}");
        return null;
    }

    private object? BindList(Type type, JsonSourceNode node, string path)
    {
        if (node is not JsonSourceArray array)
        {
            return Expected(type, node, path);
        }

        var itemType = type.GetGenericArguments()[0];
        var list = (IList)Activator.CreateInstance(type)!;
        for (var i = 0; i < array.Items.Count; i++)
        {
            var item = BindValue(itemType, array.Items[i], JsonPath.Index(path, i), allowNull: false);
            if (item is not null)
            {
                list.Add(item);
            }
        }

        return list;
    }

    private object? BindDictionary(Type type, JsonSourceNode node, string path)
    {
        if (node is not JsonSourceObject obj)
        {
            return Expected(type, node, path);
        }

        var valueType = type.GetGenericArguments()[1];
        var dictionary = (IDictionary)Activator.CreateInstance(type)!;
        foreach (var property in obj.Properties)
        {
            var value = BindValue(valueType, property.Value, JsonPath.Property(path, property.Name), allowNull: false);
            if (value is not null)
            {
                dictionary[property.Name] = value;
            }
        }

        return dictionary;
    }
}
