using System.Diagnostics;

namespace CoopSim.Samples.Tests;

/// <summary>Runs the dotnet command as an author types it, with no terminal attached and a time limit.</summary>
public static class DotnetProcess
{
    /// <summary>The exit code and everything dotnet printed (standard output, then standard error).</summary>
    public static (int ExitCode, string Output) Run(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', args)} took more than {timeout}");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
