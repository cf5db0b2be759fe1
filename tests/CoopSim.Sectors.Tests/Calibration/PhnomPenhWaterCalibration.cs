using CoopSim.Engine.Simulation;
using CoopSim.Sectors.Tests.Support;

namespace CoopSim.Sectors.Tests.Calibration;

/// <summary>
/// The Phnom Penh scenario against the case (cases.md W1, W3, W4). Parameters are those of
/// scenarios/phnom-penh-water.json and the plugin defaults, chosen once (docs/models/water.md).
/// </summary>
public sealed class PhnomPenhWaterCalibration
{
    private const string City = "phnom-penh";
    private const string Sector = "water";

    private static readonly Lazy<RunResult> WithKitakyushu = new(() => BundledRuns.Run("phnom-penh-water.json"));
    private static readonly Lazy<RunResult> Alone = new(() => BundledRuns.Run("phnom-penh-water-no-cooperation.json"));

    private static double At(Lazy<RunResult> run, string metric, int year) => Series.At(run.Value, Sector, metric, year, City);

    [Fact]
    public void Starts_from_the_1993_state_W1()
    {
        Assert.Equal(0.72, At(WithKitakyushu, "nrw", 1993), 1e-9);
        Assert.Equal(0.25, At(WithKitakyushu, "coverage", 1993), 1e-9);
        Assert.Equal(10.0, At(WithKitakyushu, "supplyHours", 1993), 1e-9);
    }

    [Fact]
    public void Nrw_falls_to_about_20_percent_by_2003_W3()
    {
        Assert.InRange(At(WithKitakyushu, "nrw", 2003), 0.17, 0.23);
    }

    [Fact]
    public void Coverage_reaches_about_92_percent_by_2006_W4()
    {
        Assert.InRange(At(WithKitakyushu, "coverage", 2006), 0.87, 0.97);
    }

    [Fact]
    public void Supply_runs_about_24_hours_a_day_by_2006_W4()
    {
        Assert.InRange(At(WithKitakyushu, "supplyHours", 2006), 22.0, 24.0);
    }

    [Fact]
    public void Without_cooperation_the_case_figures_are_not_reached()
    {
        Assert.True(At(Alone, "nrw", 2003) > 0.23, $"NRW 2003 without cooperation: {At(Alone, "nrw", 2003)}");
        Assert.True(At(Alone, "supplyHours", 2006) < 22.0, $"hours 2006 without cooperation: {At(Alone, "supplyHours", 2006)}");
    }

    [Fact]
    public void Cooperation_acts_only_from_1999()
    {
        for (var year = 1993; year <= 1998; year++)
        {
            Assert.Equal(At(Alone, "nrw", year), At(WithKitakyushu, "nrw", year), 1e-12);
        }

        Assert.True(At(WithKitakyushu, "nrw", 1999) < At(Alone, "nrw", 1999));
    }
}
