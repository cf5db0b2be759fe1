using System.Text.Json.Nodes;
using CoopSim.Engine.Json;

namespace CoopSim.Engine.Scenarios;

/// <summary>
/// A scenario file that <c>extends</c> a parent and holds only what an edit changed, written so that
/// <see cref="ScenarioMerger"/> turns parent and child back into the edited document: changed values
/// are written, removed values are written as <c>null</c>, items of id-keyed arrays are overridden or
/// dropped (<c>"$remove": true</c>) by id, and other arrays are written whole.
/// </summary>
public sealed class ChildScenario
{
    private static readonly HashSet<string> FileOwnKeys = ["extends", "$schema"];

    private ChildScenario(JsonObject json, IReadOnlyList<string> changedPaths)
    {
        Json = json;
        ChangedPaths = changedPaths;
    }

    /// <summary>The child file's content: header (<c>$schema</c>, <c>schemaVersion</c>, <c>extends</c>) and the changes.</summary>
    public JsonObject Json { get; }

    /// <summary>The JSON path of every value the child sets, removes or replaces.</summary>
    public IReadOnlyList<string> ChangedPaths { get; }

    public string ToText() => ScenarioWriter.Write(Json);

    /// <summary>
    /// Computes the child of <paramref name="parent"/> (the merged document of the file at
    /// <paramref name="parentPath"/>) that resolves to <paramref name="edited"/> when saved at
    /// <paramref name="childPath"/>. Fails only for an edit the merge rules cannot express: items of
    /// an id-keyed array kept in another order than the parent's, or added before kept ones.
    /// </summary>
    public static bool TryCreate(
        ScenarioDocument parent, ScenarioDocument edited, string parentPath, string childPath,
        out ChildScenario child, out string problem)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(edited);
        var parentFull = Path.GetFullPath(parentPath);
        var childFull = Path.GetFullPath(childPath);
        var childFolder = Path.GetDirectoryName(childFull)!;
        var header = new JsonObject();
        if (parent.Schema is { Length: > 0 } schema && !Uri.TryCreate(schema, UriKind.Absolute, out _))
        {
            var schemaFull = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(parentFull)!, schema));
            header["$schema"] = Relative(childFolder, schemaFull);
        }
        else if (parent.Schema is { Length: > 0 } absolute)
        {
            header["$schema"] = absolute;
        }

        header["schemaVersion"] = edited.SchemaVersion;
        header["extends"] = Relative(childFolder, parentFull);

        var changes = new List<string>();
        var diff = new Differ(changes);
        var body = diff.Objects(Strip(ScenarioWriter.ToJson(parent)), Strip(ScenarioWriter.ToJson(edited)), "$");
        child = new ChildScenario(header, changes);
        problem = diff.Problem ?? "";
        if (diff.Problem is not null)
        {
            return false;
        }

        foreach (var (name, value) in body.ToList())
        {
            if (name == "schemaVersion")
            {
                continue;
            }

            body.Remove(name);
            header[name] = value;
        }

        return true;
    }

    private static JsonObject Strip(JsonObject json)
    {
        foreach (var key in FileOwnKeys)
        {
            json.Remove(key);
        }

        return json;
    }

    private static string Relative(string fromFolder, string toPath) =>
        Path.GetRelativePath(fromFolder, toPath).Replace(Path.DirectorySeparatorChar, '/');

    private sealed class Differ(List<string> changes)
    {
        public string? Problem { get; private set; }

        public JsonObject Objects(JsonObject parent, JsonObject edited, string path)
        {
            var result = new JsonObject();
            foreach (var (name, _) in parent)
            {
                if (!edited.ContainsKey(name))
                {
                    result[name] = null;
                    changes.Add(JsonPath.Property(path, name));
                }
            }

            foreach (var (name, value) in edited)
            {
                var childPath = JsonPath.Property(path, name);
                if (!parent.TryGetPropertyValue(name, out var inherited))
                {
                    result[name] = value?.DeepClone();
                    changes.Add(childPath);
                }
                else if (!JsonNode.DeepEquals(inherited, value))
                {
                    result[name] = Values(inherited!, value!, childPath);
                }
            }

            return result;
        }

        private JsonNode Values(JsonNode parent, JsonNode edited, string path)
        {
            switch (parent, edited)
            {
                case (JsonObject p, JsonObject e):
                    return Objects(p, e, path);
                case (JsonArray p, JsonArray e) when IsKeyed(p) && IsKeyed(e):
                    return Keyed(p, e, path);
                default:
                    // A scalar, or an array the merge replaces whole: an empty one, or one without ids.
                    changes.Add(path);
                    return edited.DeepClone();
            }
        }

        private JsonArray Keyed(JsonArray parent, JsonArray edited, string path)
        {
            var parentItems = parent.Select(item => (Id: IdOf(item!)!, Item: (JsonObject)item!)).ToList();
            var editedItems = edited.Select(item => (Id: IdOf(item!)!, Item: (JsonObject)item!)).ToList();
            var parentIds = parentItems.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
            var editedIds = editedItems.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            if (parentIds.Count < parentItems.Count || editedIds.Count < editedItems.Count)
            {
                Problem ??= $"{path}: an id is used twice, so its items cannot be told apart";
                return [];
            }


            // The merge keeps inherited items in the parent's order and appends new ones after them.
            var kept = parentItems.Where(p => editedIds.Contains(p.Id)).Select(p => p.Id).ToList();
            var keptInEditedOrder = editedItems.Where(e => parentIds.Contains(e.Id)).Select(e => e.Id).ToList();
            var firstNew = editedItems.FindIndex(e => !parentIds.Contains(e.Id));
            var lastKept = editedItems.FindLastIndex(e => parentIds.Contains(e.Id));
            if (!kept.SequenceEqual(keptInEditedOrder, StringComparer.Ordinal) || (firstNew >= 0 && firstNew < lastKept))
            {
                Problem ??= $"{path}: items keep their inherited order and new items come last; this edit reorders them";
                return [];
            }

            var result = new JsonArray();
            for (var i = 0; i < parentItems.Count; i++)
            {
                var (id, item) = parentItems[i];
                var itemPath = JsonPath.Index(path, i);
                var match = editedItems.FindIndex(e => e.Id == id);
                if (match < 0)
                {
                    result.Add(new JsonObject { ["id"] = id, [ScenarioMerger.RemoveMarker] = true });
                    changes.Add(itemPath);
                    continue;
                }

                if (JsonNode.DeepEquals(item, editedItems[match].Item))
                {
                    continue;
                }

                var diff = Objects(item, editedItems[match].Item, itemPath);
                var overriding = new JsonObject { ["id"] = id };
                foreach (var (name, value) in diff.ToList())
                {
                    diff.Remove(name);
                    overriding[name] = value;
                }

                result.Add(overriding);
            }

            for (var i = 0; i < editedItems.Count; i++)
            {
                if (!parentIds.Contains(editedItems[i].Id))
                {
                    result.Add(editedItems[i].Item.DeepClone());
                    changes.Add(JsonPath.Index(path, i));
                }
            }

            return result;
        }

        /// <summary>The merge's own rule: not empty, and every item an object with a string id.</summary>
        private static bool IsKeyed(JsonArray array) => array.Count > 0 && array.All(item => item is JsonObject obj && IdOf(obj) is not null);

        private static string? IdOf(JsonNode node) =>
            node is JsonObject obj && obj["id"] is JsonValue value && value.TryGetValue<string>(out var id) ? id : null;
    }
}
