using CoopSim.Engine.Json;
using CoopSim.Engine.Plugins;

namespace CoopSim.Engine.Scenarios;

public sealed partial class ScenarioCompiler
{
    /// <summary>
    /// The distributions of a city sector's uncertain inputs, each checked against the range its
    /// input accepts: the plugin's declaration for a parameter, the field catalogue for capacity.
    /// </summary>
    private Dictionary<string, Distribution> ResolveUncertain(
        string path, LoadedSector sector, CitySectorDocument config, IReadOnlyDictionary<string, double> parameters, CapacitySettings capacity)
    {
        var resolved = new Dictionary<string, Distribution>(StringComparer.Ordinal);
        foreach (var (key, input) in config.Uncertain)
        {
            var inputPath = JsonPath.Property($"{path}.uncertain", key);
            var range = UncertainInputs.RangeOf(key, sector, _fields);
            if (range is null)
            {
                var known = UncertainInputs.Keys(sector, _fields).ToList();
                var hint = DocumentBinder.Suggest(key, known) is { } s ? $"; did you mean '{s}'?" : "";
                Problem(inputPath, $"'{key}' is not an input of sector '{sector.Id}'{hint} (a parameter id or one of capacity.initial, capacity.ownership, capacity.leadership, capacity.turnover)");
                continue;
            }

            var (minimum, maximum) = range.Value;
            if (!DistributionText.TryParse(input.Distribution, minimum, maximum, out var distribution, out var error))
            {
                Problem($"{inputPath}.distribution", error);
                continue;
            }

            // A plain run uses the value written in the scenario; it must be one the ensemble could draw.
            var value = UncertainInputs.Read(key, parameters, capacity);
            if (value < distribution!.Minimum || value > distribution.Maximum)
            {
                Problem($"{inputPath}.distribution",
                    $"'{key}' is {Distribution.Number(value)} in a plain run, outside {distribution.Text}'s range {Distribution.Number(distribution.Minimum)} to {Distribution.Number(distribution.Maximum)}");
                continue;
            }

            resolved[key] = distribution;
        }

        return resolved;
    }
}
