using CoopSim.Engine.Plugins;
using CoopSim.Tests.Shared;

namespace CoopSim.Tui.Tests.Fixtures;

/// <summary>
/// A temporary folder with copies of the tests' own scenario files (Fixtures/Scenarios), so that
/// tests may save next to them and never depend on what the bundled scenarios hold. Deleted afterwards.
/// </summary>
public sealed class ScenarioFolder : IDisposable
{
    /// <summary>River Town's water utility with a partner's programme (phases blocks, telemetry, capacity-building).</summary>
    public const string Water = "river-town-water.json";

    /// <summary>Extends <see cref="Water"/> with no programme.</summary>
    public const string WaterNoCooperation = "river-town-water-no-cooperation.json";

    /// <summary>
    /// Extends <see cref="Water"/> with a phase 'idle' that has no activities and so changes no outcome. Kept
    /// out of the folder (Fixtures/Warnings) so the library other tests see is unchanged; <see cref="AddIdlePhase"/> copies it in.
    /// </summary>
    public const string WaterIdlePhase = "river-town-water-idle-phase.json";

    public const string Waste = "harbour-city-waste.json";

    public const string Energy = "hill-town-energy.json";

    public const string Schools = "lake-town-schools.json";

    /// <summary>A scenario of the in-process orchard test sector.</summary>
    public const string Orchard = "orchard.json";

    /// <summary>The city <see cref="Water"/> simulates.</summary>
    public const string City = "river-town";

    public ScenarioFolder()
    {
        Path = Directory.CreateTempSubdirectory("coopsim-tui-").FullName;
        foreach (var file in FixtureFiles())
        {
            System.IO.File.Copy(file, File(System.IO.Path.GetFileName(file)));
        }
    }

    /// <summary>Copies <see cref="WaterIdlePhase"/> into the folder; returns its name there.</summary>
    public string AddIdlePhase()
    {
        System.IO.File.Copy(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "Warnings", WaterIdlePhase), File(WaterIdlePhase));
        return WaterIdlePhase;
    }

    /// <summary>Where the build copies the fixture scenarios.</summary>
    public static string FixturePath => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "Scenarios");

    public static IEnumerable<string> FixtureFiles() =>
        Directory.EnumerateFiles(FixturePath, "*.json").Order(StringComparer.Ordinal);

    /// <summary>The bundled sectors and the orchard test sector, in process.</summary>
    public static PluginCatalog Catalog { get; } = PluginCatalog.FromPlugins(
        BundledPlugins.Catalog.Sectors.Select(s => s.Plugin).Append(new OrchardSector()));

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
