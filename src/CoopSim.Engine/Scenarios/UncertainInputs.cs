using CoopSim.Engine.Plugins;

namespace CoopSim.Engine.Scenarios;

/// <summary>One uncertain input of one city sector.</summary>
public sealed record UncertainInput(string CityId, string SectorId, string Key, Distribution Distribution)
{
    public string Label => $"{CityId}/{SectorId}/{Key}";
}

/// <summary>
/// The inputs of a city sector that may carry a distribution: the plugin's declared parameters
/// (by id) and the capacity settings (as "capacity.&lt;name&gt;"), with the range each accepts.
/// </summary>
public static class UncertainInputs
{
    public const string CapacityPrefix = "capacity.";

    public static IEnumerable<string> Keys(LoadedSector sector, FieldCatalogue fields)
    {
        ArgumentNullException.ThrowIfNull(sector);
        ArgumentNullException.ThrowIfNull(fields);
        return sector.Descriptor.Parameters.Select(p => p.Id)
            .Concat(fields.FieldsOf<CapacityDocument>().Where(f => f.IsNumeric).Select(f => CapacityPrefix + f.Name));
    }

    /// <summary>The accepted range of an input, or null when the sector has no such input.</summary>
    public static (double Minimum, double Maximum)? RangeOf(string key, LoadedSector sector, FieldCatalogue fields)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(sector);
        ArgumentNullException.ThrowIfNull(fields);
        if (CapacityField(key, fields) is { } field)
        {
            return (field.Minimum ?? double.MinValue, field.Maximum ?? double.MaxValue);
        }

        var declaration = sector.Descriptor.Parameters.FirstOrDefault(p => p.Id == key);
        return declaration is null ? null : (declaration.Minimum, declaration.Maximum);
    }

    /// <summary>The value an input has in resolved settings.</summary>
    public static double Read(string key, IReadOnlyDictionary<string, double> parameters, CapacitySettings capacity)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(capacity);
        return CapacitySetting(key) switch
        {
            "initial" => capacity.Initial,
            "ownership" => capacity.Ownership,
            "leadership" => capacity.Leadership,
            "turnover" => capacity.Turnover,
            _ => parameters[key],
        };
    }

    /// <summary>Capacity settings with one input replaced; parameters are replaced by the caller in its own copy.</summary>
    public static CapacitySettings WithCapacity(CapacitySettings capacity, string key, double value)
    {
        ArgumentNullException.ThrowIfNull(capacity);
        return CapacitySetting(key) switch
        {
            "initial" => capacity with { Initial = value },
            "ownership" => capacity with { Ownership = value },
            "leadership" => capacity with { Leadership = value },
            "turnover" => capacity with { Turnover = value },
            _ => throw new ArgumentException($"'{key}' is not a capacity setting", nameof(key)),
        };
    }

    public static bool IsCapacity(string key) => CapacitySetting(key) is not null;

    private static string? CapacitySetting(string key) =>
        key.StartsWith(CapacityPrefix, StringComparison.Ordinal) ? key[CapacityPrefix.Length..] : null;

    private static FieldSpec? CapacityField(string key, FieldCatalogue fields) =>
        CapacitySetting(key) is { } name ? fields.FieldsOf<CapacityDocument>().FirstOrDefault(f => f.IsNumeric && f.Name == name) : null;
}
