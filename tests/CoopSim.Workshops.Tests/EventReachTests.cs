using System.Text.Json;
using CoopSim.Tests.Shared;

namespace CoopSim.Workshops.Tests;

/// <summary>Which teams an event reaches: those that played its <c>ifPlayed</c> cards, and not those that played an <c>unlessPlayed</c> card.</summary>
public sealed class EventReachTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>The Phnom Penh exercise with one more event in round r3, saved in a temp folder; its scenarios are the bundled ones.</summary>
    private string WriteWithEvent(string reach)
    {
        var text = File.ReadAllText(Workshops.ExercisePath(Workshops.PhnomPenh))
            .Replace("\"../phnom-penh-water-no-cooperation.json\"", JsonSerializer.Serialize(RepositoryPaths.Scenario("phnom-penh-water-no-cooperation.json")), StringComparison.Ordinal)
            .Replace("\"../phnom-penh-water.json\"", JsonSerializer.Serialize(RepositoryPaths.Scenario("phnom-penh-water.json")), StringComparison.Ordinal);
        const string anchor = "\"events\": [\n";
        Assert.Contains(anchor, text, StringComparison.Ordinal);
        var added = "    { \"id\": \"reorganisation\", \"name\": \"The utility is reorganised\", \"round\": \"r3\", \"probability\": 1, " + reach +
                    ", \"effects\": { \"budget\": -50000, \"capacity\": [ { \"sector\": \"water\", \"turnover\": 0.2 } ] } },\n";
        return _folder.File("exercise.json", text.Replace(anchor, anchor + added, StringComparison.Ordinal));
    }

    private static Exercise Load(string path)
    {
        var compilation = ExerciseCompiler.Load(path, BundledPlugins.Catalog);
        Assert.True(compilation.IsValid, string.Join(Environment.NewLine, compilation.Problems));
        return compilation.Exercise!;
    }

    [Fact]
    public void An_event_does_not_reach_a_team_that_played_one_of_its_unless_played_cards_in_an_earlier_round()
    {
        var exercise = Load(WriteWithEvent("\"unlessPlayed\": [\"keep-staff\", \"trainees-10\"]"));
        var session = Workshops.Start(exercise, teams: ["Blue", "Green", "Red"]);
        string[][] blue = [["keep-staff"], [], []];
        string[][] red = [[], [], ["keep-staff"]];
        for (var r = 0; r < 3; r++)
        {
            Workshops.Decide(session, "Blue", blue[r]);
            Workshops.Decide(session, "Green");
            Workshops.Decide(session, "Red", red[r]);
            Workshops.Advance(session);
        }

        // Blue kept its staff from round r1 and is spared; Red answers in r3 itself, after the event reached it.
        var reorganisation = session.Events(WorkshopViewer.Participant).Single(e => e.Event.Id == "reorganisation");
        Assert.Equal(["Green", "Red"], reorganisation.Reaches.Select(t => t.Name));
        Assert.Equal(600000, session.Ledger("blue").Budget(2).Available);
        Assert.Equal(550000, session.Ledger("green").Budget(2).Available);
        Assert.Equal(550000, session.Ledger("red").Budget(2).Available);

        // The event's turnover reaches the cities of the teams it reaches, from the round's first year.
        Assert.DoesNotContain("\"turnover\": 0.2", session.TeamScenarioText("blue", _folder.Path), StringComparison.Ordinal);
        Assert.Contains("\"fromYear\": 1999,\n      \"turnover\": 0.2", session.TeamScenarioText("green", _folder.Path), StringComparison.Ordinal);
    }

    [Fact]
    public void The_event_reach_rule_needs_every_if_played_card_and_none_of_the_unless_played_ones()
    {
        var exercise = Load(WriteWithEvent("\"ifPlayed\": [\"water-audit\"], \"unlessPlayed\": [\"keep-staff\"]"));
        var e = exercise.Events.Single(x => x.Id == "reorganisation");

        Assert.True(e.ReachesTeam(id => id == "water-audit"));
        Assert.False(e.ReachesTeam(id => id is "water-audit" or "keep-staff"));
        Assert.False(e.ReachesTeam(_ => false));
        Assert.False(e.ReachesTeam(id => id == "keep-staff"));
    }

    [Fact]
    public void An_unknown_unless_played_card_is_named_with_a_suggestion()
    {
        var path = WriteWithEvent("\"unlessPlayed\": [\"keep-staf\"]");

        var problem = Assert.Single(ExerciseCompiler.Load(path, BundledPlugins.Catalog).Problems);

        Assert.Equal("$.events[0].unlessPlayed[0]", problem.JsonPath);
        Assert.StartsWith("unknown card 'keep-staf'; did you mean 'keep-staff'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_that_an_event_both_needs_and_is_spared_by_is_refused()
    {
        var path = WriteWithEvent("\"ifPlayed\": [\"keep-staff\"], \"unlessPlayed\": [\"keep-staff\"]");

        var problem = Assert.Single(ExerciseCompiler.Load(path, BundledPlugins.Catalog).Problems);

        Assert.Equal("$.events[0].unlessPlayed[0]", problem.JsonPath);
        Assert.Equal("event 'reorganisation' needs card 'keep-staff' (ifPlayed) and is spared by it (unlessPlayed); the event could never happen", problem.Message);
    }

    [Fact]
    public void A_card_that_cannot_be_played_before_the_event_could_never_spare_a_team()
    {
        // telemetry can be played from round r3, the event's own round: no team can have played it earlier.
        var path = WriteWithEvent("\"unlessPlayed\": [\"telemetry\"]");

        var problem = Assert.Single(ExerciseCompiler.Load(path, BundledPlugins.Catalog).Problems);

        Assert.Equal("$.events[0].unlessPlayed[0]", problem.JsonPath);
        Assert.Equal("event 'reorganisation' in round 'r3' spares teams that played card 'telemetry' in an earlier round, " +
                     "but it can be played from round 'r3' at the earliest; it could never spare a team", problem.Message);
    }
}
