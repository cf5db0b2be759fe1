namespace CoopSim.Sectors.Tests.Calibration;

/// <summary>
/// Surabaya against cases.md S1 with the plugin defaults and the scenario's activities (the
/// calibration table in docs/models/waste.md shows the numbers).
/// </summary>
public sealed class SurabayaCalibrationTests
{
    private static readonly BundledRun WithKitakyushu = BundledRun.Of("surabaya-waste.json");

    private static double FinalDisposal(BundledRun run, int year) => run.At("surabaya", "waste", "finalDisposal", year);

    [Fact]
    public void Final_disposal_exceeds_1500_tonnes_a_day_until_2005()
    {
        for (var year = 2000; year <= 2005; year++)
        {
            Assert.True(FinalDisposal(WithKitakyushu, year) > 1_500, $"{year}: {FinalDisposal(WithKitakyushu, year):F0} t/day");
        }
    }

    [Fact]
    public void Final_disposal_falls_30_percent_within_5_points_from_2005_to_2010()
    {
        var fall = 1 - (FinalDisposal(WithKitakyushu, 2010) / FinalDisposal(WithKitakyushu, 2005));

        Assert.InRange(fall, 0.25, 0.35);
    }

    [Fact]
    public void Without_cooperation_final_disposal_does_not_fall()
    {
        var alone = BundledRun.Of("surabaya-waste-no-cooperation.json");

        Assert.True(FinalDisposal(alone, 2010) >= FinalDisposal(alone, 2005));
        Assert.True(FinalDisposal(alone, 2010) > 1_500);
    }

    [Fact]
    public void The_scenario_hands_out_19000_baskets_by_2009_and_has_25_compost_centres_by_2015()
    {
        Assert.Equal(19_000, WithKitakyushu.At("surabaya", "waste", "basketsHandedOut", 2009), 6);
        Assert.Equal(25, WithKitakyushu.At("surabaya", "waste", "compostCentres", 2015), 6);
    }
}
