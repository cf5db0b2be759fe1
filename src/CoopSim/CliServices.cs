using System.CommandLine;
using System.Globalization;
using CoopSim.Cli.Output;
using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;
using CoopSim.Workshops;

namespace CoopSim.Cli;

/// <summary>What every command shares: the output streams, the global options and loading plugins and scenarios.</summary>
internal sealed class CliServices
{
    public const string DebugOptionName = "--debug";

    public CliServices(TextWriter output, TextWriter error)
    {
        Output = output;
        Error = error;
        Results = new CommandOutput(output, error, ForceOption);
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Writes a command's result to standard output or --out: use it for every --out.</summary>
    public CommandOutput Results { get; }

    public Option<string[]> TrustFolderOption { get; } = new("--trust-folder")
    {
        Description = "Let a scenario's 'extends' reach files under DIR too (by default only under the opened file's folder). Repeatable.",
        HelpName = "DIR",
        Recursive = true,
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<bool> ForceOption { get; } = new("--force")
    {
        Description = "Let --out replace a file that is a scenario, exercise or session (never one the command reads).",
        Recursive = true,
    };

    public Option<bool> DebugOption { get; } = new(DebugOptionName)
    {
        Description = "Show the stack trace of an unexpected error (for reporting a defect).",
        Recursive = true,
    };

    public Option<string[]> PluginsOption { get; } = new("--plugins")
    {
        Description = "Also load the plugin folder DIR (a plugin's own folder, or a folder of plugin folders). Repeatable.",
        HelpName = "DIR",
        Recursive = true,
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<double> StepTimeLimitOption { get; } = CreateStepTimeLimitOption();

    public Option<bool> LockedOption { get; } = new("--locked")
    {
        Description = "Load only plugins whose assemblies are pinned in the lock file (see --lock-file; written by 'plugins --lock'); others are refused before any of their code runs.",
        Recursive = true,
    };

    public Option<string> LockFileOption { get; } = new("--lock-file")
    {
        Description = $"The plugin lock file that --locked and 'plugins --lock' use (default: {PluginLock.DefaultFileName} in the working folder).",
        HelpName = "FILE",
        Recursive = true,
        DefaultValueFactory = _ => PluginLock.DefaultFileName,
    };

    /// <summary>The run limits the command line asks for (--step-time-limit).</summary>
    public RunLimits Limits(ParseResult parse)
    {
        var seconds = parse.GetValue(StepTimeLimitOption);
        return new RunLimits { StepTimeLimit = seconds == 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(seconds) };
    }

    private static Option<double> CreateStepTimeLimitOption()
    {
        var option = new Option<double>("--step-time-limit")
        {
            Description = "Stop a run when one plugin step takes longer than SECONDS (default " +
                          $"{RunLimits.DefaultStepTimeLimit.TotalSeconds:0}; 0 turns the limit off).",
            HelpName = "SECONDS",
            Recursive = true,
            DefaultValueFactory = _ => RunLimits.DefaultStepTimeLimit.TotalSeconds,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                    && double.IsFinite(value) && value >= 0 && value <= TimeSpan.MaxValue.TotalSeconds / 2)
                {
                    return value;
                }

                result.AddError($"--step-time-limit must be a number of seconds, 0 or more; found '{text}'");
                return 0;
            },
        };
        return option;
    }

    public PluginCatalog LoadCatalog(ParseResult parse, bool reportRefusals = true)
    {
        var trusted = parse.GetValue(LockedOption) ? PluginLock.Read(parse.GetValue(LockFileOption)!) : null;
        var catalog = PluginCatalog.Load(parse.GetValue(PluginsOption) ?? [], limits: Limits(parse), trusted: trusted);
        if (reportRefusals)
        {
            foreach (var refusal in catalog.Refusals)
            {
                Error.WriteLine($"warning: plugin not loaded: {refusal}");
            }
        }

        return catalog;
    }

    /// <summary>
    /// Loads and checks several scenarios for a command that writes one output from all of them, and
    /// checks that --out names none of them nor a parent they extend. Returns the scenarios, or null
    /// with the exit code when a check failed (its message is printed).
    /// </summary>
    public IReadOnlyList<ResolvedScenario>? CompileAll(ParseResult parse, IEnumerable<string> files, string? outPath, out int exitCode)
    {
        var catalog = LoadCatalog(parse);
        var compilations = files.Select(f => Compile(f, catalog, parse)).ToList();
        if (compilations.Any(c => !c.IsValid))
        {
            exitCode = ExitCodes.InvalidInput;
            return null;
        }

        var scenarios = compilations.Select(c => c.Scenario!).ToList();
        if (!Results.Allows(parse, outPath, scenarios.SelectMany(s => s.Source.Chain)))
        {
            exitCode = ExitCodes.Usage;
            return null;
        }

        exitCode = ExitCodes.Success;
        return scenarios;
    }

    /// <summary>Loads and checks a scenario; prints its problems and returns null when it has any.</summary>
    public ScenarioCompilation Compile(string path, PluginCatalog catalog, ParseResult parse)
    {
        var compilation = ScenarioCompiler.Load(path, catalog, parse.GetValue(TrustFolderOption));
        PrintProblems(compilation.Problems);
        return compilation;
    }

    /// <summary>Loads and checks a workshop exercise, printing its problems.</summary>
    public ExerciseCompilation CompileExercise(string path, PluginCatalog catalog)
    {
        var compilation = ExerciseCompiler.Load(path, catalog);
        PrintProblems(compilation.Problems);
        return compilation;
    }

    /// <summary>Reads a saved session and replays it, printing its problems and warnings.</summary>
    public SessionLoad LoadSession(string path, PluginCatalog catalog)
    {
        var load = WorkshopSession.Resume(path, catalog);
        foreach (var warning in load.Warnings)
        {
            Error.WriteLine($"warning: {warning}");
        }

        PrintProblems(load.Problems);
        return load;
    }

    public void PrintProblems(IEnumerable<ScenarioProblem> problems)
    {
        foreach (var problem in problems)
        {
            Error.WriteLine($"{problem.Location}: error: {(problem.JsonPath.Length > 0 ? problem.JsonPath + ": " : "")}{problem.Message}");
        }
    }

    /// <summary>
    /// Writes finished text to --out (atomically) or standard output. Prefer <see cref="Results"/>, which
    /// streams and checks --out against the command's inputs; a failure ends in exit code 4.
    /// </summary>
    public int Emit(string? outPath, string content)
    {
        Results.Write(outPath, (TextWriter writer) => writer.Write(content));
        return ExitCodes.Success;
    }

    /// <summary>Renders a stream-writing report (JSON) as text; for small outputs only (see <see cref="Results"/>).</summary>
    public static string Render(Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    /// <summary>Renders a text report; for small outputs only (see <see cref="Results"/>).</summary>
    public static string Render(Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }
}
