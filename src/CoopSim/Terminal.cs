namespace CoopSim.Cli;

/// <summary>Whether a person is at a terminal: the terminal UI waits forever for keys that never come otherwise.</summary>
internal static class Terminal
{
    public static bool IsInteractive() => !Console.IsInputRedirected && !Console.IsOutputRedirected;
}
