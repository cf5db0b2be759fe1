using CoopSim.Engine.Scenarios;
using CoopSim.Tests.Shared;
using FsCheck;
using FsCheck.Xunit;

namespace CoopSim.Engine.Tests.Scenarios;

public sealed class ScenarioWriterTests
{
    public static TheoryData<string> Bundled()
    {
        var data = new TheoryData<string>();
        foreach (var path in RepositoryPaths.AllScenarios())
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Bundled))]
    public void A_bundled_scenario_written_and_read_back_is_the_same_document(string fileName)
    {
        var original = Read(RepositoryPaths.Scenario(fileName));

        var text = ScenarioWriter.Write(Without(original, "extends"));
        var reread = ScenarioReader.ReadText(text, RepositoryPaths.Scenario("reread.json"));

        Assert.Empty(reread.Problems);
        Assert.True(ScenarioWriter.AreEqual(Without(original, "extends"), reread.Document!), text);
    }

    // Full tier: hundreds of generated edits, each written and read back.
    [Trait("Tier", "Full")]
    [Property(MaxTest = 150)]
    public void Any_edited_document_reads_back_from_its_own_text(NonNegativeInt scenario, int[] edits)
    {
        var files = RepositoryPaths.AllScenarios().ToList();
        var document = ScenarioWriter.Copy(Read(files[scenario.Get % files.Count]));
        foreach (var edit in edits)
        {
            ScenarioEdits.Apply(document, edit);
        }

        var text = ScenarioWriter.Write(Without(document, "extends"));
        var reread = ScenarioReader.ReadText(text, RepositoryPaths.Scenario("reread.json"));

        Assert.Empty(reread.Problems);
        Assert.True(ScenarioWriter.AreEqual(Without(document, "extends"), reread.Document!), text);
    }

    [Fact]
    public void A_copy_shares_nothing_with_the_original()
    {
        var original = Read(RepositoryPaths.Scenario("phnom-penh-water.json"));
        var before = ScenarioWriter.Write(original);

        var copy = ScenarioWriter.Copy(original);
        copy.Cities[1].Sectors["water"].Parameters["initialCoverage"] = 0.5;
        copy.Programmes[0].Phases.Clear();

        Assert.Equal(before, ScenarioWriter.Write(original));
        Assert.False(ScenarioWriter.AreEqual(original, copy));
    }

    [Fact]
    public void Values_a_file_may_leave_out_are_not_written_but_required_ones_always_are()
    {
        var document = new ScenarioDocument { SchemaVersion = 1, Name = "n", StartYear = 2000, EndYear = 2001 };
        document.Cities.Add(new CityDocument { Id = "c", Population = 10 });

        var json = ScenarioWriter.ToJson(document);

        Assert.Equal(["schemaVersion", "name", "startYear", "endYear", "cities"], json.Select(p => p.Key));
        Assert.Equal(["id", "population"], json["cities"]![0]!.AsObject().Select(p => p.Key));

        document.Seed = 0;
        Assert.Equal(0, (int)ScenarioWriter.ToJson(document)["seed"]!);
    }

    private static ScenarioDocument Read(string path)
    {
        var source = ScenarioReader.ReadFile(path);
        Assert.Empty(source.Problems);
        return source.Document!;
    }

    private static ScenarioDocument Without(ScenarioDocument document, string property)
    {
        var json = ScenarioWriter.ToJson(document);
        json.Remove(property);
        var source = ScenarioReader.ReadText(json.ToJsonString(), RepositoryPaths.Scenario("without.json"));
        Assert.Empty(source.Problems);
        return source.Document!;
    }
}
