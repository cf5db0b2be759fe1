using CoopSim.Cli.Output;

namespace CoopSim.Cli.Tests;

/// <summary>What escapes a command becomes one line and a documented exit code; the trace only with --debug.</summary>
public sealed class CommandFailureTests
{
    [Fact]
    public void An_unexpected_exception_is_one_line_and_exit_70_without_debug()
    {
        var error = new StringWriter();

        var code = CommandFailure.Report(Thrown(new InvalidOperationException("the impossible\nhappened")), error, debug: false);

        Assert.Equal(70, code);
        Assert.Equal("error: internal error (InvalidOperationException): the impossible happened (run again with --debug for details)", error.ToString().Trim());
    }

    [Fact]
    public void With_debug_the_stack_trace_follows_the_line()
    {
        var error = new StringWriter();

        CommandFailure.Report(Thrown(new InvalidOperationException("boom")), error, debug: true);

        Assert.StartsWith("error: internal error (InvalidOperationException): boom", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(" at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_cancellation_and_input_failures_have_their_own_exit_codes()
    {
        Assert.Equal(4, CommandFailure.Report(new OutputFailedException("standard output", new IOException("No space left on device")), TextWriter.Null, debug: false));
        Assert.Equal(130, CommandFailure.Report(new OperationCanceledException(), TextWriter.Null, debug: false));
        Assert.Equal(2, CommandFailure.Report(new UnauthorizedAccessException("denied"), TextWriter.Null, debug: false));
    }

    [Fact]
    public void Debug_is_an_option_every_command_accepts()
    {
        var outcome = Coopsim.Run("validate", CoopSim.Tests.Shared.RepositoryPaths.Scenario("dalian.json"), "--debug");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
    }

    private static Exception Thrown(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
