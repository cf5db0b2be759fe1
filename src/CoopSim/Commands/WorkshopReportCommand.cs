using System.CommandLine;
using CoopSim.Charts;
using CoopSim.Engine;
using CoopSim.Engine.Diagnostics;
using CoopSim.Workshops;

namespace CoopSim.Cli.Commands;

internal static class WorkshopReportCommand
{
    public const string ReportFile = "debrief.md";

    public static Command Create(CliServices services)
    {
        var sessionFile = new Argument<string>("SESSION") { Description = "A saved session file." };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "The folder for debrief.md and its charts (default: SESSION's name with -debrief, beside it).",
            HelpName = "DIR",
        };
        var command = new Command("report", "Write a session's debrief: Markdown with the league table, each team's path beside the real city's, and PNG charts.")
        {
            sessionFile, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(sessionFile)!;
            var catalog = services.LoadCatalog(parse);
            var load = services.LoadSession(path, catalog);
            if (load.Session is not { } session)
            {
                return ExitCodes.InvalidInput;
            }

            var folder = parse.GetValue(output)
                         ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, Path.GetFileNameWithoutExtension(path) + "-debrief");
            return Write(services, session, folder);
        });
        return command;
    }

    public static int Write(CliServices services, WorkshopSession session, string folder)
    {
        var name = session.SavePath is { } saved ? Path.GetFileName(saved) : null;
        var debrief = DebriefReport.Build(session, name);
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, DebriefReport.ChartFolder));
            foreach (var chart in debrief.Charts)
            {
                var png = PngChart.Render(chart.Chart);
                AtomicFile.Write(Path.Combine(folder, chart.FileName), stream => stream.Write(png));
            }

            var report = Path.Combine(folder, ReportFile);
            AtomicFile.WriteText(report, debrief.Markdown);
            services.Error.WriteLine($"wrote {DisplayPath.Of(Path.GetFullPath(report))} and {debrief.Charts.Count} chart(s)");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            services.Error.WriteLine($"error: cannot write the debrief into '{folder}': {e.Message}");
            return ExitCodes.OutputFailed;
        }
    }
}
