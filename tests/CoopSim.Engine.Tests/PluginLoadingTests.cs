using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;

namespace CoopSim.Engine.Tests;

public sealed class PluginLoadingTests
{
    private static PluginCatalog LoadOnly(string folder) => PluginCatalog.Load([folder], includeBundled: false);

    [Fact]
    public void The_bundled_sectors_load_from_their_folders_with_contract_and_hash()
    {
        using var plugins = new TempFolder();
        PluginFolderFixture.InstallBundled(plugins.Path);

        var catalog = LoadOnly(plugins.Path);

        Assert.Empty(catalog.Refusals);
        Assert.Equal(["education", "energy", "waste", "water"], catalog.Sectors.Select(s => s.Id));
        Assert.All(catalog.Sectors, s =>
        {
            Assert.Equal(Abstractions.ContractVersion.Current, s.BuiltAgainst);
            Assert.Matches("^[0-9a-f]{64}$", s.Sha256);
            Assert.StartsWith(plugins.Path, s.Folder, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_plugin_built_on_its_own_and_dropped_in_is_found_and_runs()
    {
        using var plugins = new TempFolder();
        PluginFolderFixture.Install(plugins.Path, "CoopSim.Fixtures.DropIn");
        var catalog = LoadOnly(plugins.Path);
        var json = """
            {
              "schemaVersion": 1, "name": "Trees", "startYear": 2020, "endYear": 2022,
              "cities": [ { "id": "k", "population": 1 }, { "id": "c", "population": 1000, "sectors": { "tree-cover": {} } } ],
              "programmes": [ { "id": "p", "partner": "k", "city": "c", "sector": "tree-cover",
                "phases": [ { "id": "a", "from": 2020, "to": 2022, "activities": { "technologies": { "trees": 100 } } } ] } ]
            }
            """;

        var sector = Assert.Single(catalog.Sectors);
        var result = Simulator.Run(TestScenarios.Resolve(json, catalog));

        Assert.Equal(("tree-cover", new Version(1, 2, 3)), (sector.Id, sector.Descriptor.Version));
        Assert.Equal([3000.0, 6000.0, 9000.0], result.Find("c", "tree-cover", "canopy")!.Values);
    }

    [Fact]
    public void A_folder_with_no_plugin_assembly_is_refused_and_the_others_load()
    {
        using var plugins = new TempFolder();
        PluginFolderFixture.Install(plugins.Path, "CoopSim.Sectors.Water");
        plugins.File("Notes/readme.txt", "not a plugin");

        var catalog = LoadOnly(plugins.Path);

        Assert.Equal("water", Assert.Single(catalog.Sectors).Id);
        var refusal = Assert.Single(catalog.Refusals);
        Assert.EndsWith("Notes", refusal.Folder, StringComparison.Ordinal);
        Assert.Contains("no plugin assembly: expected Notes.dll", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_assembly_is_refused_and_the_others_load()
    {
        using var plugins = new TempFolder();
        PluginFolderFixture.Install(plugins.Path, "CoopSim.Sectors.Water");
        var corrupt = PluginFolderFixture.Install(plugins.Path, "CoopSim.Sectors.Waste");
        var assembly = Path.Combine(corrupt, "CoopSim.Sectors.Waste.dll");
        File.WriteAllBytes(assembly, File.ReadAllBytes(assembly)[..600]);

        var catalog = LoadOnly(plugins.Path);

        Assert.Equal("water", Assert.Single(catalog.Sectors).Id);
        var refusal = Assert.Single(catalog.Refusals);
        Assert.Equal(assembly, refusal.AssemblyPath);
        Assert.Contains("not a readable .NET assembly", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_built_for_another_contract_major_is_refused_without_running_it()
    {
        using var plugins = new TempFolder();
        PluginFolderFixture.Install(plugins.Path, "CoopSim.Sectors.Water");
        PluginFolderFixture.Install(plugins.Path, "CoopSim.Fixtures.FutureContract");

        var catalog = LoadOnly(plugins.Path);

        Assert.Equal("water", Assert.Single(catalog.Sectors).Id);
        var refusal = Assert.Single(catalog.Refusals);
        Assert.Contains($"built for contract 2.0, but this CoopSim speaks contract {Abstractions.ContractVersion.Current.ToString(2)}", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_built_for_a_newer_minor_of_the_contract_is_refused_without_running_it()
    {
        using var plugins = new TempFolder();
        PluginFolderFixture.Install(plugins.Path, "CoopSim.Sectors.Water");
        PluginFolderFixture.Install(plugins.Path, "CoopSim.Fixtures.NewerMinor");

        var catalog = LoadOnly(plugins.Path);

        Assert.Equal("water", Assert.Single(catalog.Sectors).Id);
        var refusal = Assert.Single(catalog.Refusals);
        Assert.Contains($"built for contract 1.9, newer than this CoopSim's {Abstractions.ContractVersion.Current.ToString(2)}; update CoopSim", refusal.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_plugins_with_the_same_sector_id_are_both_refused_and_the_others_load()
    {
        using var plugins = new TempFolder();
        PluginFolderFixture.Install(plugins.Path, "CoopSim.Sectors.Waste");
        PluginFolderFixture.Install(plugins.Path, "CoopSim.Sectors.Water");
        PluginFolderFixture.Install(plugins.Path, "CoopSim.Sectors.Water", folderName: "WaterCopy");

        var catalog = LoadOnly(plugins.Path);

        Assert.Equal("waste", Assert.Single(catalog.Sectors).Id);
        Assert.Equal(2, catalog.Refusals.Count);
        Assert.All(catalog.Refusals, r => Assert.Contains("sector id 'water' is declared by 2 plugins", r.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_extra_folder_is_reported()
    {
        var catalog = PluginCatalog.Load(["/no/such/folder"], includeBundled: false);

        Assert.Equal("the folder does not exist", Assert.Single(catalog.Refusals).Reason);
    }

    [Fact]
    public void A_scenario_naming_a_sector_whose_plugin_was_removed_reports_the_unknown_sector()
    {
        using var plugins = new TempFolder();
        PluginFolderFixture.Install(plugins.Path, "CoopSim.Sectors.Waste");

        var compilation = ScenarioCompiler.Compile(
            ScenarioReader.ReadText(TestScenarios.Minimal, TestScenarios.PathFor("removed.json")), LoadOnly(plugins.Path));

        Assert.Contains(compilation.Problems, p => p.Message.StartsWith("unknown sector 'water'", StringComparison.Ordinal));
    }
}
