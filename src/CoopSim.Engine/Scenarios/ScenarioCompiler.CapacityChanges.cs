using CoopSim.Engine.Json;

namespace CoopSim.Engine.Scenarios;

public sealed partial class ScenarioCompiler
{
    /// <summary>Checks <c>capacityChanges</c>: a simulated city-sector, a year inside the run, fractions, at least one value.</summary>
    private List<CapacityChange> ResolveCapacityChanges(ScenarioDocument document, List<ResolvedCity> cities)
    {
        var changes = new List<CapacityChange>();
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

            if (change.Ownership is null && change.Leadership is null && change.Turnover is null)
            {
                Problem(path, "the change sets nothing; give ownership, leadership or turnover");
            }

            Fraction($"{path}.ownership", "ownership", change.Ownership);
            Fraction($"{path}.leadership", "leadership", change.Leadership);
            Fraction($"{path}.turnover", "turnover", change.Turnover);
            changes.Add(new CapacityChange(change.City, change.Sector, change.FromYear, change.Ownership, change.Leadership, change.Turnover));
        }

        return changes;

        void Fraction(string path, string name, double? value)
        {
            if (value is { } v && v is < 0 or > 1)
            {
                Problem(path, $"{name} {v} is outside [0, 1]; it is a fraction");
            }
        }
    }
}
