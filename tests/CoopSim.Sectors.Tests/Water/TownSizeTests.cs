using CoopSim.Sectors.Tests.Support;
using static CoopSim.Sectors.Tests.Water.WaterSpecs;

namespace CoopSim.Sectors.Tests.Water;

/// <summary>
/// Blocks, crews and meters are counted against the network they must cover (docs/models/water.md):
/// the same programme in a town four times larger covers less of it.
/// </summary>
public sealed class TownSizeTests
{
    private static TestScenario Town(double population)
    {
        var spec = TestScenario.TwoDecades(population);
        spec.Sectors[Sector] = Plugin.Descriptor.Parameters.ToDictionary(p => p.Id, p => p.Default, StringComparer.Ordinal);
        spec.Phases.Add(new TestPhase(Sector, 2003, 2006, 12, 4, Technologies: new Dictionary<string, double> { ["distributionBlocks"] = 3, ["leakDetectionCrews"] = 1 }));
        return spec;
    }

    [Fact]
    public void The_same_programme_lowers_nrw_more_in_a_50k_town_than_in_a_200k_town_with_the_same_start()
    {
        var small = Town(50_000).Run();
        var large = Town(200_000).Run();

        Assert.Equal(Series.At(small, Sector, "nrw", 2000), Series.At(large, Sector, "nrw", 2000), 12);
        for (var year = 2003; year <= 2020; year++)
        {
            Assert.True(Series.At(small, Sector, "nrw", year) < Series.At(large, Sector, "nrw", year) - 1e-4,
                $"{year}: {Series.At(small, Sector, "nrw", year)} in the small town, {Series.At(large, Sector, "nrw", year)} in the large");
        }

        // Equipment matters most in the first year; later the utility's own practice, the same share of either network, takes over.
        Assert.True(Series.At(large, Sector, "nrw", 2003) - Series.At(small, Sector, "nrw", 2003) > 0.01);
    }

    [Fact]
    public void A_larger_town_runs_more_crews_of_its_own_for_the_same_practice()
    {
        var small = Town(50_000).Run();
        var large = Town(200_000).Run();

        var ratio = Series.At(large, Sector, "ownCrews", 2008) / Series.At(small, Sector, "ownCrews", 2008);

        Assert.InRange(ratio, 3.5, 4.5);
    }

    [Fact]
    public void A_town_of_almost_no_one_runs_and_reports_no_cost_per_water_saved()
    {
        // A population the validator accepts (> 0) but so small that the water saved is below a
        // millilitre a day: the ratio of spending to it must not overflow.
        var run = Town(1e-300).Run();

        for (var year = 2000; year <= 2020; year++)
        {
            Assert.Equal(0.0, Series.At(run, Sector, "costPerNrwSaved", year));
        }
    }
}
