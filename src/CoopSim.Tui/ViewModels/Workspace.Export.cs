using System.Globalization;
using CoopSim.Engine;
using CoopSim.Engine.Diagnostics;

namespace CoopSim.Tui.ViewModels;

public sealed partial class Workspace
{
    /// <summary>A CSV file name for the shown results, in the working folder.</summary>
    public string SuggestExportPath()
    {
        var stem = Editor is null ? "results" : Path.GetFileNameWithoutExtension(Editor.Path);
        var metric = Results.Metric?.MetricId.Replace('.', '-') ?? "metric";
        return Path.Combine(Environment.CurrentDirectory, $"{stem}-{metric}.csv");
    }

    /// <summary>Writes the shown results (metric, cities, years, every scenario) as CSV, atomically.</summary>
    public EditOutcome ExportCsv(string path)
    {
        if (!Results.HasResults)
        {
            return Report(EditOutcome.Refused("no results to export yet"));
        }

        var full = Path.GetFullPath(path);
        try
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            Results.WriteCsv(text);
            AtomicFile.WriteText(full, text.ToString());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return Report(EditOutcome.Refused($"cannot write {DisplayPath.Of(full)}: {e.Message}"));
        }

        return Report(EditOutcome.Done($"exported {Results.Metric!.Title} for {Results.CityText}, {Results.YearsText} to {DisplayPath.Of(full)}"));
    }
}
