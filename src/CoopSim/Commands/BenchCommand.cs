using System.CommandLine;
using System.Globalization;
using CoopSim.Cli.Benchmarks;
using CoopSim.Engine.Diagnostics;
using CoopSim.Tui;
using CoopSim.Tui.Benchmarks;

namespace CoopSim.Cli.Commands;

/// <summary>
/// Measures what a planner waits for after an edit in the terminal UI (check, re-run, redraw),
/// headless, and reports the median; with --engine, the engine's throughput, a large run and the
/// cost of a <c>coopsim run</c> process instead. A benchmark, not a test: it has no pass mark.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(CliServices services)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "The scenario to edit; by default the largest in ./scenarios.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var iterations = new Option<int>("--iterations", "-n") { Description = "Edits to time (after 20 to warm up).", DefaultValueFactory = _ => 200 };
        var size = new Option<string>("--size") { Description = "Screen size WIDTHxHEIGHT.", DefaultValueFactory = _ => "120x40" };
        var engine = new Option<bool>("--engine")
        {
            Description = "Instead: engine throughput against a hand-inlined water kernel, 173 cities x 4 sectors x 50 years, and 'coopsim run' against a hello-world process (FILE defaults to scenarios/phnom-penh-water.json).",
        };
        var command = new Command("bench", "Time an edit in the terminal UI: check, re-run and redraw (headless); print the median.")
        {
            file, iterations, size, engine,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(engine))
            {
                return RunEngine(services, parse, parse.GetValue(file) ?? Path.Combine(TuiHost.DefaultFolder, "phnom-penh-water.json"));
            }

            if (!TryParseSize(parse.GetValue(size)!, out var width, out var height) || parse.GetValue(iterations) < 1)
            {
                services.Error.WriteLine("error: --size is WIDTHxHEIGHT (e.g. 80x24, at least 40x12) and --iterations at least 1");
                return ExitCodes.Usage;
            }

            var catalog = services.LoadCatalog(parse);
            var path = parse.GetValue(file) ?? EditBenchmark.Largest(TuiHost.DefaultFolder, catalog);
            if (path is null || !File.Exists(path))
            {
                services.Error.WriteLine($"error: no scenario to benchmark: give FILE, or run where ./{TuiHost.DefaultFolder} holds scenarios");
                return ExitCodes.InvalidInput;
            }

            // The benchmark draws on Terminal.Gui's virtual terminal; this keeps the real one untouched.
            Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
            BenchmarkResult result;
            try
            {
                result = EditBenchmark.Run(path, catalog, parse.GetValue(iterations), width, height);
            }
            catch (InvalidOperationException e)
            {
                services.Error.WriteLine($"error: {e.Message}");
                return ExitCodes.InvalidInput;
            }

            var c = CultureInfo.InvariantCulture;
            string Line(IReadOnlyList<double> ms) => string.Create(c,
                $"median {BenchmarkResult.Median(ms):0.00} ms, p90 {BenchmarkResult.Quantile(ms, 0.9):0.00} ms, max {ms.Max():0.00} ms");
            services.Output.WriteLine($"scenario: {DisplayPath.Of(Path.GetFullPath(result.Scenario))}");
            services.Output.WriteLine(string.Create(c, $"screen {result.Width}x{result.Height}, {result.EditToScreen.Count} edits each way (after 20 to warm up)"));
            services.Output.WriteLine("edit -> check -> re-run -> redraw what changed (as the UI does):");
            services.Output.WriteLine("  " + Line(result.EditToScreen));
            services.Output.WriteLine(string.Create(c, $"  CPU {result.CpuPerEdit:0.00} ms per edit"));
            services.Output.WriteLine("edit -> check -> re-run -> redraw the whole screen (as after a resize):");
            services.Output.WriteLine("  " + Line(result.EditToFullRedraw));
            services.Output.WriteLine(string.Create(c, $"the run alone: median {BenchmarkResult.Median(result.RunOnly):0.000} ms"));
            services.Output.WriteLine(Machine() + "; drawing to Terminal.Gui's virtual terminal, output to a real one not included");
            return ExitCodes.Success;
        });
        return command;
    }

    private static int RunEngine(CliServices services, ParseResult parse, string path)
    {
        if (!File.Exists(path))
        {
            services.Error.WriteLine($"error: no scenario at {path}: give FILE, or run where ./{TuiHost.DefaultFolder} holds the bundled scenarios");
            return ExitCodes.InvalidInput;
        }

        var catalog = services.LoadCatalog(parse);
        try
        {
            var plugins = parse.GetValue(services.PluginsOption) ?? [];
            EngineBenchmark.Run(services.Output, catalog, path, [.. plugins.SelectMany(folder => new[] { "--plugins", folder })]);
        }
        catch (InvalidOperationException e)
        {
            services.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        services.Output.WriteLine(Machine());
        return ExitCodes.Success;
    }

    /// <summary>The machine the figures were measured on.</summary>
    private static string Machine() => string.Create(CultureInfo.InvariantCulture,
        $"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}, load average {LoadAverage()}");

    /// <summary>The 1-minute load average where the system tells it (Linux), since a busy machine slows every figure.</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static bool TryParseSize(string text, out int width, out int height)
    {
        width = height = 0;
        var parts = text.Split('x', 'X');
        return parts.Length == 2
               && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out width)
               && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out height)
               && width >= 40 && height >= 12;
    }
}
