using CoopSim.Abstractions;
using CoopSim.Sectors.Tests.Support;
using CoopSim.Sectors.Waste;
using FsCheck;
using FsCheck.Fluent;

namespace CoopSim.Sectors.Tests.Waste;

/// <summary>Drawn waste cities: every parameter drawn inside its declared range, drawn programmes.</summary>
internal static class WasteWorlds
{
    public const string Sector = "waste";

    public static IReadOnlyList<ParameterDeclaration> Parameters { get; } = new WasteSector().Descriptor.Parameters;

    public static readonly string[] Technologies =
        ["compostBaskets", "cadres", "compostCentres", "wasteBanks", "treatmentDepots", "incinerators", "landfillGasRecovery",
         "householdOrganicRoutes", "marketOrganicRoutes", "hospitalityOrganicRoutes", "compostCapacity"];

    /// <summary>Plausible yearly maxima per technology, so that drawn programmes span nothing to a lot.</summary>
    private static readonly double[] MaximumPerYear = [20_000, 5_000, 5, 50, 1, 0.5, 1, 10, 5, 5, 50];

    /// <summary>Phases starting 2000-2011 and lasting up to six years, with every activity and technology drawn.</summary>
    public static Gen<TestPhase> Phase { get; } =
        from start in Gen.Choose(2000, 2011)
        from length in Gen.Choose(0, 5)
        from experts in ParameterDraw.Units(12)
        from trainees in ParameterDraw.Units(20)
        from demonstrations in ParameterDraw.Units(2)
        from technologies in DrawnTechnologies
        select new TestPhase(Sector, start, start + length, experts, trainees, demonstrations, technologies);

    /// <summary>Units of every technology adopted in a year.</summary>
    public static Gen<Dictionary<string, double>> DrawnTechnologies { get; } =
        Gen.CollectToArray(Enumerable.Range(0, Technologies.Length), k => ParameterDraw.Units(MaximumPerYear[k]))
            .Select(units => Technologies.Zip(units).ToDictionary(t => t.First, t => t.Second, StringComparer.Ordinal));

    /// <summary>The waste city as a scenario; <paramref name="adjust"/> may read or change its drawn parameters.</summary>
    public static TestScenario Scenario(this DrawnCity city, Action<Dictionary<string, double>>? adjust = null) =>
        city.ToScenario(Sector, adjust);
}

/// <summary>FsCheck's arbitraries for the waste properties.</summary>
public static class WasteArbitraries
{
    public static Arbitrary<DrawnCity> City() => Arb.From(DrawnCity.Generator(WasteWorlds.Phase, WasteWorlds.Sector), DrawnCity.Shrink);

    public static Arbitrary<Share> Share() => Support.Share.Arbitrary;
}
