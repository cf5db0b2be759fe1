using System.Globalization;

namespace CoopSim.Engine.Plugins;

/// <summary>
/// Makes sure plugin code cannot end the process as if CoopSim had succeeded. A plugin that calls
/// <see cref="Environment.Exit(int)"/> ends the process wherever it is; .NET still raises
/// <see cref="AppDomain.ProcessExit"/>, and a handler may still change the exit code. If the host
/// has not said it is finishing, the exit came from plugin code: the guard names the plugin call in
/// progress (<see cref="PluginCalls"/>) on the error stream and turns a success code into a failure.
/// </summary>
public sealed class PluginExitGuard
{
    private readonly TextWriter _error;
    private readonly int _failureCode;
    private volatile bool _hostFinished;

    private PluginExitGuard(TextWriter error, int failureCode)
    {
        _error = error;
        _failureCode = failureCode;
    }

    /// <summary>Watches this process's exit; <paramref name="failureCode"/> replaces an exit code of 0 set by plugin code.</summary>
    public static PluginExitGuard Install(TextWriter error, int failureCode)
    {
        var guard = new PluginExitGuard(error, failureCode);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => guard.OnProcessExit();
        return guard;
    }

    /// <summary>The host is ending the process itself: what follows is not plugin code's doing.</summary>
    public void HostFinished() => _hostFinished = true;

    private void OnProcessExit()
    {
        if (_hostFinished)
        {
            return;
        }

        var code = Environment.ExitCode;
        var where = PluginCalls.InProgress() is { } call ? "during " + call : "while no plugin call was in progress (from a thread of its own?)";
        try
        {
            _error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"coopsim: error: plugin code ended the process (Environment.Exit({code})) {where}; the command did not finish, and its output is incomplete"));
            _error.Flush();
        }
        catch (IOException)
        {
            // With no error stream left to tell, the exit code still tells.
        }

        if (code == 0)
        {
            Environment.ExitCode = _failureCode;
        }
    }
}
