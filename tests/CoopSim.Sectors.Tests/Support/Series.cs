using CoopSim.Engine.Simulation;

namespace CoopSim.Sectors.Tests.Support;

/// <summary>Reads one metric's values out of a run.</summary>
internal static class Series
{
    public static IReadOnlyList<double> Of(RunResult result, string sector, string metric, string city = ScenarioSpec.City)
    {
        Assert.True(result.Succeeded, result.Failure?.ToString());
        var series = result.Find(city, sector, metric);
        Assert.NotNull(series);
        return series.Values;
    }

    public static double At(RunResult result, string sector, string metric, int year, string city = ScenarioSpec.City)
    {
        Assert.True(result.Succeeded, result.Failure?.ToString());
        var series = result.Find(city, sector, metric);
        Assert.NotNull(series);
        return series.At(year);
    }
}
