namespace CoopSim.Engine.Scenarios;

/// <summary>
/// A change in one city-sector's capacity settings from a year on (scenario key <c>capacityChanges</c>).
/// Unset values keep what was in force; the initial capacity C0 never changes, since it is the
/// baseline that turnover wears capacity back to.
/// </summary>
public sealed record CapacityChange(string CityId, string SectorId, int FromYear, double? Ownership, double? Leadership, double? Turnover)
{
    public CapacitySettings ApplyTo(CapacitySettings settings) => settings with
    {
        Ownership = Ownership ?? settings.Ownership,
        Leadership = Leadership ?? settings.Leadership,
        Turnover = Turnover ?? settings.Turnover,
    };

    /// <summary>
    /// The settings in force in each year of a run: the city-sector's own, then each change from its
    /// year on, in order of year (changes in the same year apply in file order).
    /// </summary>
    public static CapacitySettings[] Schedule(CapacitySettings initial, IEnumerable<CapacityChange> changes, int startYear, int years)
    {
        var schedule = new CapacitySettings[years];
        Array.Fill(schedule, initial);
        foreach (var change in changes.OrderBy(c => c.FromYear))
        {
            for (var t = Math.Max(0, change.FromYear - startYear); t < years; t++)
            {
                schedule[t] = change.ApplyTo(schedule[t]);
            }
        }

        return schedule;
    }
}
