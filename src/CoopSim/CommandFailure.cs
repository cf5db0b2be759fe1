using System.Text;
using CoopSim.Cli.Output;

namespace CoopSim.Cli;

/// <summary>
/// The one place where whatever escapes a command becomes an exit code and a one-line message
/// (README, "Exit codes"). The stack trace is for developers and shows only with --debug.
/// </summary>
internal static class CommandFailure
{
    public static int Report(Exception exception, TextWriter error, bool debug)
    {
        var (code, message) = exception switch
        {
            OutputFailedException e => (ExitCodes.OutputFailed, e.Message),
            OperationCanceledException => (ExitCodes.Interrupted, "interrupted"),
            DecoderFallbackException or InvalidDataException => (ExitCodes.InvalidInput, $"cannot read an input: {exception.Message}"),
            IOException or UnauthorizedAccessException => (ExitCodes.InvalidInput, $"cannot read an input: {exception.Message}"),
            _ => (ExitCodes.InternalError, $"internal error ({exception.GetType().Name}): {exception.Message}"),
        };
        try
        {
            error.WriteLine($"error: {OneLine(message)}{(debug || code != ExitCodes.InternalError ? "" : " (run again with --debug for details)")}");
            if (debug)
            {
                error.WriteLine(exception.ToString());
            }

            error.Flush();
        }
        catch (IOException)
        {
            // Standard error is gone too: the exit code is all that is left to say it.
        }

        return code;
    }

    /// <summary>Hands on what a command printed before it failed, if standard output still takes it.</summary>
    public static void FlushQuietly(TextWriter output)
    {
        try
        {
            output.Flush();
        }
        catch (IOException)
        {
            // The failure was reported already.
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
