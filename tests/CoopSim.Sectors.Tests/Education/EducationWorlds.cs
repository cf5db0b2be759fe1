using CoopSim.Abstractions;
using CoopSim.Sectors.Education;
using CoopSim.Sectors.Tests.Support;

namespace CoopSim.Sectors.Tests.Education;

/// <summary>Random education scenarios: every parameter drawn inside its declared range, random programmes.</summary>
internal static class EducationWorlds
{
    public static IReadOnlyList<ParameterDeclaration> Parameters { get; } = new EducationSector().Descriptor.Parameters;

    public static TestScenario Random(int seed, bool withWaste = false, Action<Dictionary<string, double>>? adjust = null)
    {
        var random = new Random(seed);
        var parameters = ParameterDraw.Any(Parameters, random);
        adjust?.Invoke(parameters);
        var phases = new List<TestPhase>();
        var count = random.Next(0, 4);
        for (var i = 0; i < count; i++)
        {
            var from = 2000 + random.Next(0, 12);
            phases.Add(new TestPhase(
                "education",
                from,
                from + random.Next(0, 4),
                ExpertPersonMonths: ParameterDraw.Units(random, 6),
                Trainees: ParameterDraw.Units(random, 50),
                Technologies: new Dictionary<string, double>
                {
                    ["modelSchools"] = ParameterDraw.Units(random, 60),
                    ["workbookEditions"] = ParameterDraw.Units(random, 1),
                }));
        }

        var scenario = new TestScenario
        {
            Population = 1_000 + (random.NextDouble() * 5_000_000),
            PopulationGrowth = -0.02 + (random.NextDouble() * 0.07),
            Sectors = { ["education"] = parameters },
            Phases = phases,
        };
        if (withWaste)
        {
            scenario.Sectors["waste"] = ParameterDraw.Any(new CoopSim.Sectors.Waste.WasteSector().Descriptor.Parameters, random);
        }

        return scenario;
    }
}
