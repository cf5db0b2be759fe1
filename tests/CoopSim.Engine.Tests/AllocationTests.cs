using CoopSim.Engine.Simulation;
using CoopSim.Tests.Shared;

namespace CoopSim.Engine.Tests;

public sealed class AllocationTests
{
    [Fact]
    public void The_year_loop_allocates_nothing_per_sector_step()
    {
        // Every bundled sector, two cities, forty years: the loop must write into buffers made beforehand.
        var json = """
            {
              "schemaVersion": 1, "name": "All sectors", "startYear": 2000, "endYear": 2039,
              "cities": [
                { "id": "partner", "population": 1000000 },
                { "id": "a", "population": 800000, "populationGrowth": 0.02,
                  "sectors": { "water": {}, "waste": {}, "energy": {}, "education": {} } },
                { "id": "b", "population": 300000,
                  "sectors": { "water": {}, "waste": {}, "energy": {}, "education": {} } }
              ],
              "programmes": [
                { "id": "w", "partner": "partner", "city": "a", "sector": "water",
                  "phases": [ { "id": "p", "from": 2001, "to": 2030, "activities": { "expertPersonMonths": 6, "trainees": 3 } } ] },
                { "id": "e", "partner": "partner", "city": "b", "sector": "education",
                  "phases": [ { "id": "p", "from": 2001, "to": 2030, "activities": { "trainees": 10 } } ] }
              ]
            }
            """;
        var scenario = TestScenarios.Resolve(json, BundledPlugins.Catalog);
        var run = new SimulationRun(scenario, seed: 7);
        Assert.True(run.Prepare());
        Assert.True(run.StepYear(0)); // first calls may touch lazily initialised runtime state

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var t = 1; t < scenario.YearCount; t++)
        {
            Assert.True(run.StepYear(t), run.Failure?.ToString());
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
    }
}
