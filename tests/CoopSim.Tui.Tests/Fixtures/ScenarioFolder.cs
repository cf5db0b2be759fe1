using CoopSim.Engine.Plugins;
using CoopSim.Tests.Shared;

namespace CoopSim.Tui.Tests.Fixtures;

/// <summary>
/// A temporary folder with copies of the bundled scenarios and an orchard scenario, so that tests
/// may save next to them. Deleted afterwards.
/// </summary>
public sealed class ScenarioFolder : IDisposable
{
    public const string Orchard = "orchard.json";

    public ScenarioFolder()
    {
        Path = Directory.CreateTempSubdirectory("coopsim-tui-").FullName;
        foreach (var file in RepositoryPaths.AllScenarios())
        {
            System.IO.File.Copy(file, File(System.IO.Path.GetFileName(file)));
        }

        System.IO.File.WriteAllText(File(Orchard), """
            {
              "schemaVersion": 1,
              "name": "Orchards, with a partner",
              "startYear": 2000,
              "endYear": 2010,
              "cities": [
                { "id": "partner", "population": 500000 },
                {
                  "id": "green-town",
                  "name": "Green Town",
                  "population": 200000,
                  "sectors": { "orchard": { "parameters": { "survival": 0.6 } } }
                }
              ],
              "programmes": [
                {
                  "id": "trees",
                  "partner": "partner",
                  "city": "green-town",
                  "sector": "orchard",
                  "phases": [
                    { "id": "first", "from": 2002, "to": 2005, "scheme": "grant", "activities": { "trainees": 10, "technologies": { "nurseries": 1 } } },
                    { "id": "second", "from": 2006, "to": 2008, "scheme": "own budget", "activities": { "trainees": 5 } }
                  ]
                }
              ]
            }
            """);
    }

    /// <summary>The bundled sectors and the orchard test sector, in process.</summary>
    public static PluginCatalog Catalog { get; } = PluginCatalog.FromPlugins(
        BundledPlugins.Catalog.Sectors.Select(s => s.Plugin).Append(new OrchardSector()));

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
