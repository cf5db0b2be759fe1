namespace CoopSim.Engine.Tests;

public sealed class DocumentBinderTests
{
    [Fact]
    public void Every_problem_in_a_file_is_reported_in_one_pass()
    {
        var json = """
            {
              "schemaVersion": 1,
              "name": "Broken",
              "startYear": "2000",
              "endYear": 2010.5,
              "cities": [
                { "id": "a", "popultion": 10 },
                { "id": 7, "population": 10, "sectors": { "water": { "parameters": { "initialNrw": "high" } } } }
              ]
            }
            """;

        var problems = TestScenarios.Compile(json).Problems.Select(p => p.ToString()).ToList();

        Assert.Contains(problems, p => p.Contains("$.startYear: expected an integer, found a string (\"2000\")", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("$.endYear: expected an integer, found 2010.5", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("$.cities[0].popultion: unknown property 'popultion'; did you mean 'population'?", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("$.cities[0].population: missing required property 'population'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("$.cities[1].id: expected a string, found a number (7)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("$.cities[1].sectors.water.parameters.initialNrw: expected a number", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_carry_file_line_and_column()
    {
        var json = "{\n  \"schemaVersion\": 1,\n  \"name\": \"x\",\n  \"startYear\": 2000,\n  \"endYear\": 2001,\n  \"citys\": []\n}";

        var problem = Assert.Single(TestScenarios.Compile(json, "where.json").Problems, p => p.JsonPath == "$.citys");

        Assert.EndsWith("where.json", problem.Location.File, StringComparison.Ordinal);
        Assert.Equal(6, problem.Location.Line);
        Assert.Equal(3, problem.Location.Column);
        Assert.Contains("did you mean 'cities'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_must_be_an_object()
    {
        var problem = Assert.Single(TestScenarios.Compile("[1, 2]").Problems);

        Assert.Contains("a scenario is a JSON object, found an array", problem.Message, StringComparison.Ordinal);
    }
}
