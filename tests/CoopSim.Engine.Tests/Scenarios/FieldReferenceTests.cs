using CoopSim.Engine.Scenarios;
using CoopSim.Tests.Shared;

namespace CoopSim.Engine.Tests.Scenarios;

public sealed class FieldReferenceTests
{
    private static readonly string Document = Path.Combine(RepositoryPaths.Root, "docs", "scenarios.md");

    [Fact]
    public void The_tables_in_docs_scenarios_md_are_the_field_catalogues()
    {
        var text = File.ReadAllText(Document).ReplaceLineEndings("\n");
        var expected = FieldReference.Update(text);

        if (expected != text)
        {
            var fresh = Path.Combine(Directory.CreateTempSubdirectory("coopsim-docs-").FullName, "scenarios.md");
            File.WriteAllText(fresh, expected);
            Assert.Fail($"docs/scenarios.md's field tables differ from the catalogue (the [ScenarioField] and [Description] attributes); the regenerated file is {fresh}");
        }
    }

    [Fact]
    public void Every_document_class_has_one_table_in_docs_scenarios_md()
    {
        var blocks = FieldReference.BlocksIn(File.ReadAllText(Document));

        Assert.Equal(FieldCatalogue.Default.Documents.Select(FieldReference.NameOf).Order(StringComparer.Ordinal), blocks.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_table_follows_a_changed_range()
    {
        var population = FieldCatalogue.Default.Of<CityDocument>(nameof(CityDocument.Population));
        var changed = FieldCatalogue.Default.With(population with { Maximum = 400_000 });
        var cities = changed.Documents.Single(d => d.Owner == typeof(CityDocument));

        var row = FieldReference.Table(cities).Split('\n').Single(l => l.StartsWith("| `population` |", StringComparison.Ordinal));

        Assert.Contains("| more than 0 and at most 400,000 |", row, StringComparison.Ordinal);
        Assert.Contains("| people |", row, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_naming_no_document_class_is_an_error()
    {
        var text = "<!-- fields: cities[].nowhere -->\n| old |\n<!-- end fields -->\n";

        var error = Assert.Throws<ArgumentException>(() => FieldReference.Update(text));

        Assert.Contains("cities[].nowhere", error.Message, StringComparison.Ordinal);
    }
}
