using System.Text.Json.Nodes;

namespace CoopSim.Sectors.Tests.Support;

/// <summary>
/// Writes the scenario document a <see cref="TestScenario"/> describes: a partner city, one
/// simulated city with its sectors' parameters, and one programme per sector.
/// </summary>
internal static class ScenarioJson
{
    public static string Document(
        string name, int startYear, int endYear, string partnerId, double partnerPopulation,
        string cityId, double population, double populationGrowth,
        IReadOnlyDictionary<string, Dictionary<string, double>> sectors, JsonArray programmes)
    {
        var sectorObjects = new JsonObject();
        foreach (var (sector, parameters) in sectors)
        {
            var values = new JsonObject();
            foreach (var (id, value) in parameters)
            {
                values[id] = value;
            }

            sectorObjects[sector] = new JsonObject { ["parameters"] = values };
        }

        var document = new JsonObject
        {
            ["schemaVersion"] = 1,
            ["name"] = name,
            ["startYear"] = startYear,
            ["endYear"] = endYear,
            ["cities"] = new JsonArray
            {
                new JsonObject { ["id"] = partnerId, ["population"] = partnerPopulation },
                new JsonObject
                {
                    ["id"] = cityId,
                    ["population"] = population,
                    ["populationGrowth"] = populationGrowth,
                    ["sectors"] = sectorObjects,
                },
            },
            ["programmes"] = programmes,
        };
        return document.ToJsonString();
    }

    public static JsonObject Programme(string id, string partnerId, string cityId, string sector, JsonArray phases) => new()
    {
        ["id"] = id,
        ["partner"] = partnerId,
        ["city"] = cityId,
        ["sector"] = sector,
        ["phases"] = phases,
    };

    /// <summary>A phase funded by "test scheme".</summary>
    public static JsonObject Phase(
        string id, int from, int to, double expertPersonMonths, double trainees, double demonstrations,
        IReadOnlyDictionary<string, double>? technologies)
    {
        var technologyObject = new JsonObject();
        foreach (var (technology, units) in technologies ?? new Dictionary<string, double>())
        {
            technologyObject[technology] = units;
        }

        var activities = new JsonObject
        {
            ["expertPersonMonths"] = expertPersonMonths,
            ["trainees"] = trainees,
            ["demonstrations"] = demonstrations,
            ["technologies"] = technologyObject,
        };
        return new JsonObject
        {
            ["id"] = id,
            ["from"] = from,
            ["to"] = to,
            ["scheme"] = "test scheme",
            ["activities"] = activities,
        };
    }
}
