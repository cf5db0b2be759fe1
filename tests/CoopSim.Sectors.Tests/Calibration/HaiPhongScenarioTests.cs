using CoopSim.Engine.Cooperation;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;
using CoopSim.Sectors.Tests.Support;
using CoopSim.Tests.Shared;

namespace CoopSim.Sectors.Tests.Calibration;

/// <summary>
/// The Hai Phong scenarios against what cases.md W7, S7, E3 and E4 say. The cases give no numeric
/// target for Hai Phong's outcomes, so these tests check the qualitative statements and the
/// scenario's inputs, never the model's numbers (docs/models/water.md, waste.md, energy.md).
/// </summary>
public sealed class HaiPhongScenarioTests
{
    private const string City = "hai-phong";
    private const string LearningCity = "vn-city";

    /// <summary>The bundled scenario with both plants left out, to isolate what treatment costs.</summary>
    private const string Untreated = """
        {
          "schemaVersion": 1,
          "extends": "hai-phong.json",
          "name": "Hai Phong, no advanced treatment",
          "programmes": [
            { "id": "hp-water", "phases": [
              { "id": "bcf-small-plant", "activities": { "technologies": { "biologicalContactFiltration": null } } },
              { "id": "ubcf-large-plant", "activities": { "technologies": { "biologicalContactFiltration": null } } } ] },
            { "id": "hp-ubcf-replication", "phases": [
              { "id": "pilot-plant", "activities": { "technologies": { "biologicalContactFiltration": null } } } ] }
          ]
        }
        """;

    private static readonly Lazy<RunResult> WithKitakyushu = new(() => BundledRuns.Run("hai-phong.json"));
    private static readonly Lazy<RunResult> Alone = new(() => BundledRuns.Run("hai-phong-no-cooperation.json"));
    private static readonly Lazy<RunResult> NoGrantAid = new(() => BundledRuns.Run("hai-phong-no-grant-aid.json"));
    private static readonly Lazy<RunResult> OzoneAndCarbon = new(() => BundledRuns.Run("hai-phong-ozone-carbon.json"));
    private static readonly Lazy<RunResult> WithoutTreatment = new(RunUntreated);

    private static IEnumerable<int> Years => WithKitakyushu.Value.Years;

    private static double At(Lazy<RunResult> run, string sector, string metric, int year, string city = City) =>
        Series.At(run.Value, sector, metric, year, city);

    private static RunResult RunUntreated()
    {
        var compilation = ScenarioCompiler.Compile(
            ScenarioReader.ReadText(Untreated, RepositoryPaths.Scenario("hai-phong-untreated.json")), BundledPlugins.Catalog);
        Assert.True(compilation.IsValid, string.Join(Environment.NewLine, compilation.Problems));
        var result = Simulator.Run(compilation.Scenario!);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        return result;
    }

    [Theory]
    [InlineData(City)]
    [InlineData(LearningCity)]
    public void Ubcf_costs_half_to_build_and_a_twentieth_to_run_of_ozone_and_activated_carbon_W7(string city)
    {
        var built = 0;
        var running = 0;
        foreach (var year in Years)
        {
            // What treatment adds to each run: the run less the same city with no plant at all.
            var bcfInvestment = At(WithKitakyushu, "water", "investment", year, city) - At(WithoutTreatment, "water", "investment", year, city);
            var ozoneInvestment = At(OzoneAndCarbon, "water", "investment", year, city) - At(WithoutTreatment, "water", "investment", year, city);
            var bcfRunning = At(WithKitakyushu, "water", "runningCost", year, city) - At(WithoutTreatment, "water", "runningCost", year, city);
            var ozoneRunning = At(OzoneAndCarbon, "water", "runningCost", year, city) - At(WithoutTreatment, "water", "runningCost", year, city);

            Assert.Equal(ozoneInvestment / 2, bcfInvestment, 1e-6);
            Assert.Equal(ozoneRunning / 20, bcfRunning, 1e-6);
            Assert.Equal(
                At(OzoneAndCarbon, "water", "advancedTreatedShare", year, city),
                At(WithKitakyushu, "water", "advancedTreatedShare", year, city),
                1e-12);
            built += ozoneInvestment > 0 ? 1 : 0;
            running += ozoneRunning > 0 ? 1 : 0;
        }

        Assert.True(built > 0, "no plant was built");
        Assert.True(running > 0, "no plant ran");
    }

    [Fact]
    public void Without_grant_aid_only_the_small_plant_the_city_paid_for_treats_water_W7()
    {
        const int cut = 2016;
        foreach (var year in Years.Where(y => y < cut))
        {
            Assert.Equal(At(WithKitakyushu, "water", "advancedTreatedShare", year), At(NoGrantAid, "water", "advancedTreatedShare", year));
        }

        var last = Years.Last();
        Assert.True(At(NoGrantAid, "water", "advancedTreatedShare", last) > 0, "the city's own plant is gone");
        Assert.True(At(WithKitakyushu, "water", "advancedTreatedShare", last) > At(NoGrantAid, "water", "advancedTreatedShare", last));
    }

    [Fact]
    public void The_ghg_total_includes_landfill_methane_from_the_waste_sector()
    {
        foreach (var year in Years)
        {
            var landfill = At(WithKitakyushu, "waste", "methaneEmissions", year);

            Assert.True(landfill > 0, $"{year}: no landfill methane");
            Assert.Equal(landfill, At(WithKitakyushu, "energy", "methane", year), 1e-9);
            Assert.Equal(At(WithKitakyushu, "energy", "co2", year) + landfill, At(WithKitakyushu, "energy", "ghg", year), 1e-6);
        }
    }

    [Fact]
    public void Composting_lowers_the_ghg_total_through_landfill_methane_S7()
    {
        var last = Years.Last();
        var methaneCut = At(Alone, "waste", "methaneEmissions", last) - At(WithKitakyushu, "waste", "methaneEmissions", last);
        var co2Cut = At(Alone, "energy", "co2", last) - At(WithKitakyushu, "energy", "co2", last);
        var ghgCut = At(Alone, "energy", "ghg", last) - At(WithKitakyushu, "energy", "ghg", last);

        Assert.True(methaneCut > 0, "composting did not lower landfill methane");
        Assert.Equal(co2Cut + methaneCut, ghgCut, 1e-6);
    }

    [Fact]
    public void The_existing_plant_composts_from_the_start_and_more_once_organics_are_collected_separately_S7()
    {
        const int start = 2015;
        foreach (var year in Years)
        {
            Assert.True(At(Alone, "waste", "centreComposted", year) > 0, $"{year}: the existing plant composts nothing");
            var withProgramme = At(WithKitakyushu, "waste", "centreComposted", year);
            var without = At(Alone, "waste", "centreComposted", year);
            if (year < start)
            {
                Assert.Equal(without, withProgramme, 1e-9);
            }
            else
            {
                Assert.True(withProgramme > without, $"{year}: separate collection added nothing");
                Assert.True(At(WithKitakyushu, "waste", "separatedFromHospitality", year) > 0, $"{year}: no restaurant and hotel organics");
            }
        }
    }

    [Fact]
    public void Cat_Ba_gets_ten_more_buses_in_2018_and_has_30_by_2030_E4()
    {
        var scenario = WithKitakyushu.Value.Scenario;
        var energy = scenario.Cities.Single(c => c.Id == City).Sector("energy")!;
        var buses = energy.Sector.Descriptor.Technologies.ToList().FindIndex(t => t.Id == "electricBuses");
        var inPlace = CooperationLayer.Compute(scenario).For(scenario.Cities.Single(c => c.Id == City), "energy").TechnologyInPlace[buses];

        Assert.Equal(10, inPlace[2018 - scenario.StartYear] - inPlace[2017 - scenario.StartYear], 9);
        Assert.Equal(30, inPlace[2030 - scenario.StartYear], 9);
        Assert.Equal(0, inPlace[2014 - scenario.StartYear]);
    }

    [Fact]
    public void Population_reaches_about_3_million_by_2025_W7()
    {
        var facts = WithKitakyushu.Value.Scenario.Cities.Single(c => c.Id == City).Facts;
        var in2025 = facts.Population * Math.Pow(1 + facts.PopulationGrowth, 2025 - WithKitakyushu.Value.Scenario.StartYear);

        Assert.Equal(1_960_000, facts.Population);
        Assert.InRange(in2025, 2_900_000, 3_100_000);
    }

    [Fact]
    public void Cooperation_never_leaves_a_sector_worse_than_no_cooperation()
    {
        foreach (var year in Years)
        {
            Assert.True(At(WithKitakyushu, "water", "nrw", year) <= At(Alone, "water", "nrw", year) + 1e-12, $"{year}: NRW");
            Assert.True(At(WithKitakyushu, "water", "coverage", year) >= At(Alone, "water", "coverage", year) - 1e-12, $"{year}: coverage");
            Assert.True(At(WithKitakyushu, "waste", "finalDisposal", year) <= At(Alone, "waste", "finalDisposal", year) + 1e-9, $"{year}: final disposal");
            Assert.True(At(WithKitakyushu, "energy", "ghg", year) <= At(Alone, "energy", "ghg", year) + 1e-6, $"{year}: GHG");
        }

        var last = Years.Last();
        Assert.True(At(WithKitakyushu, "water", "nrw", last) < At(Alone, "water", "nrw", last));
        Assert.True(At(WithKitakyushu, "water", "advancedTreatedShare", last) > At(Alone, "water", "advancedTreatedShare", last));
        Assert.True(At(WithKitakyushu, "waste", "finalDisposal", last) < At(Alone, "waste", "finalDisposal", last));
        Assert.True(At(WithKitakyushu, "energy", "ghg", last) < At(Alone, "energy", "ghg", last));
        Assert.True(At(WithKitakyushu, "energy", "targetGap", last) < At(Alone, "energy", "targetGap", last));
    }

    [Fact]
    public void Without_cooperation_ghg_is_business_as_usual_E3()
    {
        foreach (var year in Years)
        {
            Assert.Equal(At(Alone, "energy", "bauGhg", year), At(Alone, "energy", "ghg", year), 1e-6);
        }
    }

    [Fact]
    public void Hai_Phong_passes_bcf_on_once_it_can_mentor()
    {
        Assert.DoesNotContain(WithKitakyushu.Value.Notes, n => n.Contains("hp-ubcf-replication", StringComparison.Ordinal));

        var first = Years.First();
        var last = Years.Last();
        var initial = At(WithKitakyushu, "water", "coop.capacity", first, LearningCity);
        Assert.True(At(WithKitakyushu, "water", "coop.capacity", last, LearningCity) > initial, "mentoring built no capacity");
        Assert.Equal(initial, At(Alone, "water", "coop.capacity", last, LearningCity));
    }
}
