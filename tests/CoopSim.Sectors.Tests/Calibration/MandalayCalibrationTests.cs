namespace CoopSim.Sectors.Tests.Calibration;

/// <summary>Mandalay against cases.md C1, S6 and W8 (docs/models/education.md, waste.md and water.md).</summary>
public sealed class MandalayCalibrationTests
{
    private static readonly BundledRun Mandalay = BundledRun.Of("mandalay.json");
    private static readonly Lazy<BundledRun> Alone = new(() => BundledRun.Of("mandalay-no-cooperation.json"));

    [Fact]
    public void Model_schools_go_from_3_to_18_the_next_year()
    {
        Assert.Equal(0, Mandalay.At("mandalay", "education", "modelSchools", 2015));
        Assert.Equal(3, Mandalay.At("mandalay", "education", "modelSchools", 2016));
        Assert.Equal(18, Mandalay.At("mandalay", "education", "modelSchools", 2017));
        Assert.Equal(18, Mandalay.At("mandalay", "education", "modelSchools", 2025));
    }

    [Fact]
    public void The_schools_raise_awareness_above_its_start_value_only_after_they_open()
    {
        var start = Mandalay.At("mandalay", "education", "awareness", 2013);

        Assert.Equal(start, Mandalay.At("mandalay", "education", "awareness", 2015));
        Assert.True(Mandalay.At("mandalay", "education", "awareness", 2017) > start);
    }

    [Fact]
    public void Generation_follows_cases_S6_from_955_tonnes_a_day_in_2012()
    {
        // 955 t/day in 2012 carried one year forward by population (1.5%) and per-capita (5.2%) growth.
        var expected2013 = 955 * 1.015 * 1.052;

        Assert.InRange(Mandalay.At("mandalay", "waste", "generated", 2013), expected2013 * 0.99, expected2013 * 1.01);
    }

    [Fact]
    public void Water_cooperation_builds_the_utilitys_capacity_from_December_2013_W8()
    {
        var initial = Alone.Value.At("mandalay", "water", "coop.capacity", 2013);

        Assert.True(Mandalay.At("mandalay", "water", "coop.capacity", 2013) > initial);
        for (var year = 2014; year <= 2018; year++)
        {
            Assert.True(
                Mandalay.At("mandalay", "water", "coop.capacity", year) > Mandalay.At("mandalay", "water", "coop.capacity", year - 1),
                $"{year}: capacity did not grow while the programme ran");
        }

        Assert.Equal(initial, Alone.Value.At("mandalay", "water", "coop.capacity", 2025));
    }

    [Fact]
    public void Water_cooperation_never_leaves_the_network_worse_than_no_cooperation()
    {
        for (var year = 2013; year <= 2025; year++)
        {
            Assert.True(Mandalay.At("mandalay", "water", "nrw", year) <= Alone.Value.At("mandalay", "water", "nrw", year) + 1e-12, $"{year}: NRW");
            Assert.True(Mandalay.At("mandalay", "water", "coverage", year) >= Alone.Value.At("mandalay", "water", "coverage", year) - 1e-12, $"{year}: coverage");
        }
    }
}
