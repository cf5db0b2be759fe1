using CoopSim.Engine.Simulation;
using CoopSim.Sectors.Tests.Support;

namespace CoopSim.Sectors.Tests.Calibration;

/// <summary>
/// The Dalian scenario against the case (cases.md E1, W6). Parameters are those of
/// scenarios/dalian.json and the plugin defaults, chosen once (docs/models/energy.md, water.md).
/// </summary>
public sealed class DalianCalibration
{
    private const string Dalian = "dalian";

    private static readonly Lazy<RunResult> WithKitakyushu = new(() => BundledRuns.Run("dalian.json"));
    private static readonly Lazy<RunResult> Alone = new(() => BundledRuns.Run("dalian-no-cooperation.json"));

    private static double Energy(Lazy<RunResult> run, string metric, int year) => Series.At(run.Value, "energy", metric, year, Dalian);

    private static double Leakage(string city, int year)
    {
        var run = WithKitakyushu.Value;
        return Series.At(run, "water", "realLosses", year, city) / Series.At(run, "water", "systemInput", year, city);
    }

    [Fact]
    public void Coal_is_about_70_percent_of_energy_E1()
    {
        Assert.InRange(Energy(WithKitakyushu, "coalShare", 1995), 0.67, 0.73);
    }

    [Fact]
    public void So2_is_above_the_class_2_standard_until_the_loan_projects_E1()
    {
        for (var year = 1995; year <= 2000; year++)
        {
            Assert.True(Energy(WithKitakyushu, "so2StandardRatio", year) > 1.0, $"{year}: already meets the standard");
        }
    }

    [Fact]
    public void So2_meets_the_class_2_standard_by_2005_E1()
    {
        var first = Enumerable.Range(1995, 2013 - 1995 + 1).First(y => Energy(WithKitakyushu, "so2StandardRatio", y) <= 1.0);

        Assert.InRange(first, 2001, 2005);
        Assert.True(Energy(WithKitakyushu, "so2Concentration", 2005) <= 0.06);
    }

    [Fact]
    public void Without_cooperation_so2_stays_above_the_standard_through_2005()
    {
        for (var year = 1995; year <= 2005; year++)
        {
            Assert.True(Energy(Alone, "so2StandardRatio", year) > 1.0, $"{year}: meets the standard without cooperation");
        }
    }

    [Fact]
    public void Leakage_is_about_15_percent_when_cooperation_begins_W6()
    {
        Assert.InRange(Leakage(Dalian, 2000), 0.12, 0.18);
    }

    [Fact]
    public void The_nearby_city_leaks_about_40_percent_when_the_transfer_begins_W6()
    {
        Assert.InRange(Leakage("dalian-nearby-city", 2008), 0.35, 0.45);
    }
}
