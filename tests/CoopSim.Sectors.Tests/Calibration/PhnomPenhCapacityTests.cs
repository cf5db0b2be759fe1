using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using CoopSim.Sectors.Tests.Support;
using CoopSim.Tests.Shared;

namespace CoopSim.Sectors.Tests.Calibration;

/// <summary>
/// What the bundled Phnom Penh programme owes to capacity rather than equipment, and what stays
/// after the projects end (issue 9; docs/models/water.md, "Capacity without equipment").
/// Runs are extended to 2015 to see the years after the last phase (2006).
/// </summary>
public sealed class PhnomPenhCapacityTests
{
    private const string City = "phnom-penh";

    private const string ExpertsAndTraineesOnly = """
        {
          "schemaVersion": 1,
          "extends": "phnom-penh-water.json",
          "name": "Phnom Penh water, experts and trainees only",
          "endYear": 2015,
          "programmes": [
            { "id": "pp-water", "phases": [
              { "id": "blocks", "activities": { "technologies": { "distributionBlocks": null } } },
              { "id": "leak-detection", "activities": { "technologies": { "leakDetectionCrews": null } } },
              { "id": "telemetry", "activities": { "technologies": { "telemetry": null } } },
              { "id": "telemetry-own", "activities": { "technologies": { "telemetry": null } } } ] }
          ]
        }
        """;

    private static readonly Lazy<RunResult> Full = new(() => Run("""{ "schemaVersion": 1, "extends": "phnom-penh-water.json", "name": "to 2015", "endYear": 2015 }"""));
    private static readonly Lazy<RunResult> None = new(() => Run("""{ "schemaVersion": 1, "extends": "phnom-penh-water-no-cooperation.json", "name": "to 2015", "endYear": 2015 }"""));
    private static readonly Lazy<RunResult> CapacityOnly = new(() => Run(ExpertsAndTraineesOnly));

    private static RunResult Run(string json)
    {
        var compilation = ScenarioCompiler.Compile(ScenarioReader.ReadText(json, RepositoryPaths.Scenario("phnom-penh-variant.json")), BundledPlugins.Catalog);
        Assert.True(compilation.IsValid, string.Join(Environment.NewLine, compilation.Problems));
        var result = Simulator.Run(compilation.Scenario!);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        return result;
    }

    private static double Nrw(Lazy<RunResult> run, int year) => Series.At(run.Value, "water", "nrw", year, City);

    /// <summary>How many points of NRW a run saves against no cooperation.</summary>
    private static double Cut(Lazy<RunResult> run, int year) => Nrw(None, year) - Nrw(run, year);

    [Fact]
    public void Experts_and_trainees_alone_keep_at_least_a_third_of_the_programmes_nrw_effect_in_2006()
    {
        Assert.True(Cut(CapacityOnly, 2006) >= Cut(Full, 2006) / 3.0,
            $"2006 NRW: none {Nrw(None, 2006):P1}, experts and trainees only {Nrw(CapacityOnly, 2006):P1}, full {Nrw(Full, 2006):P1}");
    }

    [Fact]
    public void Capacity_alone_lowers_nrw_measurably_but_later_than_equipment()
    {
        static int FirstYearCutting(Lazy<RunResult> run, double points) => Enumerable.Range(1999, 2015 - 1999 + 1).First(y => Cut(run, y) >= points);

        Assert.True(Cut(CapacityOnly, 2006) > 0.05, $"cut {Cut(CapacityOnly, 2006):P1} in 2006");
        Assert.True(FirstYearCutting(CapacityOnly, 0.03) > FirstYearCutting(Full, 0.03));
    }

    [Fact]
    public void After_the_projects_end_Phnom_Penh_keeps_its_gains()
    {
        for (var year = 2007; year <= 2015; year++)
        {
            Assert.True(Nrw(Full, year) <= Nrw(Full, 2006) + 1e-9, $"{year}: NRW {Nrw(Full, year):P2} above 2006's {Nrw(Full, 2006):P2}");
            Assert.True(Nrw(CapacityOnly, year) <= Nrw(CapacityOnly, year - 1) + 1e-9, $"{year}: experts-only NRW rose");
            Assert.True(
                Series.At(Full.Value, "water", "coop.capacity", year, City) >= Series.At(Full.Value, "water", "coop.embeddedCapacity", year, City),
                $"{year}: capacity below what is embedded");
        }
    }
}
