namespace CoopSim.Cli.Output;

/// <summary>An output (a file or standard output) could not be written; the command ends with exit code 4.</summary>
internal sealed class OutputFailedException(string target, Exception inner)
    : IOException($"cannot write {target}: {inner.Message}", inner)
{
}
