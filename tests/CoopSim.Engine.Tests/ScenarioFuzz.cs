using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace CoopSim.Engine.Tests;

/// <summary>
/// Generates damaged scenarios the way files get damaged: valid scenario JSON (a bundled scenario,
/// its years cut short so that a run is quick) whose structure is changed (a value dropped,
/// duplicated, given another type, a key misspelt or written twice) and whose bytes are then changed
/// (re-encoded, truncated, bytes injected).
/// </summary>
public static class ScenarioFuzz
{
    public enum Change
    {
        Drop,
        Duplicate,
        Retype,
        Rename,
        DuplicateKey,
        Truncate,
        InjectBytes,
        ReEncode,
        LoneSurrogate,
    }

    public sealed record Step(Change Change, int Where, int What);

    public sealed record Case(int Scenario, int Years, IReadOnlyList<Step> Steps)
    {
        public override string ToString() => $"scenario {Scenario}, {Years + 1} year(s), {string.Join("; ", Steps)}";
    }

    private static readonly JsonNode?[] OddValues =
    [
        null, true, false, 0, -1, 0.5, 1.5, 1e308, -1e308, 2147483648, -2147483649, "", "x", "2000", "watr", "kitakyushu", "\u001b[31m",
        new JsonArray(), new JsonObject(), new JsonArray(1, "a", null), new JsonObject { ["id"] = "zz" }, new JsonObject { ["$remove"] = true },
    ];

    private static readonly byte[][] Injections =
    [
        [0x00], [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0x1B, (byte)'['], "{"u8.ToArray(), "}"u8.ToArray(), "\""u8.ToArray(),
        ","u8.ToArray(), "]"u8.ToArray(), "\\"u8.ToArray(), "/*"u8.ToArray(), "\n"u8.ToArray(), "1e99999"u8.ToArray(), "\"extends\": \"/dev/zero\","u8.ToArray(),
    ];

    public static Gen<Case> Cases(int scenarioCount)
    {
        var step =
            from change in Gen.Elements(Enum.GetValues<Change>())
            from at in Gen.Choose(0, int.MaxValue - 1)
            from what in Gen.Choose(0, int.MaxValue - 1)
            select new Step(change, at, what);
        return
            from scenario in Gen.Choose(0, scenarioCount - 1)
            from years in Gen.Choose(0, 3)
            from count in Gen.Choose(1, 4)
            from steps in Gen.ListOf(step, count)
            select new Case(scenario, years, steps.ToList());
    }

    /// <summary>The bytes of the damaged file.</summary>
    public static byte[] Apply(string valid, Case fuzz)
    {
        var root = JsonNode.Parse(valid, documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!.AsObject();
        root.Remove("$schema");
        var start = (int?)root["startYear"] ?? 2000;
        root["endYear"] = start + fuzz.Years;
        foreach (var step in fuzz.Steps.Where(s => s.Change <= Change.Rename))
        {
            ChangeStructure(root, step);
        }

        var bytes = Encoding.UTF8.GetBytes(root.ToJsonString());
        foreach (var step in fuzz.Steps.Where(s => s.Change > Change.Rename))
        {
            bytes = ChangeBytes(bytes, step);
        }

        return bytes;
    }

    private static void ChangeStructure(JsonObject root, Step step)
    {
        var nodes = ScenarioMutator.Descendants(root).Skip(1).ToList();
        if (nodes.Count == 0)
        {
            return;
        }

        var target = nodes[step.Where % nodes.Count];
        switch (step.Change)
        {
            case Change.Drop when target.Parent is JsonObject parent:
                parent.Remove(target.GetPropertyName());
                break;
            case Change.Drop when target.Parent is JsonArray array:
                array.RemoveAt(target.GetElementIndex());
                break;
            case Change.Duplicate when target.Parent is JsonArray array:
                array.Add(target.DeepClone());
                break;
            case Change.Duplicate when target.Parent is JsonObject parent:
                parent[target.GetPropertyName() + "Copy"] = target.DeepClone();
                break;
            case Change.Rename when target.Parent is JsonObject parent:
                var name = target.GetPropertyName();
                parent.Remove(name);
                parent[name.Length > 1 ? name[..^1] : name + "x"] = target;
                break;
            default:
                ScenarioMutator.Replace(target, OddValues[step.What % OddValues.Length]?.DeepClone());
                break;
        }
    }

    private static byte[] ChangeBytes(byte[] bytes, Step step)
    {
        var at = bytes.Length == 0 ? 0 : step.Where % bytes.Length;
        switch (step.Change)
        {
            case Change.Truncate:
                return bytes[..at];
            case Change.InjectBytes:
                return [.. bytes[..at], .. Injections[step.What % Injections.Length], .. bytes[at..]];
            case Change.DuplicateKey:
                var key = IndexOf(bytes, "\"name\":"u8, at);
                return key < 0 ? bytes : [.. bytes[..key], .. "\"name\": 1, "u8, .. bytes[key..]];
            case Change.LoneSurrogate:
                var quote = Array.IndexOf(bytes, (byte)'"', at);
                return quote < 0 ? bytes : [.. bytes[..(quote + 1)], .. "\\ud800"u8, .. bytes[(quote + 1)..]];
            default:
                var text = Encoding.UTF8.GetString(bytes);
                return (step.What % 3) switch
                {
                    0 => Encoding.Unicode.GetBytes(text),
                    1 => Encoding.Latin1.GetBytes(text.Replace("a", "\u00e9", StringComparison.Ordinal)),
                    _ => [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. bytes],
                };
        }
    }

    private static int IndexOf(byte[] bytes, ReadOnlySpan<byte> value, int from)
    {
        var found = bytes.AsSpan(from).IndexOf(value);
        return found < 0 ? bytes.AsSpan().IndexOf(value) : from + found;
    }
}
