using System.Globalization;

namespace CoopSim.Engine.Reporting;

/// <summary>Which years a report shows: all, or a list such as <c>2000,2005,2010-2012</c>.</summary>
public sealed class YearSelection
{
    private readonly SortedSet<int>? _years;

    private YearSelection(SortedSet<int>? years) => _years = years;

    public static YearSelection All { get; } = new(null);

    public bool IsAll => _years is null;

    public static bool TryParse(string? text, out YearSelection selection, out string error)
    {
        selection = All;
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var years = new SortedSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var dash = part.IndexOf('-', 1);
            if (dash > 0
                && int.TryParse(part[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                && int.TryParse(part[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var to)
                && from <= to && to - from < 1000)
            {
                for (var y = from; y <= to; y++)
                {
                    years.Add(y);
                }
            }
            else if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            {
                years.Add(year);
            }
            else
            {
                error = $"'{part}' is not a year or a range of years (e.g. 2000,2005,2010-2012)";
                return false;
            }
        }

        selection = new YearSelection(years);
        return true;
    }

    /// <summary>The selected years among those simulated; an error names the ones outside.</summary>
    public IReadOnlyList<int> Apply(IReadOnlyList<int> simulated, out string? error)
    {
        error = null;
        if (_years is null)
        {
            return simulated;
        }

        var outside = _years.Where(y => !simulated.Contains(y)).ToList();
        if (outside.Count > 0)
        {
            error = $"year(s) {string.Join(", ", outside)} are outside the simulated years {simulated[0]}-{simulated[^1]}";
        }

        return simulated.Where(_years.Contains).ToList();
    }
}
