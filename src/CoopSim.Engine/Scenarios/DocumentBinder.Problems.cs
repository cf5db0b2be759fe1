using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Json;

namespace CoopSim.Engine.Scenarios;

public sealed partial class DocumentBinder
{
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
            return "an integer";
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
}
