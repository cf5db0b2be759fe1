using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Json;

namespace CoopSim.Engine.Scenarios;

/// <summary>
/// Merges a child scenario onto its parent (docs/scenarios.md, "Inheritance"). Objects merge key by
/// key; a child value replaces the parent's; <c>null</c> removes the parent's value; arrays whose
/// items all carry an <c>id</c> merge item by item (a child item with <c>"$remove": true</c> drops the
/// parent's item); any other array is replaced whole. Every merged value keeps the location it was
/// written at, so problems in inherited values point into the parent file.
/// </summary>
public static class ScenarioMerger
{
    public const string RemoveMarker = "$remove";

    /// <summary>Keys that belong to one file and are never inherited.</summary>
    private static readonly HashSet<string> FileOwnKeys = ["extends", "$schema"];

    public static JsonSourceObject Merge(JsonSourceObject parent, JsonSourceObject child, List<ScenarioProblem> problems)
    {
        var parentOwn = new JsonSourceObject(parent.Location,
            parent.Properties.Where(p => !FileOwnKeys.Contains(p.Name)).ToList());
        return MergeObjects(parentOwn, child, "$", problems);
    }

    /// <summary>Strips <c>$remove</c> items from a scenario that extends nothing, reporting them.</summary>
    public static JsonSourceNode StripRemovals(JsonSourceNode node, string path, List<ScenarioProblem> problems)
    {
        switch (node)
        {
            case JsonSourceObject obj:
                return new JsonSourceObject(obj.Location, obj.Properties
                    .Select(p => p with { Value = StripRemovals(p.Value, JsonPath.Property(path, p.Name), problems) })
                    .ToList());
            case JsonSourceArray array:
                var items = new List<JsonSourceNode>();
                for (var i = 0; i < array.Items.Count; i++)
                {
                    var itemPath = JsonPath.Index(path, i);
                    if (IsRemoval(array.Items[i]))
                    {
                        problems.Add(new ScenarioProblem(array.Items[i].Location, itemPath,
                            $"'{RemoveMarker}' removes an item inherited through 'extends', but this scenario extends nothing"));
                        continue;
                    }

                    items.Add(StripRemovals(array.Items[i], itemPath, problems));
                }

                return new JsonSourceArray(array.Location, items);
            default:
                return node;
        }
    }

    private static JsonSourceNode? MergeValues(JsonSourceNode parent, JsonSourceNode child, string path, List<ScenarioProblem> problems)
    {
        if (child is JsonSourceScalar { Kind: JsonScalarKind.Null })
        {
            return null;
        }

        return (parent, child) switch
        {
            (JsonSourceObject p, JsonSourceObject c) => MergeObjects(p, c, path, problems),
            (JsonSourceArray p, JsonSourceArray c) when IsKeyed(p) && IsKeyed(c) => MergeKeyed(p, c, path, problems),
            _ => StripRemovals(child, path, problems),
        };
    }

    private static JsonSourceObject MergeObjects(JsonSourceObject parent, JsonSourceObject child, string path, List<ScenarioProblem> problems)
    {
        var merged = new List<JsonSourceProperty>();
        foreach (var property in parent.Properties)
        {
            var overriding = child.Find(property.Name);
            if (overriding is null)
            {
                merged.Add(property);
                continue;
            }

            var value = MergeValues(property.Value, overriding.Value, JsonPath.Property(path, property.Name), problems);
            if (value is not null)
            {
                merged.Add(overriding with { Value = value });
            }
        }

        foreach (var property in child.Properties)
        {
            if (parent.Find(property.Name) is null && property.Value is not JsonSourceScalar { Kind: JsonScalarKind.Null })
            {
                merged.Add(property with
                {
                    Value = StripRemovals(property.Value, JsonPath.Property(path, property.Name), problems),
                });
            }
        }

        return new JsonSourceObject(child.Location, merged);
    }

    private static JsonSourceArray MergeKeyed(JsonSourceArray parent, JsonSourceArray child, string path, List<ScenarioProblem> problems)
    {
        var childById = new Dictionary<string, JsonSourceObject>(StringComparer.Ordinal);
        foreach (JsonSourceObject item in child.Items)
        {
            childById[IdOf(item)!] = item;
        }

        var merged = new List<JsonSourceNode>();
        var parentIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonSourceObject item in parent.Items)
        {
            var id = IdOf(item)!;
            parentIds.Add(id);
            var itemPath = JsonPath.Index(path, merged.Count);
            if (!childById.TryGetValue(id, out var overriding))
            {
                merged.Add(item);
            }
            else if (!IsRemoval(overriding))
            {
                merged.Add(MergeObjects(item, overriding, itemPath, problems));
            }
        }

        foreach (JsonSourceObject item in child.Items)
        {
            var id = IdOf(item)!;
            if (parentIds.Contains(id))
            {
                continue;
            }

            var itemPath = JsonPath.Index(path, merged.Count);
            if (IsRemoval(item))
            {
                problems.Add(new ScenarioProblem(item.Location, itemPath,
                    $"'{RemoveMarker}' names id '{id}', but the parent scenario has no item with that id here"));
                continue;
            }

            merged.Add(StripRemovals(item, itemPath, problems));
        }

        return new JsonSourceArray(child.Location, merged);
    }

    /// <summary>An array merges by id when it is not empty and every item is an object with a string id.</summary>
    private static bool IsKeyed(JsonSourceArray array) =>
        array.Items.Count > 0 && array.Items.All(item => item is JsonSourceObject obj && IdOf(obj) is not null);

    private static string? IdOf(JsonSourceObject obj) =>
        obj["id"] is JsonSourceScalar { Kind: JsonScalarKind.String } id ? id.Text : null;

    private static bool IsRemoval(JsonSourceNode node) =>
        node is JsonSourceObject obj && obj[RemoveMarker] is JsonSourceScalar { Kind: JsonScalarKind.True };
}
