using CoopSim.Engine.Diagnostics;

namespace CoopSim.Engine.Json;

/// <summary>
/// A JSON value that remembers where it was written. Scenario files are read into these nodes
/// (not JsonDocument) so that a value inherited through <c>extends</c> still points at the file
/// and line it came from when it turns out to be wrong.
/// </summary>
public abstract class JsonSourceNode(SourceLocation location)
{
    public SourceLocation Location { get; } = location;

    /// <summary>A word for the kind of value, used in "expected …, found …" messages.</summary>
    public abstract string KindName { get; }
}

public sealed class JsonSourceObject(SourceLocation location, IReadOnlyList<JsonSourceProperty> properties)
    : JsonSourceNode(location)
{
    public IReadOnlyList<JsonSourceProperty> Properties { get; } = properties;

    public override string KindName => "an object";

    public JsonSourceNode? this[string name]
    {
        get
        {
            foreach (var property in Properties)
            {
                if (property.Name == name)
                {
                    return property.Value;
                }
            }

            return null;
        }
    }

    public JsonSourceProperty? Find(string name) => Properties.FirstOrDefault(p => p.Name == name);
}

public sealed record JsonSourceProperty(string Name, SourceLocation NameLocation, JsonSourceNode Value);

public sealed class JsonSourceArray(SourceLocation location, IReadOnlyList<JsonSourceNode> items)
    : JsonSourceNode(location)
{
    public IReadOnlyList<JsonSourceNode> Items { get; } = items;

    public override string KindName => "an array";
}

public enum JsonScalarKind
{
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A string, number, boolean or null. Numbers keep their text so integers stay exact.</summary>
public sealed class JsonSourceScalar(SourceLocation location, JsonScalarKind kind, string? text)
    : JsonSourceNode(location)
{
    public JsonScalarKind Kind { get; } = kind;

    /// <summary>The string value, or the number as written; null for booleans and null.</summary>
    public string? Text { get; } = text;

    public override string KindName => Kind switch
    {
        JsonScalarKind.String => $"a string (\"{Abbreviate(Text)}\")",
        JsonScalarKind.Number => $"a number ({Text})",
        JsonScalarKind.True => "true",
        JsonScalarKind.False => "false",
        _ => "null",
    };

    private static string Abbreviate(string? text) =>
        text is null ? "" : text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 37), "...");
}
