using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

/// <summary>
/// <c>coopsim workshop console</c> and the console from <c>workshop resume</c>: never started without a
/// terminal, and <c>resume --text</c> keeps the printed status at a terminal. Uses the terminal UI
/// tests' own exercise, not the bundled ones.
/// </summary>
public sealed class WorkshopConsoleCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coopsim-tests", Guid.NewGuid().ToString("N"));

    public WorkshopConsoleCommandTests()
    {
        foreach (var sub in new[] { "Scenarios", "Workshops" })
        {
            var target = Directory.CreateDirectory(Path.Combine(_folder, sub)).FullName;
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "tests", "CoopSim.Tui.Tests", "Fixtures", sub), "*.json"))
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Exercise => Path.Combine(_folder, "Workshops", "river-town-class.json");

    private static (int Code, string Output, string Error) Run(bool interactive, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = new CliApp(output, error, () => interactive).Run([.. args, "--plugins", Coopsim.BundledPlugins]);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs a command that must not start the console, failing (not hanging) if it does.</summary>
    private static async Task<(int Code, string Output, string Error)> Bounded(Func<(int, string, string)> command, string failure)
    {
        var run = Task.Run(command);
        var first = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(first == run, failure);
        return await run;
    }

    [Fact]
    public void Without_a_terminal_the_console_does_not_start_says_why_and_writes_no_session()
    {
        var (code, output, error) = Run(false, "workshop", "console", Exercise);

        Assert.Equal(ExitCodes.NoTerminal, code);
        Assert.Contains("not starting the trainer console", error, StringComparison.Ordinal);
        Assert.Contains("coopsim workshop resume SESSION", error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.Empty(Directory.EnumerateFiles(_folder, "*.session.json", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Resume_prints_where_the_session_stands_without_a_terminal_and_with_text_at_one()
    {
        var session = Path.Combine(_folder, "class.session.json");
        Assert.Equal(0, Run(false, "workshop", "start", Exercise, "--session", session, "--team", "Blue", "--team", "Green").Code);
        Assert.Equal(0, Run(false, "workshop", "decide", session, "--team", "Blue", "audit").Code);

        var headless = Run(false, "workshop", "resume", session);

        // At a terminal --text must print, not open the console; a console here would wait for keys forever.
        var atTerminal = await Bounded(() => Run(true, "workshop", "resume", session, "--text"), "resume --text opened the console");

        foreach (var (code, output, _) in new[] { headless, atTerminal })
        {
            Assert.Equal(0, code);
            Assert.Contains("Resumed \"River Town's leaking pipes\": 0 of 3 rounds played", output, StringComparison.Ordinal);
            Assert.Contains("Blue: decided: audit", output, StringComparison.Ordinal);
            Assert.Contains("Green: not decided", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_session_that_cannot_be_resumed_is_reported_before_any_console_starts()
    {
        var broken = Path.Combine(_folder, "broken.session.json");
        File.WriteAllText(broken, "{ \"format\": \"coopsim-workshop-session\", ");

        var (code, _, error) = await Bounded(() => Run(true, "workshop", "resume", broken), "a broken session opened the console");
        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("broken.session.json:1:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
