using System.Globalization;
using CoopSim.Engine;
using CoopSim.Engine.Diagnostics;

namespace CoopSim.Tui.ViewModels;

/// <summary>The shown results written to a CSV file.</summary>
public static class ResultsExport
{
    /// <summary>A CSV file name for the shown results, in the working folder.</summary>
    public static string SuggestPath(ScenarioEditor? editor, ResultsModel results)
    {
        var stem = editor is null ? "results" : Path.GetFileNameWithoutExtension(editor.Path);
        var metric = results.Metric?.MetricId.Replace('.', '-') ?? "metric";
        return Path.Combine(Environment.CurrentDirectory, $"{stem}-{metric}.csv");
    }

    /// <summary>Writes the shown results (metric, cities, years, every scenario) as CSV, atomically.</summary>
    public static EditOutcome Write(ResultsModel results, string path)
    {
        if (!results.HasResults)
        {
            return EditOutcome.Refused("no results to export yet");
        }

        var full = Path.GetFullPath(path);
        try
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            results.WriteCsv(text);
            AtomicFile.WriteText(full, text.ToString());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return EditOutcome.Refused($"cannot write {DisplayPath.Of(full)}: {e.Message}");
        }

        return EditOutcome.Done($"exported {results.Metric!.Title} for {results.CityText}, {results.YearsText} to {DisplayPath.Of(full)}");
    }
}
