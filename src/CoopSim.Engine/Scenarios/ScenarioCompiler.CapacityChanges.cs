using CoopSim.Engine.Json;

namespace CoopSim.Engine.Scenarios;

public sealed partial class ScenarioCompiler
{
    /// <summary>Checks <c>capacityChanges</c>: a simulated city-sector, a year inside the run, fractions, at least one value.</summary>
    private List<CapacityChange> ResolveCapacityChanges(ScenarioDocument document, List<ResolvedCity> cities)
    {
        var changes = new List<CapacityChange>();
        var settings = _fields.FieldsOf<CapacityChangeDocument>().Where(f => f.Property.PropertyType == typeof(double?)).ToList();
        var byId = cities.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        for (var i = 0; i < document.CapacityChanges.Count; i++)
        {
            var change = document.CapacityChanges[i];
            var path = JsonPath.Index("$.capacityChanges", i);
            var city = FindCity($"{path}.city", change.City, byId);
            if (city is not null && city.Sector(change.Sector) is null)
            {
                var simulated = city.Sectors.Select(s => s.Sector.Id).ToList();
                var list = simulated.Count == 0 ? "it simulates no sector" : "it simulates " + string.Join(", ", simulated);
                Problem($"{path}.sector", $"city '{city.Id}' does not simulate sector '{change.Sector}'; {list}");
            }

            if (change.FromYear < document.StartYear || change.FromYear > document.EndYear)
            {
                Problem($"{path}.fromYear", $"year {change.FromYear} is outside the simulated years {document.StartYear}-{document.EndYear}");
            }

            if (settings.All(f => f.Property.GetValue(change) is null))
            {
                Problem(path, $"the change sets nothing; give {string.Join(", ", settings[..^1].Select(f => f.Name))} or {settings[^1].Name}");
            }

            foreach (var field in settings)
            {
                WithinFraction($"{path}.{field.Name}", field, (double?)field.Property.GetValue(change));
            }

            changes.Add(new CapacityChange(change.City, change.Sector, change.FromYear, change.Ownership, change.Leadership, change.Turnover));
        }

        return changes;
    }
}
