using System.Text;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

/// <summary>
/// Inputs that might come from anyone (docs/architecture.md, "Trust rules"): bounded, never a wait on
/// a pipe, never a read outside the scenario's own folder, never raw control characters on the terminal.
/// </summary>
public sealed class InputTrustTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coopsim-tests", Guid.NewGuid().ToString("N"));
    private readonly string _shared;

    public InputTrustTests()
    {
        _shared = Path.Combine(_folder, "shared");
        Directory.CreateDirectory(_shared);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Validate_refuses_a_device_without_reading_it_and_goes_on_with_the_next_file()
    {
        var outcome = Finished(() => Coopsim.Run("validate", "/dev/zero", "/dev/urandom", RepositoryPaths.Scenario("dalian.json")));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("/dev/zero:1:1: error: not a regular file", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("/dev/urandom:1:1: error: not a regular file", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("dalian.json: valid", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_refuses_a_pipe_without_waiting_for_a_writer()
    {
        var pipe = Path.Combine(_folder, "pipe.json");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]))
        {
            mkfifo.WaitForExit();
        }

        var outcome = Finished(() => Coopsim.Run("validate", pipe));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("pipe.json:1:1: error: not a regular file", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extends_naming_a_device_is_refused()
    {
        var child = Write("child.json", """{ "extends": "/dev/zero", "name": "x" }""");

        var outcome = Finished(() => Coopsim.Run("validate", child));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("'extends' may only name a scenario under", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extends_leading_out_of_the_opened_files_folder_is_refused_unless_the_folder_is_trusted()
    {
        var child = Write("child.json", """{ "extends": "../../parent.json", "name": "Child" }""");
        var parent = Path.Combine(Path.GetDirectoryName(_folder)!, "parent.json");
        File.Copy(RepositoryPaths.Scenario("surabaya-waste.json"), parent, overwrite: true);
        try
        {
            var refused = Coopsim.Run("validate", child);
            var trusted = Coopsim.Run("validate", child, "--trust-folder", Path.GetDirectoryName(_folder)!);

            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("child.json:1:14: error: $.extends: 'extends' may only name a scenario under", refused.Error, StringComparison.Ordinal);
            Assert.True(trusted.ExitCode == 0, trusted.ToString());
        }
        finally
        {
            File.Delete(parent);
        }
    }

    [Fact]
    public void A_parent_that_is_not_a_scenario_is_refused_without_quoting_it()
    {
        Write("notes.json", """{ "password": "hunter2-secret", "token": 42 }""");
        Write("notes.txt", "Secret first line");
        var json = Write("a.json", """{ "extends": "notes.json", "name": "A" }""");
        var text = Write("b.json", """{ "extends": "notes.txt", "name": "B" }""");

        var outcome = Coopsim.Run("validate", json, text);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("the parent 'notes.json' is not a scenario file", Unrooted(outcome.Error), StringComparison.Ordinal);
        Assert.Contains("the parent 'notes.txt' cannot be read as a scenario", Unrooted(outcome.Error), StringComparison.Ordinal);
        foreach (var secret in new[] { "password", "hunter2", "token", "'S'", "Secret" })
        {
            Assert.DoesNotContain(secret, outcome.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_session_naming_a_file_that_is_no_exercise_is_refused_without_quoting_it()
    {
        Write("notes.json", """{ "password": "hunter2-secret" }""");
        var session = Write("class.json", """{ "format": "coopsim-workshop-session", "schemaVersion": 1, "exercise": "notes.json", "seed": 1, "teams": [] }""");

        var outcome = Coopsim.Run("workshop", "resume", session);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("is not a workshop exercise file", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("password", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reports_text_that_is_not_utf8_where_it_is_and_goes_on()
    {
        var bad = Path.Combine(_shared, "bad.json");
        File.WriteAllBytes(bad, [.. "{ \"name\": \""u8, 0xFF, 0xFE, .. "\" }"u8]);
        var surrogate = Write("surrogate.json", """{ "name": "\ud800" }""");

        var outcome = Coopsim.Run("validate", bad, surrogate, RepositoryPaths.Scenario("dalian.json"));

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("bad.json:1:11: error: $.name: the text is not valid UTF-8", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("surrogate.json:1:11: error: $.name: the text is not valid UTF-8", outcome.Error, StringComparison.Ordinal);
        Assert.Contains("dalian.json: valid", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_from_a_scenario_reach_the_terminal_as_escapes()
    {
        var scenario = File.ReadAllText(RepositoryPaths.Scenario("surabaya-waste.json"))
            .Replace("\"Surabaya waste, with Kitakyushu\"", "\"\\u001b]0;pwned\\u0007Surabaya\"", StringComparison.Ordinal)
            .Replace("\"generationPerCapita\": 0.65", "\"generationPerCapita\": 0.65, \"x\\u001b[31m\": 1", StringComparison.Ordinal)
            .Replace("\"$schema\": \"../docs/schema/scenario.schema.json\",", "", StringComparison.Ordinal);
        var bad = Write("escapes.json", scenario);
        var good = Write("named.json", scenario.Replace(", \"x\\u001b[31m\": 1", "", StringComparison.Ordinal));

        var problems = Coopsim.Run("validate", bad);
        var table = Coopsim.Run("run", good, "--years", "2000");

        Assert.Equal(2, problems.ExitCode);
        Assert.DoesNotContain('\u001b', problems.Error + problems.Output);
        Assert.Contains("x\\u001b[31m", problems.Error, StringComparison.Ordinal);
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.DoesNotContain('\u001b', table.Output);
        Assert.DoesNotContain('\u0007', table.Output);
        Assert.Contains("\\u001b]0;pwned\\u0007Surabaya", table.Output, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_shared, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private string Unrooted(string text) => text.Replace(_shared + Path.DirectorySeparatorChar, "", StringComparison.Ordinal);

    /// <summary>Runs the command, failing the test (not hanging it) should it never return.</summary>
    private static Coopsim.Outcome Finished(Func<Coopsim.Outcome> command)
    {
        var task = Task.Run(command);
        Assert.True(task.Wait(TimeSpan.FromSeconds(60)), "the command never returned");
        return task.Result;
    }
}
