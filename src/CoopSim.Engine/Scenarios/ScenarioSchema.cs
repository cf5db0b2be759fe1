using System.ComponentModel;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CoopSim.Engine.Plugins;

namespace CoopSim.Engine.Scenarios;

/// <summary>
/// The JSON Schema of scenario files, exported from <see cref="ScenarioDocument"/> with .NET's
/// JsonSchemaExporter. With a plugin catalog, each sector's parameters (unit, range, default and
/// description) are written into the schema so that editors complete and check them.
/// </summary>
public static class ScenarioSchema
{
    public const string SchemaId = "https://coopsim.invalid/schema/scenario-1.json";

    public static JsonSerializerOptions SerializerOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        WriteIndented = true,
        RespectNullableAnnotations = true,
    };

    public static JsonObject Generate(PluginCatalog? catalog = null)
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Describe,
        };
        var schema = (JsonObject)SerializerOptions.GetJsonSchemaAsNode(typeof(ScenarioDocument), exporterOptions);
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = SchemaId,
            ["title"] = "CoopSim scenario",
        };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            root[key] = value;
        }

        if (catalog is not null)
        {
            AddSectors(root, catalog);
        }

        return root;
    }

    public static string GenerateText(PluginCatalog? catalog = null) =>
        Generate(catalog).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";

    /// <summary>
    /// Copies a document class's or property's [Description] into its schema node, so any document
    /// read with <see cref="SerializerOptions"/> exports a schema that explains itself.
    /// </summary>
    public static JsonNode Describe(JsonSchemaExporterContext context, JsonNode node)
    {
        if (node is not JsonObject obj)
        {
            return node;
        }

        var provider = context.PropertyInfo?.AttributeProvider ?? (context.PropertyInfo is null ? context.TypeInfo.Type : null);
        var description = provider?.GetCustomAttributes(typeof(DescriptionAttribute), inherit: false)
            .OfType<DescriptionAttribute>().FirstOrDefault()?.Description;
        if (description is not null && !obj.ContainsKey("description"))
        {
            obj.Insert(0, "description", description);
        }

        return node;
    }

    private static void AddSectors(JsonObject root, PluginCatalog catalog)
    {
        var sectorsNode = root["properties"]?["cities"]?["items"]?["properties"]?["sectors"] as JsonObject;
        var sectorSchema = sectorsNode?["additionalProperties"]?.DeepClone() as JsonObject;
        if (sectorsNode is null || sectorSchema is null)
        {
            return;
        }

        var properties = new JsonObject();
        foreach (var sector in catalog.Sectors)
        {
            var schema = (JsonObject)sectorSchema.DeepClone();
            schema["description"] = $"{sector.Descriptor.DisplayName} ({sector.Id} {sector.Descriptor.Version}). {sector.Descriptor.Description}".TrimEnd();
            var parameters = new JsonObject();
            foreach (var p in sector.Descriptor.Parameters)
            {
                parameters[p.Id] = new JsonObject
                {
                    ["description"] = $"{p.Description} [{p.Unit}]",
                    ["type"] = "number",
                    ["minimum"] = p.Minimum,
                    ["maximum"] = p.Maximum,
                    ["default"] = p.Default,
                };
            }

            if (schema["properties"]?["parameters"] is JsonObject parametersSchema)
            {
                parametersSchema["properties"] = parameters;
                parametersSchema["additionalProperties"] = false;
            }

            properties[sector.Id] = schema;
        }

        sectorsNode["properties"] = properties;
        sectorsNode["additionalProperties"] = false;
    }
}
