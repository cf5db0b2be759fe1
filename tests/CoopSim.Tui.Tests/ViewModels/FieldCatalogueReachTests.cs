using System.Text.Json.Nodes;
using CoopSim.Engine.Scenarios;
using CoopSim.Tui.Tests.Fixtures;
using CoopSim.Tui.ViewModels;

namespace CoopSim.Tui.Tests.ViewModels;

/// <summary>
/// A field's range is declared once: changed in the catalogue, the validator, the JSON Schema, the
/// planner's editor and the documentation's table all follow.
/// </summary>
public sealed class FieldCatalogueReachTests : IDisposable
{
    private readonly ScenarioFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Changing_the_population_range_in_the_catalogue_changes_the_validator_the_schema_the_editor_and_the_docs()
    {
        var declared = FieldCatalogue.Default.Of<CityDocument>(nameof(CityDocument.Population));
        var changed = FieldCatalogue.Default.With(declared with { Maximum = 2_000_000 });
        var path = _folder.File(ScenarioFolder.Water);
        var document = ScenarioReader.ReadFile(path).Document!;

        // The editor: the field shows the changed range and refuses a value beyond it with the range.
        var usual = new ScenarioEditor(path, document, ScenarioFolder.Catalog);
        var editor = new ScenarioEditor(path, document, ScenarioFolder.Catalog, changed);
        var population = Fields.Field(editor, $"city/{ScenarioFolder.City}/population");
        Assert.Equal(2_000_000, population.Maximum);
        Assert.Equal("more than 0 and at most 2,000,000 people", ValueText.Range(population));
        Assert.True(usual.TrySet(Fields.Field(usual, $"city/{ScenarioFolder.City}/population"), "2500000").Accepted);
        var refused = editor.TrySet(population, "2500000");
        Assert.False(refused.Accepted);
        Assert.Contains("must be more than 0 and at most 2,000,000 people", refused.Message, StringComparison.Ordinal);

        // The validator: the same document, checked with each catalogue.
        var city = document.Cities.FindIndex(c => c.Id == ScenarioFolder.City);
        document.Cities[city].Population = 2_500_000;
        Assert.True(EditedScenario.Compile(document, path, ScenarioFolder.Catalog).IsValid);
        var problem = Assert.Single(EditedScenario.Compile(document, path, ScenarioFolder.Catalog, changed).Problems);
        Assert.Equal($"$.cities[{city}].population", problem.JsonPath);
        Assert.Equal("population must be more than 0 and at most 2,000,000, found 2500000", problem.Message);

        // The schema.
        var schema = ScenarioSchema.Generate(fields: changed);
        var populationSchema = (JsonObject)schema["properties"]!["cities"]!["items"]!["properties"]!["population"]!;
        Assert.Equal(2_000_000, populationSchema["maximum"]!.GetValue<double>());
        Assert.Equal(1e8, ScenarioSchema.Generate()["properties"]!["cities"]!["items"]!["properties"]!["population"]!["maximum"]!.GetValue<double>());

        // The documentation's table.
        var table = FieldReference.Table(changed.Documents.Single(d => d.Owner == typeof(CityDocument)));
        Assert.Contains("| `population` | number, required | people | more than 0 and at most 2,000,000 |", table, StringComparison.Ordinal);
    }

    [Fact]
    public void The_editor_refuses_a_population_the_validator_refuses()
    {
        var path = _folder.File(ScenarioFolder.Water);
        var editor = new ScenarioEditor(path, ScenarioReader.ReadFile(path).Document!, ScenarioFolder.Catalog);
        var population = Fields.Field(editor, $"city/{ScenarioFolder.City}/population");

        // Before the catalogue the editor accepted up to any size from 1 and the compiler more than 0 up to 1e8.
        var tooLarge = editor.TrySet(population, "200000000");
        var zero = editor.TrySet(population, "0");
        Assert.False(tooLarge.Accepted);
        Assert.Contains("out of range: population must be more than 0 and at most 100,000,000 people (the scenario format)", tooLarge.Message, StringComparison.Ordinal);
        Assert.False(zero.Accepted);
        Assert.Contains("out of range", zero.Message, StringComparison.Ordinal);
        Assert.True(editor.TrySet(population, "0.5").Accepted);
    }

    [Fact]
    public void A_plausibility_ceiling_is_shown_but_a_step_stays_about_five_percent_of_the_value()
    {
        var path = _folder.File(ScenarioFolder.Water);
        var editor = new ScenarioEditor(path, ScenarioReader.ReadFile(path).Document!, ScenarioFolder.Catalog);
        var population = Fields.Field(editor, $"city/{ScenarioFolder.City}/population");
        var before = (double)editor.ValueOf(population)!;

        Assert.True(editor.Nudge(population, +1).Accepted);

        Assert.True(population.MaximumIsCeiling);
        Assert.InRange((double)editor.ValueOf(population)! - before, 0.04 * before, 0.06 * before);
    }
}
