using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using CoopSim.Engine.Scenarios;

namespace CoopSim.Workshops;

/// <summary>
/// The JSON Schema of workshop exercise files, exported from <see cref="ExerciseDocument"/> the same
/// way as the scenario schema, so the binder and the schema never disagree.
/// </summary>
public static class WorkshopSchema
{
    public const string SchemaId = "https://coopsim.invalid/schema/workshop-1.json";

    public static JsonObject Generate()
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = ScenarioSchema.Describe,
        };
        var schema = (JsonObject)ScenarioSchema.SerializerOptions.GetJsonSchemaAsNode(typeof(ExerciseDocument), exporterOptions);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = SchemaId,
            ["title"] = "CoopSim workshop exercise",
        };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            root[key] = value;
        }

        // The binder reads 'better' as a string; the schema tells editors its two values.
        if (root["properties"]?["scores"]?["items"]?["properties"]?["better"] is JsonObject better)
        {
            better["enum"] = new JsonArray("lower", "higher");
        }

        return root;
    }

    public static string GenerateText() =>
        Generate().ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
}
