using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using CoopSim.Tests.Shared;

namespace CoopSim.Engine.Tests.Scenarios;

public sealed class EditedScenarioTests
{
    [Theory]
    [MemberData(nameof(ScenarioWriterTests.Bundled), MemberType = typeof(ScenarioWriterTests))]
    public void An_unedited_document_runs_exactly_like_its_file(string fileName)
    {
        var path = RepositoryPaths.Scenario(fileName);
        var fromFile = ScenarioCompiler.Load(path, BundledPlugins.Catalog);

        var fromDocument = EditedScenario.Compile(fromFile.Scenario!.Document, path, BundledPlugins.Catalog);

        Assert.True(fromDocument.IsValid, string.Join("\n", fromDocument.Problems));
        var expected = Simulator.Run(fromFile.Scenario);
        var actual = Simulator.Run(fromDocument.Scenario!);
        Assert.All(expected.Series.Zip(actual.Series), pair => Assert.Equal(pair.First.Values, pair.Second.Values));
    }

    [Fact]
    public void A_value_out_of_its_declared_range_is_a_problem_at_its_path()
    {
        var path = RepositoryPaths.Scenario("phnom-penh-water.json");
        var document = ScenarioWriter.Copy(ScenarioReader.ReadFile(path).Document!);
        document.Cities[1].Sectors["water"].Parameters["initialNrw"] = 0.99;

        var compilation = EditedScenario.Compile(document, path, BundledPlugins.Catalog);

        var problem = Assert.Single(compilation.Problems);
        Assert.Equal("$.cities[1].sectors.water.parameters.initialNrw", problem.JsonPath);
    }
}
