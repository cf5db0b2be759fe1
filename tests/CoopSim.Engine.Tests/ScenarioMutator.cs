using System.Text.Json.Nodes;

namespace CoopSim.Engine.Tests;

/// <summary>Damages valid scenario text the ways people and tools do: wrong types, lost keys, typos, truncation.</summary>
internal static class ScenarioMutator
{
    private static readonly JsonNode?[] OddValues =
    [
        null, true, 0, -1, 1.5, 1e308, -1e308, 1e-300, 2147483648, "", "x", "2000", "watr", "kitakyushu",
        new JsonArray(), new JsonObject(), new JsonArray(1, "a", null), new JsonObject { ["id"] = "zz" },
    ];

    public static string Mutate(string text, int seed)
    {
        var random = new Random(seed);
        var root = JsonNode.Parse(text, documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
        var mutations = random.Next(1, 4);
        for (var i = 0; i < mutations; i++)
        {
            var nodes = Descendants(root).ToList();
            var target = nodes[random.Next(nodes.Count)];
            switch (random.Next(6))
            {
                case 0:
                    Replace(target, OddValues[random.Next(OddValues.Length)]?.DeepClone());
                    break;
                case 1 when target.Parent is JsonObject parent:
                    parent.Remove(target.GetPropertyName());
                    break;
                case 2 when target is JsonObject obj:
                    obj["unexpected" + random.Next(100)] = 1;
                    break;
                case 3 when target.Parent is JsonArray array:
                    array.Add(target.DeepClone());
                    break;
                case 4 when target is JsonValue value && value.TryGetValue<double>(out var number):
                    Replace(target, number * (random.NextDouble() * 4 - 2) + random.Next(-3000, 3000));
                    break;
                default:
                    Replace(target, OddValues[random.Next(OddValues.Length)]?.DeepClone());
                    break;
            }
        }

        var mutated = root.ToJsonString();
        return random.Next(8) == 0 ? mutated[..random.Next(mutated.Length)] : mutated;
    }

    public static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var descendant in Descendants(child))
            {
                yield return descendant;
            }
        }
    }

    public static void Replace(JsonNode target, JsonNode? value)
    {
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = value;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = value;
                break;
        }
    }
}
