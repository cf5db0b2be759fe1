using System.Text.Json;
using CoopSim.Engine.Diagnostics;
using CoopSim.Tests.Shared;

namespace CoopSim.Workshops.Tests;

/// <summary>Exercise files: the bundled ones are valid, and mistakes are named with file, JSON path, line and column.</summary>
public sealed class ExerciseValidationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Bundled()
    {
        var data = new TheoryData<string>();
        foreach (var name in Workshops.All())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Bundled))]
    public void Every_bundled_exercise_is_valid_against_todays_plugins(string name)
    {
        var compilation = ExerciseCompiler.Load(Workshops.ExercisePath(name), BundledPlugins.Catalog);

        // Each problem names the file, JSON path, line and column of what broke (a renamed metric, technology or parameter).
        Assert.True(compilation.IsValid, $"{name}:{Environment.NewLine}{string.Join(Environment.NewLine, compilation.Problems)}");
        Assert.NotEmpty(compilation.Exercise!.Objectives);
        Assert.NotEmpty(compilation.Exercise.DebriefQuestions);
    }

    [Fact]
    public void The_bundled_exercises_include_the_three_the_class_needs()
    {
        var exercises = Workshops.All().Select(Workshops.Load).ToList();

        Assert.Contains(exercises, e => e.Name == "The Phnom Penh water turnaround" && e.FirstYear == 1993);
        Assert.Contains(exercises, e => e.Name == "Surabaya after the landfill closed" && e.FirstYear == 2001
                                        && e.BaseScenario.Cities.Single(c => c.Id == e.CityId).Sectors.Select(s => s.Sector.Id).Order().SequenceEqual(["education", "waste"]));
        Assert.Contains(exercises, e => e.Document.DurationMinutes == 45
                                        && e.Cards.Select(c => c.SectorId).OfType<string>().Distinct().Count() >= 3);
    }

    /// <summary>The short exercise, edited and saved in a temp folder; its base scenario is the bundled one.</summary>
    private (string Path, string Text) Write(Func<string, string> edit)
    {
        var text = File.ReadAllText(Workshops.ExercisePath(Workshops.FirstSteps))
            .Replace("\"../mandalay-no-cooperation.json\"", JsonSerializer.Serialize(RepositoryPaths.Scenario("mandalay-no-cooperation.json")), StringComparison.Ordinal)
            .Replace("\"../mandalay.json\"", JsonSerializer.Serialize(RepositoryPaths.Scenario("mandalay.json")), StringComparison.Ordinal);
        var edited = edit(text);
        Assert.NotEqual(text, edited);
        return (_folder.File("exercise.json", edited), edited);
    }

    private static string Replace(string text, string from, string to)
    {
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    private IReadOnlyList<ScenarioProblem> Problems(Func<string, string> edit, out string path, out string text)
    {
        (path, text) = Write(edit);
        var compilation = ExerciseCompiler.Load(path, BundledPlugins.Catalog);
        Assert.False(compilation.IsValid);
        return compilation.Problems;
    }

    /// <summary>The 1-based line and column where <paramref name="snippet"/> starts in <paramref name="text"/>.</summary>
    private static (int Line, int Column) Where(string text, string snippet, int occurrence = 0)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = text.IndexOf(snippet, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{snippet}' not found");
        }

        var before = text[..index];
        return (before.Count(c => c == '\n') + 1, index - (before.LastIndexOf('\n') + 1) + 1);
    }

    private static void AssertAt(ScenarioProblem problem, string file, string text, string snippet, int occurrence = 0)
    {
        var (line, column) = Where(text, snippet, occurrence);
        Assert.Equal(DisplayPath.Of(file), problem.Location.File);
        Assert.Equal((line, column), (problem.Location.Line, problem.Location.Column));
    }

    [Fact]
    public void A_requirement_naming_no_card_is_reported_where_it_is_written_with_a_suggestion()
    {
        var problems = Problems(t => Replace(t, "\"requires\": [\"schools-3\"] }", "\"requires\": [\"water-expert\"] }"),
            out var path, out var text);

        var problem = Assert.Single(problems);
        Assert.Equal("$.cards[10].requires[0]", problem.JsonPath);
        Assert.StartsWith("unknown card 'water-expert'; did you mean 'water-experts'?", problem.Message, StringComparison.Ordinal);
        AssertAt(problem, path, text, "\"water-expert\"]");
        Assert.Matches(@"^.+exercise\.json:\d+:\d+: \$\.cards\[10\]\.requires\[0\]: unknown card", problem.ToString());
    }

    [Fact]
    public void A_card_no_round_can_pay_for_is_refused_with_what_a_team_can_hold()
    {
        var problems = Problems(t => Replace(t, "\"cost\": 120000", "\"cost\": 900000"), out var path, out var text);

        var problem = Assert.Single(problems);
        Assert.Equal("$.cards[0].cost", problem.JsonPath);
        Assert.Equal("card 'water-experts' costs 900,000 USD, more than a team can hold in any round it can be played in " +
                     "(at most 700,000 USD in rounds 'r1' to 'r2'); it could never be played", problem.Message);
        AssertAt(problem, path, text, "900000");
    }

    [Fact]
    public void A_negative_round_budget_is_refused()
    {
        var problems = Problems(t => Replace(t, "\"budget\": 400000", "\"budget\": -1"), out _, out _);

        Assert.Contains(problems, p => p.JsonPath == "$.rounds[2].budget" && p.Message == "a budget cannot be negative, found -1");
    }

    [Fact]
    public void Overlapping_rounds_are_refused_with_the_year_the_round_should_start()
    {
        var problems = Problems(t => Replace(t, "\"from\": 2018, \"to\": 2021", "\"from\": 2017, \"to\": 2021"), out var path, out var text);

        var problem = Assert.Single(problems);
        Assert.Equal("$.rounds[1].from", problem.JsonPath);
        Assert.Equal("round 'r2' (2017-2021) overlaps round 'r1' (2014-2017); it should start in 2018", problem.Message);
        AssertAt(problem, path, text, "2017, \"to\": 2021");
    }

    [Fact]
    public void A_gap_between_rounds_is_refused()
    {
        var problems = Problems(t => Replace(t, "\"from\": 2018, \"to\": 2021", "\"from\": 2019, \"to\": 2021"), out _, out _);

        Assert.Contains(problems, p => p.JsonPath == "$.rounds[1].from"
                                       && p.Message == "round 'r2' starts in 2019, leaving 2018 after round 'r1' in no round; it should start in 2018");
    }

    [Fact]
    public void A_round_past_the_base_scenarios_years_is_refused()
    {
        var problems = Problems(t => Replace(t, "\"from\": 2022, \"to\": 2025", "\"from\": 2022, \"to\": 2030"), out _, out _);

        Assert.Contains(problems, p => p.JsonPath == "$.rounds[2].to" && p.Message == "round 'r3' ends in 2030, after the base scenario's last year 2025");
    }

    [Fact]
    public void A_technology_the_sector_does_not_declare_is_refused_with_the_declared_ones()
    {
        var problems = Problems(t => Replace(t, "\"distributionBlocks\": 10", "\"distributionBlock\": 10"), out var path, out var text);

        var problem = Assert.Single(problems);
        Assert.Equal("$.cards[3].activities.technologies.distributionBlock", problem.JsonPath);
        var declared = string.Join(", ", BundledPlugins.Catalog.Find("water")!.Descriptor.Technologies.Select(t => t.Id));
        Assert.Contains("distributionBlocks, ", declared, StringComparison.Ordinal);
        Assert.Equal($"sector 'water' has no technology 'distributionBlock'; did you mean 'distributionBlocks'? (technologies: {declared})", problem.Message);
        var (line, column) = Where(text, "\"distributionBlock\": ");
        Assert.Equal((line, column + "\"distributionBlock\": ".Length), (problem.Location.Line, problem.Location.Column));
        Assert.Equal(DisplayPath.Of(path), problem.Location.File);
    }

    [Fact]
    public void A_score_on_an_undeclared_metric_lists_the_sectors_metrics()
    {
        var problems = Problems(t => Replace(t, "\"metric\": \"nrw\"", "\"metric\": \"NRW\""), out _, out _);

        var problem = Assert.Single(problems);
        Assert.Equal("$.scores[0].metric", problem.JsonPath);
        Assert.StartsWith("sector 'water' has no metric 'NRW'; did you mean 'nrw'? (metrics: nrw, ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_for_a_sector_the_city_does_not_simulate_is_refused()
    {
        var problems = Problems(t => Replace(t, "\"cost\": 40000, \"sector\": \"education\"", "\"cost\": 40000, \"sector\": \"energy\""), out _, out _);

        var problem = Assert.Single(problems);
        Assert.Equal("$.cards[9].sector", problem.JsonPath);
        Assert.StartsWith("city 'mandalay' does not simulate sector 'energy' in the base scenario (it simulates ", problem.Message, StringComparison.Ordinal);
        Assert.All(["water", "waste", "education"], s => Assert.Contains(s, problem.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_card_whose_requirement_comes_too_late_can_never_be_played()
    {
        var problems = Problems(t => Replace(t, "\"workbookEditions\": 1 } },\n      \"lastRound\": \"r2\", \"maxPlays\": 1 },",
            "\"workbookEditions\": 1 } },\n      \"requires\": [\"trainees-6\"], \"lastRound\": \"r1\", \"maxPlays\": 1 },"), out _, out _);

        var problem = Assert.Single(problems);
        Assert.Equal("$.cards[9].requires", problem.JsonPath);
        Assert.Equal("card 'schools-3' can never be played: it needs 'trainees-6' in an earlier round, which can be played from round 'r1' " +
                     "at the earliest, and 'schools-3' only until round 'r1'", problem.Message);
    }

    [Fact]
    public void Cards_that_require_each_other_are_refused()
    {
        var problems = Problems(t => Replace(
            Replace(t, "\"activities\": { \"trainees\": 6 },", "\"activities\": { \"trainees\": 6 }, \"requires\": [\"water-experts\"],"),
            "\"activities\": { \"expertPersonMonths\": 12 },", "\"activities\": { \"expertPersonMonths\": 12 }, \"requires\": [\"trainees-6\"],"), out _, out _);

        Assert.Contains(problems, p => p.Message.StartsWith("cards require each other in a circle: ", StringComparison.Ordinal)
                                       && p.Message.Contains("water-experts", StringComparison.Ordinal) && p.Message.Contains("trainees-6", StringComparison.Ordinal));
    }

    [Fact]
    public void An_event_waiting_for_a_card_that_cannot_be_played_in_time_could_never_happen()
    {
        var problems = Problems(t => Replace(t, "\"round\": \"r2\", \"probability\": 1, \"ifPlayed\"", "\"round\": \"r1\", \"probability\": 1, \"ifPlayed\""), out _, out _);

        var problem = Assert.Single(problems);
        Assert.Equal("$.events[0].ifPlayed[0]", problem.JsonPath);
        Assert.Contains("needs card 'water-ownership' played in an earlier round", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_funding_cut_of_a_scheme_nothing_uses_is_refused_with_a_suggestion()
    {
        var problems = Problems(t => Replace(t, "\"effects\": { \"capacity\": [ { \"sector\": \"water\", \"leadership\": 0.95 } ] }", "\"effects\": { \"fundingCuts\": [\"JICA expert dispatc\"] }"), out _, out _);

        var problem = Assert.Single(problems);
        Assert.Equal("$.events[0].effects.fundingCuts[0]", problem.JsonPath);
        Assert.StartsWith("no card, grant or base-scenario phase is funded by scheme 'JICA expert dispatc'; did you mean 'JICA expert dispatch'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_property_is_named_with_a_suggestion_by_the_scenario_binder()
    {
        var problems = Problems(t => Replace(t, "\"budget\": 500000,\n      \"briefing\": \"The partnership", "\"budjet\": 500000,\n      \"briefing\": \"The partnership"),
            out var path, out var text);

        Assert.Contains(problems, p => p.JsonPath == "$.rounds[0].budjet" && p.Message.StartsWith("unknown property 'budjet'; did you mean 'budget'?", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.JsonPath == "$.rounds[0].budget" && p.Message.StartsWith("missing required property 'budget'", StringComparison.Ordinal));
        AssertAt(problems.First(p => p.JsonPath == "$.rounds[0].budjet"), path, text, "\"budjet\"");
    }

    [Fact]
    public void A_missing_base_scenario_is_reported_at_the_scenario_key()
    {
        var problems = Problems(t => Replace(t, JsonSerializer.Serialize(RepositoryPaths.Scenario("mandalay-no-cooperation.json")), "\"nowhere.json\""), out var path, out var text);

        var problem = Assert.Single(problems);
        Assert.Equal("$.scenario", problem.JsonPath);
        Assert.StartsWith("the base scenario '", problem.Message, StringComparison.Ordinal);
        AssertAt(problem, path, text, "\"nowhere.json\"");
    }

    [Fact]
    public void Invalid_json_is_reported_with_its_line_and_never_throws()
    {
        var path = _folder.File("broken.json", "{\n  \"schemaVersion\": 1,\n  \"name\": \"x\"\n  \"rounds\": []\n}\n");

        var problem = Assert.Single(ExerciseCompiler.Load(path, BundledPlugins.Catalog).Problems);

        Assert.Equal(4, problem.Location.Line);
        Assert.StartsWith("invalid JSON", problem.Message, StringComparison.Ordinal);
    }
}
