namespace CoopSim.Sectors.Tests.Calibration;

/// <summary>Mandalay against cases.md C1 and S6 (docs/models/education.md and waste.md, calibration tables).</summary>
public sealed class MandalayCalibrationTests
{
    private static readonly BundledRun Mandalay = BundledRun.Of("mandalay.json");

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
}
