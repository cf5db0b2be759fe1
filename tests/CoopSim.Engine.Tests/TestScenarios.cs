using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;
using CoopSim.Tests.Shared;

namespace CoopSim.Engine.Tests;

/// <summary>Small scenarios written in the tests, read through the same path as files.</summary>
internal static class TestScenarios
{
    public const string Minimal = """
        {
          "schemaVersion": 1,
          "name": "Minimal",
          "startYear": 2000,
          "endYear": 2010,
          "cities": [
            { "id": "partner", "population": 1000000 },
            {
              "id": "city",
              "population": 500000,
              "populationGrowth": 0.02,
              "sectors": { "water": { "parameters": { "initialNrw": 0.5 } } }
            }
          ],
          "programmes": [
            {
              "id": "p",
              "partner": "partner",
              "city": "city",
              "sector": "water",
              "phases": [
                { "id": "one", "from": 2002, "to": 2005, "scheme": "S", "funding": 4000,
                  "activities": { "expertPersonMonths": 10, "technologies": { "distributionBlocks": 2 } } }
              ]
            }
          ]
        }
        """;

    /// <summary>A fake path inside a temp folder, so 'extends' and messages have a place.</summary>
    public static string PathFor(string name) => Path.Combine(Path.GetTempPath(), "coopsim-tests", name);

    public static ScenarioCompilation Compile(string json, string name = "test.json", PluginCatalog? catalog = null) =>
        ScenarioCompiler.Compile(ScenarioReader.ReadText(json, PathFor(name)), catalog ?? BundledPlugins.Catalog);

    public static ResolvedScenario Resolve(string json, PluginCatalog? catalog = null)
    {
        var compilation = Compile(json, catalog: catalog);
        Assert.True(compilation.IsValid, string.Join(Environment.NewLine, compilation.Problems));
        return compilation.Scenario!;
    }
}
