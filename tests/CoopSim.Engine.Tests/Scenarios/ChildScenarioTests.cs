using System.Text.Json.Nodes;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using CoopSim.Tests.Shared;
using FsCheck;
using FsCheck.Xunit;

namespace CoopSim.Engine.Tests.Scenarios;

public sealed class ChildScenarioTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coopsim-child-").FullName;

    /// <summary>The children are saved in a temporary folder; their parents are the bundled scenarios (docs/scenarios.md: extends reaches only trusted folders).</summary>
    private static readonly string[] Trusted = [RepositoryPaths.Scenarios];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // Full tier: hundreds of generated edits, each saved, resolved and compared.
    [Trait("Tier", "Full")]
    [Property(MaxTest = 200)]
    public void A_saved_child_resolves_to_exactly_the_edited_scenario(NonNegativeInt scenario, int[] edits)
    {
        var files = RepositoryPaths.AllScenarios().ToList();
        var parentPath = files[scenario.Get % files.Count];
        var parent = Read(parentPath);
        var edited = ScenarioWriter.Copy(parent);
        foreach (var edit in edits)
        {
            ScenarioEdits.Apply(edited, edit);
        }

        var childPath = Path.Combine(_folder, $"child-{Guid.NewGuid():N}.json");
        Assert.True(ChildScenario.TryCreate(parent, edited, parentPath, childPath, out var child, out var problem), problem);
        AtomicFile.WriteText(childPath, child.ToText());

        var loaded = Read(childPath);
        Assert.True(ScenarioWriter.AreEqual(WithoutFileKeys(edited), WithoutFileKeys(loaded)), child.ToText());
    }

    [Theory]
    [InlineData("phnom-penh-water.json")]
    [InlineData("phnom-penh-water-no-cooperation.json")]
    public void A_child_of_an_unedited_scenario_holds_only_its_header(string fileName)
    {
        var parentPath = RepositoryPaths.Scenario(fileName);
        var parent = Read(parentPath);
        var childPath = Path.Combine(_folder, "same.json");

        Assert.True(ChildScenario.TryCreate(parent, ScenarioWriter.Copy(parent), parentPath, childPath, out var child, out _));

        Assert.Empty(child.ChangedPaths);
        Assert.Equal(["$schema", "schemaVersion", "extends"], child.Json.Select(p => p.Key));
    }

    [Fact]
    public void Removing_one_phase_writes_a_removal_of_that_phase_only()
    {
        var parentPath = RepositoryPaths.Scenario("phnom-penh-water.json");
        var parent = Read(parentPath);
        var edited = ScenarioWriter.Copy(parent);
        var phases = edited.Programmes.Single().Phases;
        var removed = phases[^1].Id;
        phases.RemoveAt(phases.Count - 1);
        var childPath = Path.Combine(_folder, "no-last-phase.json");

        Assert.True(ChildScenario.TryCreate(parent, edited, parentPath, childPath, out var child, out _));

        var programmes = child.Json["programmes"]!.AsArray();
        var programme = Assert.IsType<JsonObject>(Assert.Single(programmes));
        Assert.Equal(["id", "phases"], programme.Select(p => p.Key));
        var removal = Assert.IsType<JsonObject>(Assert.Single(programme["phases"]!.AsArray()));
        Assert.Equal(removed, (string)removal["id"]!);
        Assert.True((bool)removal[ScenarioMerger.RemoveMarker]!);
    }

    [Fact]
    public void A_child_in_another_folder_points_back_at_its_parent_and_schema()
    {
        var parentPath = RepositoryPaths.Scenario("phnom-penh-water.json");
        var parent = Read(parentPath);
        var edited = ScenarioWriter.Copy(parent);
        edited.Cities[1].Sectors["water"].Parameters["initialCoverage"] = 0.3;
        var childPath = Path.Combine(_folder, "deeper", "coverage.json");
        Directory.CreateDirectory(Path.GetDirectoryName(childPath)!);

        Assert.True(ChildScenario.TryCreate(parent, edited, parentPath, childPath, out var child, out _));
        AtomicFile.WriteText(childPath, child.ToText());

        var extends = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(childPath)!, (string)child.Json["extends"]!));
        var schema = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(childPath)!, (string)child.Json["$schema"]!));
        Assert.Equal(parentPath, extends);
        Assert.Equal(Path.Combine(RepositoryPaths.Root, "docs", "schema", "scenario.schema.json"), schema);
        Assert.Equal(["$.cities[1].sectors.water.parameters.initialCoverage"], child.ChangedPaths);
    }

    [Fact]
    public void Items_kept_in_another_order_are_refused_with_the_reason()
    {
        var parentPath = RepositoryPaths.Scenario("phnom-penh-water.json");
        var parent = Read(parentPath);
        var edited = ScenarioWriter.Copy(parent);
        edited.Cities.Reverse();

        var created = ChildScenario.TryCreate(parent, edited, parentPath, Path.Combine(_folder, "x.json"), out _, out var problem);

        Assert.False(created);
        Assert.Contains("$.cities", problem, StringComparison.Ordinal);
        Assert.Contains("order", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_saved_child_runs_to_the_same_results_as_the_edited_scenario()
    {
        var parentPath = RepositoryPaths.Scenario("phnom-penh-water.json");
        var parent = Read(parentPath);
        var edited = ScenarioWriter.Copy(parent);
        edited.Programmes[0].Phases.RemoveAt(2);
        edited.Cities[1].Sectors["water"].Parameters["connectionsPerBlock"] = 4000;
        var childPath = Path.Combine(_folder, "shorter.json");
        Assert.True(ChildScenario.TryCreate(parent, edited, parentPath, childPath, out var child, out _));
        AtomicFile.WriteText(childPath, child.ToText());

        var fromChild = Simulator.Run(Compile(ScenarioReader.ReadFile(childPath, Trusted)));
        var fromEdit = Simulator.Run(Compile(ScenarioReader.ReadText(ScenarioWriter.Write(WithoutFileKeys(edited)), parentPath)));

        Assert.Equal(fromEdit.Series.Select(s => s.Key), fromChild.Series.Select(s => s.Key));
        Assert.All(fromEdit.Series.Zip(fromChild.Series), pair => Assert.Equal(pair.First.Values, pair.Second.Values));
    }

    private static ResolvedScenario Compile(ScenarioSource source)
    {
        var compilation = ScenarioCompiler.Compile(source, BundledPlugins.Catalog);
        Assert.True(compilation.IsValid, string.Join("\n", compilation.Problems));
        return compilation.Scenario!;
    }

    private static ScenarioDocument Read(string path)
    {
        var source = ScenarioReader.ReadFile(path, Trusted);
        Assert.Empty(source.Problems);
        return source.Document!;
    }

    /// <summary>'extends' and '$schema' belong to one file; the rest is what the scenario says.</summary>
    private static ScenarioDocument WithoutFileKeys(ScenarioDocument document)
    {
        var copy = ScenarioWriter.Copy(document);
        copy.Extends = null;
        copy.Schema = null;
        return copy;
    }
}
