using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using CoopSim.Testing;
using CoopSim.Tests.Shared;

namespace CoopSim.Samples.Tests;

/// <summary>
/// The sanitation sector, made from the template outside plugins/ as an outside author would,
/// builds on its own, loads from its folder, keeps the contract and runs its scenario (cases.md D1-D3).
/// </summary>
// Full tier: builds the sample with dotnet build.
[Trait("Tier", "Full")]
public sealed class SanitationSampleTests(SampleBuild build) : IClassFixture<SampleBuild>
{
    private PluginCatalog LoadSample()
    {
        Assert.True(build.ExitCode == 0, build.BuildLog);
        return PluginCatalog.Load([build.PluginsRoot], includeBundled: false);
    }

    [Fact]
    public void The_sample_builds_on_its_own_without_shipping_the_contract()
    {
        Assert.True(build.ExitCode == 0, build.BuildLog);
        Assert.True(File.Exists(Path.Combine(build.PluginFolder, SampleBuild.Name + ".dll")));
        Assert.False(File.Exists(Path.Combine(build.PluginFolder, "CoopSim.Abstractions.dll")));
    }

    [Fact]
    public void The_sample_loads_from_its_folder_built_against_the_current_contract()
    {
        var catalog = LoadSample();

        Assert.Empty(catalog.Refusals);
        var sector = Assert.Single(catalog.Sectors);
        Assert.Equal("sanitation", sector.Id);
        Assert.Equal(Abstractions.ContractVersion.Current, sector.BuiltAgainst);
    }

    [Fact]
    public void The_loaded_sample_passes_the_conformance_kit()
    {
        var sector = Assert.Single(LoadSample().Sectors);

        var report = SectorConformance.Check(sector.Plugin);

        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public void The_samples_scenario_runs_every_city_to_2035_with_what_the_cases_describe()
    {
        var compilation = ScenarioCompiler.Load(SampleBuild.Scenario, LoadSample());
        Assert.True(compilation.IsValid, string.Join(Environment.NewLine, compilation.Problems));

        var result = Simulator.Run(compilation.Scenario!);

        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.Equal(2035, result.Years[^1]);
        foreach (var city in new[] { "phnom-penh", "surabaya", "hai-phong" })
        {
            var sewers = result.Find(city, "sanitation", "sewerConnection")!.Values;
            Assert.True(sewers[^1] > sewers[0], $"{city}: capacity built by cooperation extends sewers");
            // No treatment plant is built in the cases (D1-D3): sewage reaches rivers untreated.
            Assert.All(result.Find(city, "sanitation", "wastewaterTreated")!.Values, v => Assert.True(v < 0.01, $"{city}: {v}"));
        }

        // Surabaya's jokaso units (D2) serve someone from their first year on.
        var surabaya = result.Find("surabaya", "sanitation", "decentralisedTreatment")!;
        Assert.Equal(0, surabaya.At(2011));
        Assert.True(surabaya.At(2012) > 0);
    }

    [Fact]
    public void Coopsim_runs_the_samples_scenario_with_the_plugins_option_without_rebuilding_the_host()
    {
        Assert.True(build.ExitCode == 0, build.BuildLog);
        var host = Path.Combine(RepositoryPaths.HostOutput, "coopsim.dll");
        var before = File.GetLastWriteTimeUtc(host);
        var (exitCode, output) = SampleBuild.Coopsim(host, "run", SampleBuild.Scenario, "--plugins", build.PluginsRoot, "--years", "2007,2035");

        Assert.True(exitCode == 0, output);
        Assert.Contains("Surabaya - Sanitation and sewerage (sanitation)", output, StringComparison.Ordinal);
        Assert.Equal(before, File.GetLastWriteTimeUtc(host));
    }
}
