namespace CoopSim.Cli;

/// <summary>What <c>coopsim</c> returns; listed in the README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command line itself was wrong (System.CommandLine's own code).</summary>
    public const int Usage = 1;

    /// <summary>A scenario (or other input file) has problems; each is printed.</summary>
    public const int InvalidInput = 2;

    /// <summary>A run failed: a plugin threw or broke the contract.</summary>
    public const int RunFailed = 3;

    /// <summary>An output could not be written: the --out file, or standard output (a full disk, a closed pipe).</summary>
    public const int OutputFailed = 4;

    /// <summary>The terminal UI was asked for where there is no terminal.</summary>
    public const int NoTerminal = 5;

    /// <summary>A backtest statistic is above a <c>--fail-over</c> limit; each is printed.</summary>
    public const int ThresholdExceeded = 6;

    /// <summary>Something no check foresaw (a defect in CoopSim); --debug shows where.</summary>
    public const int InternalError = 70;

    /// <summary>Stopped by Ctrl+C or a cancellation; an output being written is left as it was.</summary>
    public const int Interrupted = 130;
}
