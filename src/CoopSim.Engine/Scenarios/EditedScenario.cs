using CoopSim.Engine.Plugins;

namespace CoopSim.Engine.Scenarios;

/// <summary>
/// Checks a document that was edited in memory, as if it were the file at <c>path</c>: the same
/// reading, binding and compiling a file gets. The document is taken as already merged, so its own
/// <c>extends</c> and <c>$schema</c> are left out.
/// </summary>
public static class EditedScenario
{
    public static ScenarioCompilation Compile(ScenarioDocument document, string path, PluginCatalog catalog, FieldCatalogue? fields = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var json = ScenarioWriter.ToJson(document);
        json.Remove("extends");
        json.Remove("$schema");
        return ScenarioCompiler.Compile(ScenarioReader.ReadText(ScenarioWriter.Write(json), path), catalog, fields);
    }
}
