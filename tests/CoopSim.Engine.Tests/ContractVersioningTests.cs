using CoopSim.Abstractions;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Simulation;

namespace CoopSim.Engine.Tests;

/// <summary>The versioning policy (docs/plugins.md): same major and an equal or older minor load; another major is refused.</summary>
public sealed class ContractVersioningTests
{
    [Fact]
    public void The_host_speaks_a_minor_above_zero_so_that_older_minors_exist()
    {
        Assert.True(ContractVersion.Minor >= 1, "the older-minor fixture needs a host minor of at least 1");
    }

    [Fact]
    public void A_plugin_built_against_an_older_minor_loads_reports_its_contract_and_runs_beside_current_plugins()
    {
        using var plugins = new TempFolder();
        PluginFolderFixture.Install(plugins.Path, "CoopSim.Fixtures.OlderMinor");
        PluginFolderFixture.Install(plugins.Path, "CoopSim.Sectors.Water");
        var json = """
            {
              "schemaVersion": 1, "name": "Old and new", "startYear": 2020, "endYear": 2023,
              "cities": [ { "id": "k", "population": 1 },
                          { "id": "c", "population": 100000, "sectors": { "air-quality": {}, "water": {} } } ],
              "programmes": [ { "id": "p", "partner": "k", "city": "c", "sector": "air-quality",
                "phases": [ { "id": "a", "from": 2021, "to": 2023, "activities": { "technologies": { "filters": 1 } } } ] } ]
            }
            """;

        var catalog = PluginCatalog.Load([plugins.Path], includeBundled: false);
        var result = Simulator.Run(TestScenarios.Resolve(json, catalog));

        Assert.Empty(catalog.Refusals);
        var old = catalog.Find("air-quality")!;
        Assert.Equal(new Version(1, 0), old.BuiltAgainst);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        var pm25 = result.Find("c", "air-quality", "pm25")!.Values;
        var pumping = result.Find("c", "water", "systemInput")!.Values;
        Assert.All(pumping, v => Assert.True(v > 0));
        // 40 / (1 + filters in place) plus the pumping term read from the water sector in the same year.
        Assert.True(pm25[0] > 40 && pm25[0] < 41, $"{pm25[0]}");
        Assert.True(pm25[1] > 20 && pm25[1] < 21, $"{pm25[1]}");
    }

    [Fact]
    public void A_plugin_built_against_the_current_minor_reports_it()
    {
        using var plugins = new TempFolder();
        PluginFolderFixture.Install(plugins.Path, "CoopSim.Fixtures.DropIn");

        var sector = Assert.Single(PluginCatalog.Load([plugins.Path], includeBundled: false).Sectors);

        Assert.Equal(ContractVersion.Current, sector.BuiltAgainst);
    }
}
