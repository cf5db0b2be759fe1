using System.Globalization;
using CoopSim.Engine.Simulation;

namespace CoopSim.Tui.ViewModels;

/// <summary>A metric of one sector, as the results offer it.</summary>
public sealed record MetricChoice(string SectorId, string SectorName, string MetricId, string Unit, string Description, bool IsCooperation)
{
    public string Key => $"{SectorId}/{MetricId}";

    public string Title => $"{MetricId} ({SectorId})";
}

public sealed record CityChoice(string Id, string Name);

/// <summary>A run on screen: its label (A-D), scenario name, and whether newer edits have not run yet.</summary>
public sealed record ShownRun(string Label, string Name, RunResult Result, bool IsStale);

/// <summary>A table of text cells, first column the year.</summary>
public sealed record ResultTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>
/// What the results show: one metric, for one city or all, over a range of years, from every run
/// on screen (the first is the reference for differences). The selection survives new runs; the
/// chart, the table and the CSV export are all built from it.
/// </summary>
public sealed partial class ResultsModel
{
    private bool _wholeSpan = true;

    public IReadOnlyList<ShownRun> Runs { get; private set; } = [];

    public IReadOnlyList<MetricChoice> Metrics { get; private set; } = [];

    public MetricChoice? Metric { get; private set; }

    /// <summary>The cities that have the metric, in the first run's order.</summary>
    public IReadOnlyList<CityChoice> Cities { get; private set; } = [];

    /// <summary>The one city shown, or null for all of them.</summary>
    public CityChoice? City { get; private set; }

    /// <summary>Every year any run simulated.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    public int FirstYear { get; private set; }

    public int LastYear { get; private set; }

    public bool ShowTable { get; private set; }

    public IReadOnlyList<int> ShownYears => Years.Where(y => y >= FirstYear && y <= LastYear).ToList();

    public IReadOnlyList<CityChoice> ShownCities => City is null ? Cities : [City];

    public bool HasResults => Runs.Count > 0 && Metric is not null;

    /// <summary>Takes new runs, keeping the chosen metric, city and years where they still exist.</summary>
    public void Update(IReadOnlyList<ShownRun> runs)
    {
        Runs = runs;
        var series = runs.SelectMany(r => r.Result.Series).ToList();
        Metrics = series
            .Select(s => new MetricChoice(s.SectorId, s.SectorName, s.Metric.Id, s.Metric.Unit, s.Metric.Description, s.IsCooperation))
            .DistinctBy(m => m.Key)
            .OrderBy(m => m.IsCooperation)
            .ToList();
        Metric = Metrics.FirstOrDefault(m => m.Key == Metric?.Key) ?? Metrics.FirstOrDefault();
        UpdateCities();

        Years = runs.SelectMany(r => r.Result.Years).Distinct().Order().ToList();
        if (Years.Count == 0)
        {
            return;
        }

        if (_wholeSpan)
        {
            (FirstYear, LastYear) = (Years[0], Years[^1]);
        }
        else
        {
            FirstYear = Math.Clamp(FirstYear, Years[0], Years[^1]);
            LastYear = Math.Clamp(LastYear, FirstYear, Years[^1]);
        }
    }

    public string CycleMetric(int delta)
    {
        if (Metrics.Count == 0)
        {
            return "no results yet";
        }

        var index = Metric is null ? 0 : Metrics.ToList().FindIndex(m => m.Key == Metric.Key);
        Metric = Metrics[Wrap(index + delta, Metrics.Count)];
        UpdateCities();
        return $"metric: {Metric.Title} - {Metric.Description}";
    }

    /// <summary>Steps through "all cities", then each city alone.</summary>
    public string CycleCity(int delta)
    {
        if (Cities.Count == 0)
        {
            return "no results yet";
        }

        var index = City is null ? 0 : Cities.ToList().FindIndex(c => c.Id == City.Id) + 1;
        var next = Wrap(index + delta, Cities.Count + 1);
        City = next == 0 ? null : Cities[next - 1];
        return $"cities: {CityText}";
    }

    public string ShiftFirstYear(int delta) => SetRange(FirstYear + delta, LastYear);

    public string ShiftLastYear(int delta) => SetRange(FirstYear, LastYear + delta);

    public string AllYears()
    {
        _wholeSpan = true;
        if (Years.Count > 0)
        {
            (FirstYear, LastYear) = (Years[0], Years[^1]);
        }

        return $"years: {YearsText}";
    }

    /// <summary>Sets the years from text such as "1995-2005", "2000" or "" for all.</summary>
    public EditOutcome SetYears(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return EditOutcome.Done(AllYears());
        }

        var parts = trimmed.Split('-', 2, StringSplitOptions.TrimEntries);
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var from)
            || !int.TryParse(parts.Length == 2 ? parts[1] : parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var to))
        {
            return EditOutcome.Refused($"'{trimmed}' is not a year or a range of years such as 1995-2005");
        }

        if (Years.Count == 0)
        {
            return EditOutcome.Refused("no results yet");
        }

        if (from > to || to < Years[0] || from > Years[^1])
        {
            return EditOutcome.Refused($"{trimmed} is outside the simulated years {Years[0]}-{Years[^1]}");
        }

        return EditOutcome.Done(SetRange(from, to));
    }

    public void ToggleTable() => ShowTable = !ShowTable;

    public string CityText => City?.Name ?? (Cities.Count == 1 ? Cities[0].Name : $"all cities ({Cities.Count})");

    public string YearsText => string.Create(CultureInfo.InvariantCulture, $"{FirstYear}-{LastYear}");

    private string SetRange(int from, int to)
    {
        if (Years.Count == 0)
        {
            return "no results yet";
        }

        FirstYear = Math.Clamp(from, Years[0], Years[^1]);
        LastYear = Math.Clamp(to, FirstYear, Years[^1]);
        _wholeSpan = FirstYear == Years[0] && LastYear == Years[^1];
        return $"years: {YearsText}";
    }

    private void UpdateCities()
    {
        if (Metric is not { } metric)
        {
            Cities = [];
            City = null;
            return;
        }

        Cities = Runs.SelectMany(r => r.Result.Series)
            .Where(s => s.SectorId == metric.SectorId && s.Metric.Id == metric.MetricId)
            .Select(s => new CityChoice(s.CityId, s.CityName))
            .DistinctBy(c => c.Id)
            .ToList();
        City = City is null ? null : Cities.FirstOrDefault(c => c.Id == City.Id);
    }

    private static double ValueAt(MetricSeries series, int year) =>
        year < series.FirstYear || year >= series.FirstYear + series.Values.Count ? double.NaN : series.At(year);

    private static int Wrap(int index, int count) => ((index % count) + count) % count;
}
