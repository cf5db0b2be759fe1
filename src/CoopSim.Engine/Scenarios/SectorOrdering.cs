using CoopSim.Engine.Plugins;

namespace CoopSim.Engine.Scenarios;

/// <summary>
/// Orders sectors so that each steps after the sectors whose signals it reads in the same year.
/// Lagged reads add no edge. Ties keep sector-id order so the order never depends on load order.
/// </summary>
public static class SectorOrdering
{
    /// <summary>The order, or null with <paramref name="cycle"/> naming the sectors that wait on each other.</summary>
    public static IReadOnlyList<LoadedSector>? Order(IReadOnlyCollection<LoadedSector> sectors, out IReadOnlyList<string> cycle)
    {
        var publisherOf = new Dictionary<string, LoadedSector>(StringComparer.Ordinal);
        foreach (var sector in sectors)
        {
            foreach (var signal in sector.Descriptor.Publishes)
            {
                publisherOf[signal.Id] = sector;
            }
        }

        var waitsOn = sectors.ToDictionary(
            s => s.Id,
            s => s.Descriptor.Reads
                .Where(r => !r.Lagged && publisherOf.ContainsKey(r.Id))
                .Select(r => publisherOf[r.Id].Id)
                .Where(id => id != s.Id)
                .ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        var remaining = sectors.OrderBy(s => s.Id, StringComparer.Ordinal).ToList();
        var ordered = new List<LoadedSector>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        while (remaining.Count > 0)
        {
            var ready = remaining.FirstOrDefault(s => waitsOn[s.Id].All(done.Contains));
            if (ready is null)
            {
                cycle = FindCycle(remaining.Select(s => s.Id).ToHashSet(StringComparer.Ordinal), waitsOn);
                return null;
            }

            ordered.Add(ready);
            done.Add(ready.Id);
            remaining.Remove(ready);
        }

        cycle = [];
        return ordered;
    }

    /// <summary>Follows waits-on edges among the blocked sectors until one repeats: that loop is the cycle.</summary>
    private static List<string> FindCycle(HashSet<string> blocked, Dictionary<string, HashSet<string>> waitsOn)
    {
        var path = new List<string>();
        var current = blocked.Order(StringComparer.Ordinal).First();
        while (!path.Contains(current))
        {
            path.Add(current);
            current = waitsOn[current].Where(blocked.Contains).Order(StringComparer.Ordinal).First();
        }

        var loop = path.Skip(path.IndexOf(current)).ToList();
        loop.Add(current);
        return loop;
    }
}
