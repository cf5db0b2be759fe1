using CoopSim.Engine.Simulation;

namespace CoopSim.Sectors.Tests.Support;

/// <summary>Reads one metric's values out of a run of a <see cref="TestScenario"/>.</summary>
internal static class Series
{
    public static IReadOnlyList<double> Of(RunResult result, string sector, string metric, string city = TestScenario.CityId)
    {
        Assert.True(result.Succeeded, result.Failure?.ToString());
        var series = result.Find(city, sector, metric);
        Assert.NotNull(series);
        return series.Values;
    }

    public static double At(RunResult result, string sector, string metric, int year, string city = TestScenario.CityId)
    {
        Assert.True(result.Succeeded, result.Failure?.ToString());
        var series = result.Find(city, sector, metric);
        Assert.NotNull(series);
        return series.At(year);
    }

    public static IReadOnlyList<double> Metric(this RunResult result, string sector, string metric) => Of(result, sector, metric);

    public static IReadOnlyList<double> Waste(this RunResult result, string metric) => Of(result, "waste", metric);

    public static IReadOnlyList<double> Education(this RunResult result, string metric) => Of(result, "education", metric);
}
