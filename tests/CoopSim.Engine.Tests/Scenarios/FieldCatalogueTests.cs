using System.Globalization;
using CoopSim.Engine.Scenarios;
using CoopSim.Tests.Shared;
using FsCheck;
using FsCheck.Xunit;

namespace CoopSim.Engine.Tests.Scenarios;

public sealed class FieldCatalogueTests
{
    private static readonly FieldCatalogue Catalogue = FieldCatalogue.Default;

    /// <summary>Every document class of the scenario format, found by its name rather than by walking from the top.</summary>
    private static IEnumerable<Type> DocumentClasses() =>
        typeof(ScenarioDocument).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsPublic: true } && t.Namespace == typeof(ScenarioDocument).Namespace && t.Name.EndsWith("Document", StringComparison.Ordinal));

    [Fact]
    public void Every_numeric_field_of_every_scenario_document_is_declared_in_the_catalogue()
    {
        var undeclared = new List<string>();
        foreach (var type in DocumentClasses())
        {
            Assert.Contains(Catalogue.Documents, d => d.Owner == type);
            foreach (var property in type.GetProperties().Where(p => p.SetMethod is not null))
            {
                var field = Catalogue.Find(property);
                Assert.NotNull(field);
                if (field.IsNumeric && !field.IsDeclared)
                {
                    undeclared.Add($"{type.Name}.{property.Name}");
                }
            }
        }

        Assert.True(undeclared.Count == 0, "numeric fields without [ScenarioField]: " + string.Join(", ", undeclared));
        Assert.Contains(Catalogue.Fields, f => f.Path == "cities[].sectors.*.capacity.ownership");
    }

    [Fact]
    public void Every_field_is_described_and_its_default_and_example_are_inside_its_range()
    {
        foreach (var field in Catalogue.Fields)
        {
            Assert.False(string.IsNullOrWhiteSpace(field.Description), field.Path);
            if (field is { Minimum: { } min, Maximum: { } max })
            {
                Assert.True(min <= max, field.Path);
            }

            foreach (var value in new[] { field.Default, field.Example }.OfType<double>())
            {
                Assert.True(field.Accepts(value), $"{field.Path}: {value} is outside {field.RangeText()}");
            }
        }
    }

    [Fact]
    public void A_declared_default_is_what_an_unset_field_reads()
    {
        foreach (var document in Catalogue.Documents)
        {
            // Required members are a compile-time promise; an instance made here shows the initial values.
            var blank = Activator.CreateInstance(document.Owner)!;
            foreach (var field in document.Fields.Where(f => f.Default is not null && f.Property.PropertyType.IsValueType))
            {
                var value = field.Property.GetValue(blank);
                if (value is not null)
                {
                    Assert.Equal(field.Default!.Value, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                }
            }
        }
    }

    [Fact]
    public void A_changed_field_is_read_by_the_compiler_and_the_schema()
    {
        var population = Catalogue.Of<CityDocument>(nameof(CityDocument.Population));
        var changed = Catalogue.With(population with { Maximum = 400_000 });
        var source = ScenarioReader.ReadText(TestScenarios.Minimal, TestScenarios.PathFor("changed.json"));

        Assert.True(ScenarioCompiler.Compile(source, BundledPlugins.Catalog).IsValid);
        var problems = ScenarioCompiler.Compile(source, BundledPlugins.Catalog, changed).Problems.Select(p => $"{p.JsonPath}: {p.Message}");
        Assert.Contains("$.cities[1].population: population must be more than 0 and at most 400,000, found 500000", problems);

        var schema = ScenarioSchema.Generate(fields: changed);
        Assert.Equal(400_000, SchemaNode(schema, population.Path)["maximum"]!.GetValue<double>());
        Assert.Equal(0, SchemaNode(schema, population.Path)["exclusiveMinimum"]!.GetValue<double>());
    }

    [Fact]
    public void The_schema_carries_every_declared_range_default_and_unit()
    {
        var schema = ScenarioSchema.Generate();
        foreach (var field in Catalogue.Fields.Where(f => f.IsDeclared))
        {
            var node = SchemaNode(schema, field.Path);
            var values = field.Kind == "map of numbers" ? node["additionalProperties"]!.AsObject() : node;
            var written = (values["minimum"] ?? values["exclusiveMinimum"])?.GetValue<double>();
            Assert.True(field.Minimum == written && field.MinimumExclusive == values.ContainsKey("exclusiveMinimum"), $"{field.Path}: minimum {written} in {values}");
            Assert.True(field.Maximum == values["maximum"]?.GetValue<double>(), $"{field.Path}: maximum in {values}");
            Assert.True(field.Default == values["default"]?.GetValue<double>(), $"{field.Path}: default in {values}");
            if (field.Unit.Length > 0)
            {
                Assert.EndsWith($" [{field.Unit}]", node["description"]!.GetValue<string>(), StringComparison.Ordinal);
            }
        }
    }

    /// <summary>For any value, the compiler refuses it at a field exactly when the catalogue's range does.</summary>
    [Property(MaxTest = 300)]
    public void The_compiler_refuses_exactly_the_values_outside_the_catalogues_range(PositiveInt which, NormalFloat raw, int edge)
    {
        var (field, path, place) = Checked[which.Get % Checked.Length];
        var spec = Catalogue.Fields.Single(f => f.Path == field);
        var value = Candidate(spec, raw.Get, edge);
        var json = place(value.ToString("R", CultureInfo.InvariantCulture));

        var problems = TestScenarios.Compile(json).Problems;

        Assert.Equal(!spec.Accepts(value), problems.Any(p => p.JsonPath == path));
    }

    private static readonly (string Field, string Path, Func<string, string> Place)[] Checked =
    [
        ("cities[].population", "$.cities[1].population", v => Edit("\"population\": 500000", $"\"population\": {v}")),
        ("cities[].populationGrowth", "$.cities[1].populationGrowth", v => Edit("\"populationGrowth\": 0.02", $"\"populationGrowth\": {v}")),
        ("cities[].sectors.*.capacity.ownership", "$.cities[1].sectors.water.capacity.ownership", v => WithCapacity($"\"ownership\": {v}")),
        ("cities[].sectors.*.capacity.turnover", "$.cities[1].sectors.water.capacity.turnover", v => WithCapacity($"\"turnover\": {v}")),
        ("programmes[].phases[].funding", "$.programmes[0].phases[0].funding", v => Edit("\"funding\": 4000", $"\"funding\": {v}")),
        ("programmes[].phases[].activities.expertPersonMonths", "$.programmes[0].phases[0].activities.expertPersonMonths",
            v => Edit("\"expertPersonMonths\": 10", $"\"expertPersonMonths\": {v}")),
        ("programmes[].phases[].activities.technologies", "$.programmes[0].phases[0].activities.technologies.distributionBlocks",
            v => Edit("\"distributionBlocks\": 2", $"\"distributionBlocks\": {v}")),
    ];

    /// <summary>A bound, a value just beside one, or any value, so that both sides of each bound are tried.</summary>
    private static double Candidate(FieldSpec spec, double raw, int edge)
    {
        var bounds = new[] { spec.Minimum, spec.Maximum }.OfType<double>().ToArray();
        var bound = bounds[Math.Abs(edge % bounds.Length)];
        return Math.Abs(edge % 4) switch
        {
            0 => bound,
            1 => Math.BitIncrement(bound),
            2 => Math.BitDecrement(bound),
            _ => raw,
        };
    }

    private static string Edit(string from, string to) => TestScenarios.Minimal.Replace(from, to, StringComparison.Ordinal);

    private static string WithCapacity(string setting) =>
        Edit("\"parameters\": { \"initialNrw\": 0.5 }", $"\"parameters\": {{ \"initialNrw\": 0.5 }}, \"capacity\": {{ {setting} }}");

    /// <summary>The schema of a field path such as <c>cities[].sectors.*.capacity.ownership</c>.</summary>
    internal static System.Text.Json.Nodes.JsonObject SchemaNode(System.Text.Json.Nodes.JsonObject schema, string path)
    {
        System.Text.Json.Nodes.JsonNode node = schema;
        foreach (var segment in path.Split('.'))
        {
            if (segment == "*")
            {
                node = node["additionalProperties"]!;
                continue;
            }

            var name = segment.TrimEnd('[', ']');
            node = node["properties"]![name]!;
            if (segment.EndsWith("[]", StringComparison.Ordinal))
            {
                node = node["items"]!;
            }
        }

        return node.AsObject();
    }
}
