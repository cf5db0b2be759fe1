using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace CoopSim.Cli.Commands;

/// <summary>
/// Runs <c>plugins --check</c> in a child coopsim, because a plugin under check is code nobody has
/// trusted yet: a stack overflow, <see cref="Environment.FailFast(string)"/> or an exception on a
/// thread of its own kills whatever process runs it, and no handler can stop that. The child says
/// which stage it is in before each one; when it dies, this process names the plugin, the stage
/// and the fault, and the check fails like any other.
/// </summary>
internal static class PluginCheckProcess
{
    /// <summary>The hidden option that makes coopsim run the check itself (the child's side).</summary>
    public const string InThisProcessOption = "--in-this-process";

    /// <summary>How the child announces a stage on its standard output; such lines are not shown.</summary>
    public const string StagePrefix = "coopsim-check-stage: ";

    public static int Run(CliServices services, ParseResult parse, string folder)
    {
        var arguments = new List<string> { "plugins", "--check", Path.GetFullPath(folder), InThisProcessOption };
        arguments.AddRange(["--step-time-limit", parse.GetValue(services.StepTimeLimitOption).ToString("R", CultureInfo.InvariantCulture)]);
        if (parse.GetValue(services.LockedOption))
        {
            arguments.AddRange(["--locked", "--lock-file", Path.GetFullPath(parse.GetValue(services.LockFileOption)!)]);
        }

        foreach (var directory in parse.GetValue(services.PluginsOption) ?? [])
        {
            arguments.AddRange(["--plugins", Path.GetFullPath(directory)]);
        }

        using var child = Process.Start(SelfStartInfo(arguments))!;
        child.StandardInput.Close();
        var errors = child.StandardError.ReadToEndAsync();
        var stage = $"the loading of the plugins in '{folder}'";
        while (child.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith(StagePrefix, StringComparison.Ordinal))
            {
                stage = line[StagePrefix.Length..];
            }
            else
            {
                services.Output.WriteLine(line);
            }
        }

        child.WaitForExit();
        var error = errors.Result;
        var code = child.ExitCode;
        if (code is ExitCodes.Success or ExitCodes.Usage or ExitCodes.InvalidInput)
        {
            services.Error.Write(error);
            return code;
        }

        var said = LastWords(error);
        services.Output.WriteLine($"fix: {folder}: the plugin {Fault(code)} during {stage}" + (said.Length > 0 ? $"; it said: {said}" : ""));
        services.Output.WriteLine("Code like this takes down any program that loads it; CoopSim checked it in a process of its own. 1 thing(s) to fix.");
        return ExitCodes.InvalidInput;
    }

    /// <summary>What an exit code says about how the process ended (.NET reports 128 + the signal on Unix).</summary>
    private static string Fault(int code) => code switch
    {
        ExitCodes.RunFailed => "ended the process (exit 3)",
        134 => "crashed the process (exit 134, aborted: a stack overflow, Environment.FailFast or an exception on a thread of its own?)",
        137 => "got the process killed (exit 137, SIGKILL: out of memory?)",
        139 => "crashed the process (exit 139, segmentation fault)",
        unchecked((int)0xC00000FD) => "crashed the process (stack overflow)",
        unchecked((int)0xC0000409) or unchecked((int)0x80131623) => "crashed the process (Environment.FailFast or an unhandled exception)",
        _ => string.Create(CultureInfo.InvariantCulture, $"ended the process with exit code {code}"),
    };

    /// <summary>
    /// The runtime's own first words about the fault ("Stack overflow.", "Unhandled exception. …"),
    /// not the stack trace after them; FailFast puts its message on the line after "Process terminated.".
    /// </summary>
    private static string LastWords(string error)
    {
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            return "";
        }

        var text = lines[0] == "Process terminated." && lines.Length > 1 ? lines[0] + " " + lines[1] : lines[0];
        return text.Length <= 200 ? text : text[..200] + "…";
    }

    /// <summary>
    /// Starts this same coopsim: the apphost when that is what runs, otherwise coopsim.dll beside
    /// this program's assemblies under the same dotnet host (so the child has the same runtime).
    /// </summary>
    private static ProcessStartInfo SelfStartInfo(IEnumerable<string> arguments)
    {
        var processPath = Environment.ProcessPath ?? "dotnet";
        var runsApphost = string.Equals(Path.GetFileNameWithoutExtension(processPath), "coopsim", StringComparison.OrdinalIgnoreCase);
        var runsDotnet = string.Equals(Path.GetFileNameWithoutExtension(processPath), "dotnet", StringComparison.OrdinalIgnoreCase);
        var info = new ProcessStartInfo(runsApphost || runsDotnet ? processPath : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (!runsApphost)
        {
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "coopsim.dll"));
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }
}
