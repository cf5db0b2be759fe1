using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CoopSim.Engine.Scenarios;

/// <summary>
/// Writes a <see cref="ScenarioDocument"/> back to scenario JSON, over the same document classes the
/// binder reads, so that reading the text gives back an equal document. A value that is null, or
/// equal to what the property holds when the file leaves it out, is not written.
/// </summary>
public static class ScenarioWriter
{
    private static readonly JsonSerializerOptions TextOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The document as a JSON object, properties in declaration order.</summary>
    public static JsonObject ToJson(ScenarioDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return (JsonObject)ToNode(document, typeof(ScenarioDocument))!;
    }

    /// <summary>The document as indented scenario text, ending with a newline.</summary>
    public static string Write(ScenarioDocument document) => Write(ToJson(document));

    public static string Write(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.ToJsonString(TextOptions) + "\n";
    }

    /// <summary>A deep copy that shares nothing with the original.</summary>
    public static ScenarioDocument Copy(ScenarioDocument document)
    {
        // Read without 'extends' so the copy does not go looking for a parent file.
        var json = ToJson(document);
        json.Remove("extends");
        var source = ScenarioReader.ReadText(Write(json), "copy.json");
        var copy = source.Document ?? throw new InvalidOperationException(
            "a scenario document did not read back from its own text: " + string.Join("; ", source.Problems));
        copy.Extends = document.Extends;
        return copy;
    }

    /// <summary>Whether two documents would be written identically.</summary>
    public static bool AreEqual(ScenarioDocument a, ScenarioDocument b) => JsonNode.DeepEquals(ToJson(a), ToJson(b));

    private static JsonNode? ToNode(object? value, Type type)
    {
        if (value is null)
        {
            return null;
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        switch (value)
        {
            case string s:
                return JsonValue.Create(s);
            case bool b:
                return JsonValue.Create(b);
            case int i:
                return JsonValue.Create(i);
            case double d:
                return JsonValue.Create(d);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            var itemType = type.GetGenericArguments()[0];
            var array = new JsonArray();
            foreach (var item in (IList)value)
            {
                array.Add(ToNode(item, itemType));
            }

            return array;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            var valueType = type.GetGenericArguments()[1];
            var obj = new JsonObject();
            foreach (DictionaryEntry entry in (IDictionary)value)
            {
                obj[(string)entry.Key] = ToNode(entry.Value, valueType);
            }

            return obj;
        }

        return ObjectToNode(value, type);
    }

    private static JsonObject ObjectToNode(object value, Type type)
    {
        // A fresh instance holds what a property is when the file leaves it out (the binder starts from one).
        var fresh = Activator.CreateInstance(type)!;
        var obj = new JsonObject();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is null || property.GetCustomAttribute<JsonIgnoreAttribute>() is not null)
            {
                continue;
            }

            var node = ToNode(property.GetValue(value), property.PropertyType);
            if (node is null)
            {
                continue;
            }

            var required = property.GetCustomAttribute<RequiredMemberAttribute>() is not null;
            if (!required && JsonNode.DeepEquals(node, ToNode(property.GetValue(fresh), property.PropertyType)))
            {
                continue;
            }

            obj[DocumentBinder.JsonName(property)] = node;
        }

        return obj;
    }
}
