using CoopSim.Sectors.Tests.Support;
using CoopSim.Sectors.Water;

namespace CoopSim.Sectors.Tests.Water;

/// <summary>In-memory water scenarios with parameters and programme activities drawn inside their declared ranges.</summary>
internal static class WaterSpecs
{
    public const string Sector = "water";

    public static readonly WaterSector Plugin = new();

    /// <summary>A city with drawn parameters; a programme with drawn activities when <paramref name="withProgramme"/>.</summary>
    public static TestScenario Drawn(UnitDraws draws, bool withProgramme = true, double effort = 1.0)
    {
        var spec = TestScenario.TwoDecades();
        spec.Sectors[Sector] = draws.ParametersOf(Plugin.Descriptor);
        if (withProgramme)
        {
            spec.Phases.Add(Programme(draws).Scaled(effort));
        }

        return spec;
    }

    /// <summary>
    /// The same city with a network that cannot grow: no population growth and coverage already at
    /// its ceiling, so connections stay as they are.
    /// </summary>
    public static TestScenario WithoutGrowth(TestScenario spec)
    {
        var fixedNetwork = new TestScenario { PopulationGrowth = 0.0, StartYear = spec.StartYear, EndYear = spec.EndYear, Population = spec.Population };
        foreach (var (sector, parameters) in spec.Sectors)
        {
            fixedNetwork.Sectors[sector] = new Dictionary<string, double>(parameters, StringComparer.Ordinal);
        }

        fixedNetwork.Phases.AddRange(spec.Phases.Select(p => p with
        {
            Technologies = p.Technologies?
                .Where(t => t.Key is not ("networkExtension" or "productionCapacity"))
                .ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal),
        }));

        var water = fixedNetwork.Sectors[Sector];
        water["maxCoverage"] = water["initialCoverage"];
        return fixedNetwork;
    }

    /// <summary>One phase, 2003-2012, with every water technology drawn.</summary>
    public static TestPhase Programme(UnitDraws d) => new(Sector, 2003, 2012, d.Up(50, 36), d.Up(51, 20), Technologies: new Dictionary<string, double>
    {
        ["distributionBlocks"] = d.Up(52, 20),
        ["telemetry"] = d.Up(53, 20),
        ["leakDetectionCrews"] = d.Up(54, 4),
        ["pressureManagement"] = d.Up(55, 20),
        ["pipeRenewal"] = d.Up(56, 200),
        ["meterReplacement"] = d.Up(57, 50000),
        ["billingAndAntiTheft"] = d.Up(58, 6),
        ["productionCapacity"] = d.Up(59, 30),
        ["networkExtension"] = d.Up(60, 10),
        ["advancedTreatment"] = d.Up(61, 50),
        ["biologicalContactFiltration"] = d.Up(62, 50),
    });
}
