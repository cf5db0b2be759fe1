using System.Globalization;
using CoopSim.Abstractions;
using CoopSim.Engine.Reporting;

namespace CoopSim.Tui.Tests.Fixtures;

/// <summary>What a loaded plugin declares, read from the plugin itself so tests follow its ranges, defaults and metric order.</summary>
internal static class Declared
{
    public static SectorDescriptor Sector(string sectorId) => ScenarioFolder.Catalog.Find(sectorId)!.Descriptor;

    public static ParameterDeclaration Parameter(string sectorId, string parameterId) =>
        Sector(sectorId).Parameters.Single(p => p.Id == parameterId);

    public static IReadOnlyList<MetricDeclaration> Metrics(string sectorId) => Sector(sectorId).Metrics;

    /// <summary>A value as typed in the editor: in the shown unit (a share as %), invariant digits, no unit.</summary>
    public static string Typed(double inside, string unit) =>
        Math.Round(DisplayUnits.Value(inside, unit), 10).ToString("G4", CultureInfo.InvariantCulture);

    /// <summary>A metric as the results caption names it: "nrw (water) in %".</summary>
    public static string Caption(string sectorId, MetricDeclaration metric) =>
        $"{metric.Id} ({sectorId}) in {DisplayUnits.Unit(metric.Unit)}";
}
