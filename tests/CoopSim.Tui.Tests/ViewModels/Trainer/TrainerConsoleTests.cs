using CoopSim.Engine.Reporting;
using CoopSim.Workshops;
using CoopSim.Tui.Tests.Fixtures;
using CoopSim.Tui.ViewModels;

namespace CoopSim.Tui.Tests.ViewModels.Trainer;

public sealed class TrainerConsoleTests : IDisposable
{
    private readonly WorkshopFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Teams_register_up_to_eight_before_the_first_round_and_a_refusal_says_why()
    {
        var console = _folder.Console();

        for (var i = 1; i <= WorkshopSession.MaxTeams; i++)
        {
            Assert.True(console.RegisterTeam($"Team {i}").Accepted);
        }

        var ninth = console.RegisterTeam("Team 9");
        Assert.False(ninth.Accepted);
        Assert.Contains("at most 8 teams", ninth.Message, StringComparison.Ordinal);
        Assert.Equal(MessageKind.Error, console.Message.Kind);
        Assert.True(console.RemoveTeam("team-8").Accepted);
        Assert.Contains("too like the name", console.RegisterTeam("team 1!").Message, StringComparison.Ordinal);
        Assert.Equal("team-1", console.SelectedTeamId);

        foreach (var team in console.Session.Teams)
        {
            Play.Decide(console, team.Name);
        }

        Assert.True(console.PlayRound().Accepted);
        Assert.Contains("before the first round", console.RegisterTeam("Late").Message, StringComparison.Ordinal);
        Assert.Equal(7, console.Session.Teams.Count);
    }

    [Fact]
    public void A_card_that_cannot_be_played_is_marked_with_its_reason_and_a_decision_with_it_is_refused_and_changes_nothing()
    {
        var console = _folder.Console(teams: ["Blue", "Green"]);
        console.SelectTeam("blue");

        var blocks = console.Cards().Single(c => c.Card.Id == "blocks");
        var ticked = console.ToggleCard("blocks");
        var entered = console.EnterDecision();

        Assert.False(blocks.Playable);
        Assert.Contains("needs 'Water balance audit' played in an earlier round first", blocks.Reason, StringComparison.Ordinal);
        Assert.False(ticked.Accepted);
        Assert.Contains(blocks.Reason!, ticked.Message, StringComparison.Ordinal);
        Assert.False(entered.Accepted);
        Assert.Contains("Blue's decision is not entered", entered.Message, StringComparison.Ordinal);
        Assert.Contains(blocks.Reason!, entered.Message, StringComparison.Ordinal);
        Assert.Null(console.Session.Pending("blue"));
        Assert.False(console.Draft()!.IsValid);
        Assert.True(console.Cards().Single(c => c.Card.Id == "blocks").Ticked);
    }

    [Fact]
    public void Cards_that_cost_more_than_the_round_budget_are_refused_with_both_sums()
    {
        var console = _folder.Console(teams: "Blue");
        console.ToggleCard("big-project");

        var entered = console.EnterDecision();

        Assert.False(entered.Accepted);
        var budget = console.Session.Ledger("blue").Budget(0).Available;
        Assert.Contains($"the team has {DisplayUnits.Format(budget, "USD")} USD this round", entered.Message, StringComparison.Ordinal);
        Assert.Contains("costs 350,000 USD", console.Cards().Single(c => c.Card.Id == "big-project").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_round_is_played_only_when_every_team_has_decided_and_then_opens_the_next_with_its_events()
    {
        var console = _folder.Console(teams: ["Blue", "Green"]);
        Play.Decide(console, "Blue", "audit", "trainees");

        var early = console.PlayRound();
        Assert.False(early.Accepted);
        Assert.Contains("team 'Green' has not decided", early.Message, StringComparison.Ordinal);
        Assert.Equal(0, console.Session.RoundsPlayed);

        Play.Decide(console, "Green");
        var played = console.PlayRound();

        Assert.True(played.Accepted, played.Message);
        Assert.Equal(1, console.Session.RoundsPlayed);
        Assert.Contains("Round 2 of 3: Blocks and meters (1999-2004)", console.RoundTitle, StringComparison.Ordinal);
        Assert.Contains("The council adds money", played.Message, StringComparison.Ordinal);
        Assert.Equal(["The council adds money"], console.EventsThisRound().Select(e => e.Name));
        Assert.All(console.Teams(), t => Assert.False(t.HasDecided));
        Assert.All(console.Cards(), c => Assert.False(c.Ticked));
    }

    [Fact]
    public void Stepping_back_brings_the_rounds_decisions_back_as_ticks_and_replaying_them_gives_the_same_league()
    {
        var console = _folder.Console(teams: ["Blue", "Green"]);
        Play.Round(console, ("Blue", ["audit"]), ("Green", ["trainees"]));
        Play.Round(console, ("Blue", ["blocks", "keep-staff"]), ("Green", []));
        var before = console.Standings.Table();

        Assert.True(console.StepBack().Accepted);

        Assert.Equal(1, console.Session.RoundsPlayed);
        console.SelectTeam("blue");
        Assert.Equal(["blocks", "keep-staff"], console.Cards().Where(c => c.Ticked).Select(c => c.Card.Id));
        Assert.Equal(["blocks", "keep-staff"], console.Session.Pending("blue"));
        Assert.True(console.PlayRound().Accepted);
        Assert.Equal(before.Rows, console.Standings.Table().Rows);
    }

    [Fact]
    public void The_trainer_sees_which_teams_a_future_event_will_reach_and_which_it_spares()
    {
        var exercise = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(_folder.ExercisePath))!;
        var drought = exercise["events"]!.AsArray().Single(e => (string?)e!["id"] == "drought")!;
        drought["ifPlayed"] = new System.Text.Json.Nodes.JsonArray("blocks");
        drought["unlessPlayed"] = new System.Text.Json.Nodes.JsonArray("keep-staff", "trainees");
        File.WriteAllText(_folder.ExercisePath, exercise.ToJsonString());
        var console = _folder.Console(teams: ["Blue"]);

        var line = console.Events().Single(e => e.Name == "A dry year");

        Assert.Contains("to teams that played blocks, except teams that played keep-staff or trainees; hidden from teams", line.State, StringComparison.Ordinal);
    }

    [Fact]
    public void Participants_see_no_future_event_and_no_teams_cards_and_cannot_enter_decisions()
    {
        var console = _folder.Console(teams: ["Blue", "Green"]);
        Play.Round(console, ("Blue", ["audit"]), ("Green", []));
        Play.Decide(console, "Blue", "blocks");

        var trainer = console.Events();
        console.ToggleViewer();
        var participant = console.Events();

        Assert.Contains(trainer, e => e.Name == "A dry year" && e.IsFuture && e.State.Contains("will happen", StringComparison.Ordinal));
        Assert.Contains(trainer, e => e.Name == "Engineers leave" && e.State.Contains("will not happen", StringComparison.Ordinal));
        Assert.Equal(["The council adds money"], participant.Select(e => e.Name));
        Assert.All(participant, e => Assert.False(e.IsFuture));
        Assert.Equal("decided", console.Teams().Single(t => t.Id == "blue").Status);
        console.SelectTeam("blue");
        Assert.DoesNotContain(console.Cards(), c => c.Ticked);
        Assert.Null(console.Draft());
        Assert.False(console.ToggleCard("trainees").Accepted);
        Assert.False(console.EnterDecision().Accepted);
        Assert.Equal(["blocks"], console.Session.Pending("blue"));
    }

    [Fact]
    public void A_session_that_cannot_be_saved_says_so_and_the_next_save_writes_everything()
    {
        var path = _folder.File("class.session.json");
        var console = _folder.Console(teams: "Blue");

        // The file's place is taken by a folder: saving fails until it is gone.
        File.Delete(path);
        Directory.CreateDirectory(path);
        var outcome = console.RegisterTeam("Green");

        Assert.False(outcome.Accepted);
        Assert.StartsWith("not saved to", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("What you did is kept while the console is open", outcome.Message, StringComparison.Ordinal);
        Assert.NotNull(console.NotSaved);
        Assert.Equal(["Blue", "Green"], console.Session.Teams.Select(t => t.Name));

        Directory.Delete(path);
        Play.Decide(console, "Green", "audit");

        Assert.Null(console.NotSaved);
        var resumed = WorkshopSession.Resume(path, ScenarioFolder.Catalog).Session!;
        Assert.Equal(["Blue", "Green"], resumed.Teams.Select(t => t.Name));
        Assert.Equal(["audit"], resumed.Pending("green"));
    }
}
