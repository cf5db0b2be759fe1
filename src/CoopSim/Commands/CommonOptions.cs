using System.CommandLine;
using CoopSim.Engine.Reporting;

namespace CoopSim.Cli.Commands;

/// <summary>Options that several commands take, built the same way each time.</summary>
internal static class CommonOptions
{
    public static Option<string> Format() => new Option<string>("--format", "-f")
    {
        Description = "Output format: table (for people), csv (one row per value) or json.",
        DefaultValueFactory = _ => "table",
    }.AcceptOnlyFromAmong("table", "csv", "json");

    public static Option<string?> Out() => new("--out", "-o")
    {
        Description = "Write to FILE (atomically) instead of standard output.",
        HelpName = "FILE",
    };

    public static Option<string?> Years() => new("--years")
    {
        Description = "Only these years, e.g. 2000,2005 or 1993-2003.",
        HelpName = "LIST",
    };

    /// <summary>Parses --years, reporting a bad list on the error stream.</summary>
    public static bool TryYears(string? text, TextWriter error, out YearSelection selection)
    {
        if (YearSelection.TryParse(text, out selection, out var message))
        {
            return true;
        }

        error.WriteLine($"error: --years: {message}");
        return false;
    }
}
