using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
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
public sealed class DocumentBinder
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

        Problem(node, path, $"expected a whole number, found {n.Text}");
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

    private object? BindObject(Type type, JsonSourceNode node, string path)
    {
        if (node is not JsonSourceObject obj)
        {
            return Expected(type, node, path);
        }

        var shape = Shapes.GetOrAdd(type, TypeShape.Of);
        var instance = Activator.CreateInstance(type)!;
        var bound = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in obj.Properties)
        {
            var childPath = JsonPath.Property(path, property.Name);
            if (!shape.Members.TryGetValue(property.Name, out var member))
            {
                _locations[childPath] = property.NameLocation;
                Problem(property.NameLocation, childPath, UnknownProperty(property.Name, shape));
                continue;
            }

            bound.Add(property.Name);
            var value = BindValue(member.Property.PropertyType, property.Value, childPath, member.AllowsNull);
            if (value is not null || member.AllowsNull)
            {
                member.Property.SetValue(instance, value);
            }
        }

        foreach (var (name, member) in shape.Members)
        {
            if (member.Required && !bound.Contains(name))
            {
                Problem(node, JsonPath.Property(path, name), $"missing required property '{name}' ({Describe(member.Property.PropertyType)})");
            }

            // A value that could not be bound leaves a harmless placeholder, so that later checks
            // can run over the rest of the document; its problem is already reported.
            if (!member.AllowsNull && member.Property.PropertyType == typeof(string) && member.Property.GetValue(instance) is null)
            {
                member.Property.SetValue(instance, "");
            }
        }

        return instance;
    }

    private static string UnknownProperty(string name, TypeShape shape)
    {
        var known = string.Join(", ", shape.Members.Keys);
        var suggestion = Suggest(name, shape.Members.Keys);
        return suggestion is null
            ? $"unknown property '{name}'; expected one of: {known}"
            : $"unknown property '{name}'; did you mean '{suggestion}'? (expected one of: {known})";
    }

    /// <summary>The closest name by edit distance, when it is close enough to be a typo.</summary>
    public static string? Suggest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return bestDistance <= Math.Max(1, (name.Length + 1) / 3) ? best : null;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private object? Expected(Type type, JsonSourceNode node, string path)
    {
        Problem(node, path, $"expected {Describe(type)}, found {node.KindName}");
        return null;
    }

    public static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return "a string";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type == typeof(int))
        {
            return "a whole number";
        }

        if (type == typeof(double))
        {
            return "a number";
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            return "an array";
        }

        return "an object";
    }

    private void Problem(JsonSourceNode node, string path, string message) => Problem(node.Location, path, message);

    private void Problem(SourceLocation location, string path, string message) =>
        _problems.Add(new ScenarioProblem(location, path, message));

    private sealed record Member(PropertyInfo Property, bool Required, bool AllowsNull);

    private sealed record TypeShape(IReadOnlyDictionary<string, Member> Members)
    {
        public static TypeShape Of(Type type)
        {
            var members = new Dictionary<string, Member>(StringComparer.Ordinal);
            var nullability = new NullabilityInfoContext();
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.SetMethod is null || property.GetCustomAttribute<JsonIgnoreAttribute>() is not null)
                {
                    continue;
                }

                var required = property.GetCustomAttribute<RequiredMemberAttribute>() is not null;
                var allowsNull = !property.PropertyType.IsValueType
                    ? nullability.Create(property).WriteState == NullabilityState.Nullable
                    : Nullable.GetUnderlyingType(property.PropertyType) is not null;
                members[JsonName(property)] = new Member(property, required, allowsNull);
            }

            return new TypeShape(members);
        }
    }
}
