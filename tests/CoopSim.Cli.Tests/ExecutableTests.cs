using System.Text.RegularExpressions;
using CoopSim.Abstractions;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

/// <summary>The real coopsim executable, as a person at a shell (or a script) runs it.</summary>
// Full tier: each test starts the real executable.
[Trait("Tier", "Full")]
public sealed class ExecutableTests
{
    [Fact]
    public void Help_lists_every_command()
    {
        var outcome = Coopsim.Process("--help");

        Assert.Equal(0, outcome.ExitCode);
        foreach (var command in new[] { "run", "compare", "validate", "plugins", "schema", "workshop", "tui" })
        {
            Assert.Contains($"  {command} ", outcome.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Version_is_printed()
    {
        var outcome = Coopsim.Process("--version");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", outcome.Output);
    }

    [Fact]
    public void Without_a_terminal_no_arguments_prints_help_and_exits_instead_of_waiting()
    {
        var outcome = Coopsim.Process();

        Assert.Equal(5, outcome.ExitCode);
        Assert.Contains("Usage:", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("not starting the terminal UI", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_prints_the_bundled_scenarios_results()
    {
        var outcome = Coopsim.Process("run", "scenarios/phnom-penh-water.json", "--years", "1993,2003");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("Phnom Penh", outcome.Output, StringComparison.Ordinal);
        Assert.Matches(@"\bnrw\s+%\s+72\.0\b", outcome.Output);
    }

    [Fact]
    public void Plugins_lists_the_four_bundled_sectors_with_contract_folder_and_hash()
    {
        var outcome = Coopsim.Process("plugins");

        Assert.Equal(0, outcome.ExitCode);
        foreach (var id in new[] { "water", "waste", "energy", "education" })
        {
            Assert.Matches($@"(?m)^{id}  .+contract {Regex.Escape(ContractVersion.Current.ToString(2))}$", outcome.Output);
        }

        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(outcome.Output, "sha256   [0-9a-f]{64}").Count);
        Assert.Contains(Path.Combine(RepositoryPaths.HostOutput, "plugins", "CoopSim.Sectors.Water"), outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_dropped_into_a_folder_is_loaded_without_rebuilding_the_host()
    {
        var folder = Path.Combine(Path.GetTempPath(), "coopsim-cli-tests", Guid.NewGuid().ToString("N"));
        var plugin = Path.Combine(folder, "CoopSim.Fixtures.DropIn");
        Directory.CreateDirectory(plugin);
        var built = Path.Combine(RepositoryPaths.Root, "tests", "Fixtures", "CoopSim.Fixtures.DropIn", "bin",
            Path.GetFileName(Path.GetDirectoryName(RepositoryPaths.HostOutput))!, "net10.0");
        foreach (var file in Directory.EnumerateFiles(built))
        {
            File.Copy(file, Path.Combine(plugin, Path.GetFileName(file)));
        }

        var hostBefore = File.GetLastWriteTimeUtc(Path.Combine(RepositoryPaths.HostOutput, "coopsim.dll"));
        var listed = Coopsim.Process("plugins", "--plugins", folder);

        Assert.Equal(0, listed.ExitCode);
        Assert.Contains($"tree-cover  Urban tree cover  version 1.2.3  contract {ContractVersion.Current.ToString(2)}", listed.Output, StringComparison.Ordinal);
        Assert.Equal(hostBefore, File.GetLastWriteTimeUtc(Path.Combine(RepositoryPaths.HostOutput, "coopsim.dll")));
    }

    [Fact]
    public void Validate_reports_broken_files_with_file_line_and_column_and_exits_2()
    {
        var folder = Path.Combine(Path.GetTempPath(), "coopsim-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var valid = File.ReadAllText(RepositoryPaths.Scenario("phnom-penh-water.json"));
        var cases = new Dictionary<string, string>
        {
            ["types.json"] = valid.Replace("\"startYear\": 1993", "\"startYear\": \"1993\"", StringComparison.Ordinal),
            ["keys.json"] = valid.Replace("\"seed\":", "\"sead\":", StringComparison.Ordinal),
            ["range.json"] = valid.Replace("\"initialNrw\": 0.72", "\"initialNrw\": 7.2", StringComparison.Ordinal),
            ["truncated.json"] = valid[..(valid.Length / 2)],
        };
        foreach (var (name, text) in cases)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }

        using (var big = File.Create(Path.Combine(folder, "huge.json")))
        {
            big.SetLength(50L * 1024 * 1024);
        }

        var outcome = Coopsim.Process(["validate", .. cases.Keys.Select(k => Path.Combine(folder, k)), Path.Combine(folder, "huge.json")]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Matches(@"types\.json:\d+:\d+: error: \$\.startYear: expected an integer, found a string", outcome.Error);
        Assert.Matches(@"keys\.json:\d+:\d+: error: \$\.sead: unknown property 'sead'; did you mean 'seed'\?", outcome.Error);
        Assert.Matches(@"range\.json:\d+:\d+: error: \$\.cities\[1\]\.sectors\.water\.parameters\.initialNrw: 7\.2 is out of range", outcome.Error);
        Assert.Matches(@"truncated\.json:\d+:\d+: error: invalid JSON", outcome.Error);
        Assert.Matches(@"huge\.json:1:1: error: the file is 52,428,800 bytes; scenario files are limited to", outcome.Error);
        Assert.DoesNotContain("   at ", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(5, outcome.Output.Split('\n').Count(l => l.Contains("invalid -", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_workshop_rehearsal_writes_its_debrief_charts_with_the_executables_own_font()
    {
        var folder = Path.Combine(Path.GetTempPath(), "coopsim-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var outcome = Coopsim.Process("workshop", "run", "scenarios/workshops/first-steps-45-minutes.json",
                "--decisions", "scenarios/workshops/rehearsals/first-steps-45-minutes.decisions.json", "--report", folder);

            Assert.Equal(0, outcome.ExitCode);
            Assert.Contains("League table in 2025", outcome.Output, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.HostOutput, "fonts", "DejaVuSans.ttf")));
            Assert.True(File.Exists(Path.Combine(RepositoryPaths.HostOutput, "fonts", "LICENSE-DejaVu.txt")));
            Assert.Equal(5, Directory.GetFiles(Path.Combine(folder, "charts"), "*.png").Length);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
