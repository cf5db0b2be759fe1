using CoopSim.Engine;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

/// <summary>What --out may and may not do to the files already there (README, "Output files").</summary>
public sealed class OutputFileTests : IDisposable
{
    private static readonly string PhnomPenh = RepositoryPaths.Scenario("phnom-penh-water.json");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coopsim-tests", Guid.NewGuid().ToString("N"));

    public OutputFileTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Out_through_a_symbolic_link_writes_its_target_and_keeps_the_link()
    {
        var target = Path.Combine(_folder, "results.csv");
        File.WriteAllText(target, "old");
        var link = Path.Combine(_folder, "latest.csv");
        File.CreateSymbolicLink(link, target);

        var outcome = Coopsim.Run("run", PhnomPenh, "--format", "csv", "--out", link);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.StartsWith("scenario,city,sector", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_to_a_pipe_writes_into_the_pipe_and_leaves_it_a_pipe()
    {
        var pipe = Path.Combine(_folder, "pipe");
        MakeFifo(pipe);
        var reader = Task.Run(() => File.ReadAllText(pipe));

        var outcome = Coopsim.Run("run", PhnomPenh, "--format", "csv", "--years", "1993", "--out", pipe);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var text = await reader.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.StartsWith("scenario,city,sector", text, StringComparison.Ordinal);
        Assert.Equal(FileKind.Kind.Other, FileKind.Of(pipe));
    }

    [Fact]
    public void Out_refuses_to_replace_the_scenario_the_command_runs()
    {
        var scenario = CopyScenario();
        var before = File.ReadAllText(scenario);

        var outcome = Coopsim.Run("run", scenario, "--format", "csv", "--out", scenario);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("is a file this command reads", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(scenario));
    }

    [Fact]
    public void Out_refuses_to_replace_a_parent_the_scenario_extends_even_with_force()
    {
        var parent = CopyScenario();
        var child = Path.Combine(_folder, "child.json");
        File.WriteAllText(child, """{ "extends": "scenario.json", "name": "Child" }""");
        var before = File.ReadAllText(parent);

        var outcome = Coopsim.Run("run", child, "--out", parent, "--force");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(before, File.ReadAllText(parent));
    }

    [Fact]
    public void Out_replaces_a_scenario_it_does_not_read_only_with_force()
    {
        var other = CopyScenario();
        var before = File.ReadAllText(other);

        var refused = Coopsim.Run("schema", "--out", other);
        var afterRefusal = File.ReadAllText(other);
        var forced = Coopsim.Run("schema", "--out", other, "--force");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("add --force to replace it", refused.Error, StringComparison.Ordinal);
        Assert.Equal(before, afterRefusal);
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Contains("\"$schema\"", File.ReadAllText(other), StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Out_keeps_the_permissions_of_the_file_it_replaces()
    {
        var file = Path.Combine(_folder, "private.csv");
        File.WriteAllText(file, "old");
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var outcome = Coopsim.Run("run", PhnomPenh, "--format", "csv", "--out", file);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.StartsWith("scenario,", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void Out_into_a_missing_folder_names_that_folder_and_no_temporary_file()
    {
        var file = Path.Combine(_folder, "no-such-folder", "out.csv");

        var outcome = Coopsim.Run("run", PhnomPenh, "--format", "csv", "--out", file);

        Assert.Equal(4, outcome.ExitCode);
        Assert.Contains(Path.Combine(_folder, "no-such-folder"), outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(AtomicFile.TemporarySuffix, outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp", outcome.Error, StringComparison.Ordinal);
        Assert.Single(outcome.Error.Trim().Split('\n'));
    }

    [Fact]
    public void Workshop_scenario_out_refuses_to_replace_its_own_session()
    {
        var workshops = Path.Combine(RepositoryPaths.Scenarios, "workshops");
        var session = Path.Combine(_folder, "class.json");
        Assert.Equal(0, Coopsim.Run("workshop", "run", Path.Combine(workshops, "first-steps-45-minutes.json"),
            "--decisions", Path.Combine(workshops, "rehearsals", "first-steps-45-minutes.decisions.json"), "--session", session).ExitCode);
        var before = File.ReadAllText(session);

        var outcome = Coopsim.Run("workshop", "scenario", session, "--team", "Capacity first", "--out", session, "--force");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(before, File.ReadAllText(session));
    }

    private string CopyScenario()
    {
        var copy = Path.Combine(_folder, "scenario.json");
        File.Copy(PhnomPenh, copy);
        return copy;
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
