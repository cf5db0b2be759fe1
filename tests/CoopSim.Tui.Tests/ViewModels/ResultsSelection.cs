using CoopSim.Tui.ViewModels;

namespace CoopSim.Tui.Tests.ViewModels;

/// <summary>Chooses a metric the way a planner does (stepping with 'm'), whatever order the plugin declares its metrics in.</summary>
internal static class ResultsSelection
{
    public static ResultsModel ShowMetric(this ResultsModel results, string sectorId, string metricId)
    {
        var key = $"{sectorId}/{metricId}";
        for (var i = 0; i < results.Metrics.Count && results.Metric?.Key != key; i++)
        {
            results.CycleMetric(+1);
        }

        Assert.Equal(key, results.Metric?.Key);
        return results;
    }
}
