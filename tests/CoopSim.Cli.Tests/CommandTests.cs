using System.Text.Json;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

/// <summary>The commands' behaviour, run in process for speed.</summary>
public sealed class CommandTests
{
    private static readonly string PhnomPenh = RepositoryPaths.Scenario("phnom-penh-water.json");
    private static readonly string NoCooperation = RepositoryPaths.Scenario("phnom-penh-water-no-cooperation.json");

    [Fact]
    public void Run_as_csv_has_one_row_per_value_in_display_units()
    {
        var outcome = Coopsim.Run("run", PhnomPenh, "--format", "csv", "--years", "1993");

        Assert.Equal(0, outcome.ExitCode);
        var lines = outcome.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("scenario,city,sector,metric,unit,year,value", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("\"Phnom Penh water, with Kitakyushu\",phnom-penh,water,nrw,%,1993,72", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_as_json_writes_atomically_to_the_out_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"coopsim-{Guid.NewGuid():N}.json");
        try
        {
            var outcome = Coopsim.Run("run", PhnomPenh, "--format", "json", "--out", file);

            Assert.Equal(0, outcome.ExitCode);
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            Assert.Equal(18, json.RootElement.GetProperty("years").GetArrayLength());
            var nrw = json.RootElement.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("metric").GetString() == "nrw");
            Assert.Equal("%", nrw.GetProperty("unit").GetString());
            Assert.Equal(72.0, nrw.GetProperty("values")[0].GetDouble(), 6);
            Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(file)!, $".{Path.GetFileName(file)}*.tmp"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Years_outside_the_run_are_refused()
    {
        var outcome = Coopsim.Run("run", PhnomPenh, "--years", "1980,2003");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("year(s) 1980 are outside the simulated years 1993-2010", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_shows_each_scenario_and_the_differences_for_one_metric()
    {
        var outcome = Coopsim.Run("compare", PhnomPenh, NoCooperation, "--metric", "nrw", "--years", "1993,2003");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("A = Phnom Penh water, with Kitakyushu", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("B = Phnom Penh water, no cooperation", outcome.Output, StringComparison.Ordinal);
        Assert.Matches(@"year\s+A\s+B\s+B-A\s+B-A %", outcome.Output);
        Assert.Matches(@"1993\s+72\.0\s+72\.0\s+0\s+\+0\.0%", outcome.Output);
        Assert.Matches(@"2003\s+[\d.]+\s+[\d.]+\s+\+[\d.]+\s+\+[\d.]+%", outcome.Output);
    }

    [Fact]
    public void Compare_without_a_metric_summarises_the_final_year()
    {
        var outcome = Coopsim.Run("compare", PhnomPenh, NoCooperation);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("In 2010:", outcome.Output, StringComparison.Ordinal);
        Assert.Matches(@"phnom-penh\s+water\s+nrw\s+%", outcome.Output);
    }

    [Fact]
    public void Compare_names_the_metrics_when_one_is_unknown()
    {
        var outcome = Coopsim.Run("compare", PhnomPenh, NoCooperation, "--metric", "leaks");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("no scenario reports 'leaks'; metrics:", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_accepts_every_bundled_scenario()
    {
        var outcome = Coopsim.Run(["validate", .. RepositoryPaths.AllScenarios()]);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.DoesNotContain("invalid", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_is_json_schema_with_each_plugins_parameters()
    {
        var outcome = Coopsim.Run("schema");

        Assert.Equal(0, outcome.ExitCode);
        using var schema = JsonDocument.Parse(outcome.Output);
        var sectors = schema.RootElement.GetProperty("properties").GetProperty("cities").GetProperty("items")
            .GetProperty("properties").GetProperty("sectors").GetProperty("properties");
        var initialNrw = sectors.GetProperty("water").GetProperty("properties").GetProperty("parameters")
            .GetProperty("properties").GetProperty("initialNrw");
        Assert.InRange(initialNrw.GetProperty("minimum").GetDouble(), 0.0, 0.72);
        Assert.InRange(initialNrw.GetProperty("maximum").GetDouble(), 0.72, 1.0);
        Assert.Contains("[fraction]", initialNrw.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_committed_schema_is_the_one_coopsim_prints()
    {
        var committed = Path.Combine(RepositoryPaths.Root, "docs", "schema", "scenario.schema.json");
        var outcome = Coopsim.Run("schema");

        Assert.True(File.Exists(committed) && File.ReadAllText(committed).ReplaceLineEndings("\n") == outcome.Output.ReplaceLineEndings("\n"),
            "docs/schema/scenario.schema.json is out of date: run `dotnet run --project src/CoopSim -- schema --out docs/schema/scenario.schema.json`");
    }

    [Fact]
    public void Schema_markdown_prints_the_field_tables_docs_scenarios_md_holds()
    {
        var outcome = Coopsim.Run("schema", "--markdown");
        var document = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "scenarios.md")).ReplaceLineEndings("\n");

        Assert.Equal(0, outcome.ExitCode);
        var blocks = outcome.Output.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(blocks, b => b.StartsWith("<!-- fields: cities[].sectors.*.capacity -->", StringComparison.Ordinal) && b.Contains("| `ownership` |", StringComparison.Ordinal));
        Assert.All(blocks, b => Assert.Contains(b, document, StringComparison.Ordinal));
    }

    [Fact]
    public void Plugins_sector_shows_parameters_with_units_and_ranges()
    {
        var outcome = Coopsim.Run("plugins", "--sector", "water");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Matches(@"(?m)^initialNrw  \[fraction\]  default [\d.]+, range [\d.]+ to [\d.]+$", outcome.Output);
    }

    // Full tier: plugins --check runs the plugin in a child process.
    [Trait("Tier", "Full")]
    [Fact]
    public void Plugins_check_reports_what_an_author_must_fix()
    {
        var folder = Path.Combine(Path.GetTempPath(), "coopsim-cli-tests", Guid.NewGuid().ToString("N"), "Broken");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Broken.dll"), "not an assembly");

        var outcome = Coopsim.Run("plugins", "--check", folder);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("fix: ", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("not a readable .NET assembly", outcome.Output, StringComparison.Ordinal);
    }
}
