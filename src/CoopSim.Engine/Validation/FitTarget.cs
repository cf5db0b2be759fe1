using System.Globalization;
using System.Text.RegularExpressions;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Engine.Validation;

/// <summary>
/// A scenario input to fit, written as its path in the scenario file with optional bounds:
/// <c>cities.CITY.sectors.SECTOR.parameters.ID[=MIN..MAX]</c> or
/// <c>cities.CITY.sectors.SECTOR.capacity.(initial|ownership|leadership|turnover)[=MIN..MAX]</c>.
/// Without bounds a parameter keeps to its declared range and a capacity setting to the range the
/// field catalogue declares.
/// </summary>
public sealed partial record FitTarget(string Path, string CityId, string SectorId, string? ParameterId, string? CapacitySetting, double Minimum, double Maximum)
{
    /// <summary>The capacity settings a fit may change: the numeric fields of <see cref="CapacityDocument"/>.</summary>
    private static IReadOnlyList<FieldSpec> CapacityFields { get; } = FieldCatalogue.Default.FieldsOf<CapacityDocument>().Where(f => f.IsNumeric).ToList();

    [GeneratedRegex(@"^cities\.(?<city>[a-z0-9][a-z0-9-]*)\.sectors\.(?<sector>[A-Za-z0-9_-]+)\.(?<kind>parameters|capacity)\.(?<name>[A-Za-z0-9_]+)$")]
    private static partial Regex PathPattern();

    /// <summary>Reads one <c>--fit</c> against a checked scenario; the error says what is wrong.</summary>
    public static bool TryParse(string text, ResolvedScenario scenario, out FitTarget? target, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(scenario);
        target = null;
        var equals = text.IndexOf('=');
        var path = equals < 0 ? text : text[..equals];
        var match = PathPattern().Match(path);
        if (!match.Success)
        {
            error = $"'{path}' is not cities.CITY.sectors.SECTOR.parameters.ID or cities.CITY.sectors.SECTOR.capacity.SETTING";
            return false;
        }

        var cityId = match.Groups["city"].Value;
        var sectorId = match.Groups["sector"].Value;
        var name = match.Groups["name"].Value;
        var city = scenario.Cities.FirstOrDefault(c => c.Id == cityId);
        var sector = city?.Sector(sectorId);
        if (sector is null)
        {
            error = city is null
                ? $"the scenario has no city '{cityId}' (cities: {string.Join(", ", scenario.Cities.Select(c => c.Id))})"
                : $"city '{cityId}' does not simulate sector '{sectorId}'";
            return false;
        }

        double minimum, maximum;
        string? parameter = null, capacity = null;
        if (match.Groups["kind"].Value == "parameters")
        {
            var declared = sector.Sector.Descriptor.Parameters.FirstOrDefault(p => p.Id == name);
            if (declared is null)
            {
                var hint = DocumentBinder.Suggest(name, sector.Sector.Descriptor.Parameters.Select(p => p.Id)) is { } s ? $"; did you mean '{s}'?" : "";
                error = $"sector '{sectorId}' has no parameter '{name}'{hint}";
                return false;
            }

            (parameter, minimum, maximum) = (name, declared.Minimum, declared.Maximum);
        }
        else
        {
            var setting = CapacityFields.FirstOrDefault(f => f.Name == name);
            if (setting is null)
            {
                error = $"'{name}' is not a capacity setting; use {string.Join(", ", CapacityFields.Select(f => f.Name))}";
                return false;
            }

            (capacity, minimum, maximum) = (name, setting.Minimum ?? double.NegativeInfinity, setting.Maximum ?? double.PositiveInfinity);
        }

        if (equals >= 0 && !TryBounds(text[(equals + 1)..], minimum, maximum, ref minimum, ref maximum, out error))
        {
            return false;
        }

        if (!double.IsFinite(minimum) || !double.IsFinite(maximum) || !(maximum > minimum))
        {
            error = $"'{path}' needs finite bounds MIN < MAX; give them as {path}=MIN..MAX";
            return false;
        }

        target = new FitTarget(path, cityId, sectorId, parameter, capacity, minimum, maximum);
        error = null;
        return true;
    }

    private static bool TryBounds(string text, double declaredMin, double declaredMax, ref double minimum, ref double maximum, out string? error)
    {
        var parts = text.Split("..");
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out minimum)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out maximum))
        {
            error = $"bounds '{text}' are not MIN..MAX (e.g. 0.1..0.5)";
            return false;
        }

        if (minimum < declaredMin || maximum > declaredMax)
        {
            error = $"bounds {text} leave the accepted range {declaredMin.ToString(CultureInfo.InvariantCulture)}..{declaredMax.ToString(CultureInfo.InvariantCulture)}";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>The value the scenario gives now (its own or the default).</summary>
    public double CurrentValue(ResolvedScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var sector = scenario.Cities.First(c => c.Id == CityId).Sector(SectorId)!;
        if (ParameterId is not null)
        {
            return sector.Parameters[ParameterId];
        }

        // The resolved settings carry each setting under the document property's name.
        var field = CapacityFields.First(f => f.Name == CapacitySetting);
        return (double)typeof(CapacitySettings).GetProperty(field.Property.Name)!.GetValue(sector.Capacity)!;
    }

    /// <summary>Writes the value into a scenario document (a copy the caller owns).</summary>
    public void Apply(ScenarioDocument document, double value)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sector = document.Cities.First(c => c.Id == CityId).Sectors[SectorId];
        if (ParameterId is not null)
        {
            sector.Parameters[ParameterId] = value;
            return;
        }

        sector.Capacity ??= new CapacityDocument();
        CapacityFields.First(f => f.Name == CapacitySetting).Property.SetValue(sector.Capacity, value);
    }
}
