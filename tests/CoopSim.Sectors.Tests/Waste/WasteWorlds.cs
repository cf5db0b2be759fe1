using CoopSim.Abstractions;
using CoopSim.Sectors.Tests.Support;
using CoopSim.Sectors.Waste;

namespace CoopSim.Sectors.Tests.Waste;

/// <summary>Random waste scenarios: every parameter drawn inside its declared range, random programmes.</summary>
internal static class WasteWorlds
{
    public static IReadOnlyList<ParameterDeclaration> Parameters { get; } = new WasteSector().Descriptor.Parameters;

    public static readonly string[] Technologies =
        ["compostBaskets", "cadres", "compostCentres", "wasteBanks", "treatmentDepots", "incinerators", "landfillGasRecovery",
         "householdOrganicRoutes", "marketOrganicRoutes", "hospitalityOrganicRoutes", "compostCapacity"];

    /// <summary>Plausible yearly maxima per technology, so that random programmes span nothing to a lot.</summary>
    private static readonly double[] MaximumPerYear = [20_000, 5_000, 5, 50, 1, 0.5, 1, 10, 5, 5, 50];

    public static TestScenario Random(int seed, Action<Dictionary<string, double>>? adjust = null)
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
                "waste",
                from,
                from + random.Next(0, 6),
                ExpertPersonMonths: ParameterDraw.Units(random, 12),
                Trainees: ParameterDraw.Units(random, 20),
                Demonstrations: ParameterDraw.Units(random, 2),
                Technologies: RandomTechnologies(random)));
        }

        return new TestScenario
        {
            Population = 1_000 + (random.NextDouble() * 5_000_000),
            PopulationGrowth = -0.02 + (random.NextDouble() * 0.07),
            Sectors = { ["waste"] = parameters },
            Phases = phases,
        };
    }

    public static Dictionary<string, double> RandomTechnologies(Random random)
    {
        var technologies = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var k = 0; k < Technologies.Length; k++)
        {
            technologies[Technologies[k]] = ParameterDraw.Units(random, MaximumPerYear[k]);
        }

        return technologies;
    }
}
