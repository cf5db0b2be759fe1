using CoopSim.Sectors.Energy;
using CoopSim.Sectors.Tests.Support;

namespace CoopSim.Sectors.Tests.Energy;

/// <summary>In-memory energy scenarios with parameters and programme activities drawn inside their declared ranges.</summary>
internal static class EnergySpecs
{
    public const string Sector = "energy";

    public static readonly EnergySector Plugin = new();

    /// <summary>A city with drawn parameters; a programme with drawn activities when <paramref name="withProgramme"/>.</summary>
    public static TestScenario Drawn(UnitDraws draws, bool withProgramme = true, double effort = 1.0, bool withBuses = true)
    {
        var spec = TestScenario.TwoDecades();
        spec.Sectors[Sector] = draws.ParametersOf(Plugin.Descriptor);
        if (withProgramme)
        {
            var phase = Programme(draws, withBuses).Scaled(effort);
            spec.Phases.Add(phase);
        }

        return spec;
    }

    /// <summary>One phase, 2003-2012, with every energy technology drawn (electric buses optional).</summary>
    public static TestPhase Programme(UnitDraws d, bool withBuses) => new(Sector, 2003, 2012, d.Up(50, 36), d.Up(51, 20), Technologies: new Dictionary<string, double>
    {
        ["so2Control"] = d.Up(52, 3),
        ["factoryEfficiency"] = d.Up(53, 5),
        ["buildingEfficiency"] = d.Up(54, 20),
        ["rooftopSolar"] = d.Up(55, 20000),
        ["biomassPower"] = d.Up(56, 10),
        ["electricBuses"] = withBuses ? d.Up(57, 50) : 0.0,
    });
}
