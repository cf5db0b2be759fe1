using CoopSim.Engine.Reporting;
using CoopSim.Tui.Tests.Fixtures;
using CoopSim.Tui.ViewModels.Trainer;
using Terminal.Gui.Input;

namespace CoopSim.Tui.Tests.Views;

// Full tier: drives the whole trainer console on a virtual terminal, drawing every screen.
[Trait("Tier", "Full")]
public sealed class TrainerViewTests : IDisposable
{
    private readonly WorkshopFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private ConsoleScreen Screen(int width = 120, int height = 40, params string[] teams) => new(_folder.Console(teams: teams), width, height);

    private static ConsoleScreen PlayFirstRound(ConsoleScreen screen) =>
        screen.Decide("Blue", "Water balance audit", "Host 10 trainees").Decide("Green").Press(Key.F5);

    [Fact]
    public void Teams_are_registered_with_F2_and_listed_with_where_they_stand()
    {
        using var screen = Screen();
        Assert.Contains("F2 registers a team", screen.Text, StringComparison.Ordinal);

        screen.Register("Blue").Register("Green");

        var teams = screen.Pane("Teams (F3)");
        Assert.Contains("· Blue", teams, StringComparison.Ordinal);
        Assert.Contains("· Green", teams, StringComparison.Ordinal);
        Assert.Contains("not decided", teams, StringComparison.Ordinal);
        Assert.Contains("Teams (F3): 0/2 decided", screen.Text, StringComparison.Ordinal);
        Assert.Contains("registered Green (2 teams; at most 8)", screen.MessageLine, StringComparison.Ordinal);

        screen.Register("green!");
        Assert.StartsWith("! team 'green!' not registered:", screen.MessageLine, StringComparison.Ordinal);
        Assert.Equal(2, screen.Console.Session.Teams.Count);
    }

    [Fact]
    public void A_card_that_cannot_be_played_is_marked_and_entering_it_is_refused_with_the_reason()
    {
        using var screen = Screen(teams: ["Blue", "Green"]);

        screen.Decide("Blue", "Blocks and leak crews");

        var cards = screen.Pane("Cards (F4): Blue");
        Assert.Contains("✗[x] 150,000  Blocks and leak crews", cards, StringComparison.Ordinal);
        Assert.Contains("refused: 'Blocks and leak crews' needs 'Water balance audit' played in an earlier round first", screen.Flow("Cards (F4): Blue"), StringComparison.Ordinal);
        Assert.StartsWith("! Blue's decision is not entered: 'Blocks and leak crews' needs", screen.MessageLine, StringComparison.Ordinal);
        Assert.Contains("· Blue", screen.Pane("Teams (F3)"), StringComparison.Ordinal);
        Assert.Null(screen.Console.Session.Pending("blue"));
    }

    [Fact]
    public void Playing_the_round_opens_the_next_with_its_event_and_the_league_shows_the_sessions_numbers()
    {
        using var screen = Screen(teams: ["Blue", "Green"]);
        screen.Decide("Blue", "Water balance audit", "Host 10 trainees");

        screen.Press(Key.F5);
        Assert.StartsWith("! the round is not played: team 'Green' has not decided", screen.MessageLine, StringComparison.Ordinal);

        screen.Decide("Green").Press(Key.F5);

        Assert.Contains("Round 2 of 3: Blocks and meters (1999-2004)", screen.Text, StringComparison.Ordinal);
        Assert.Contains("Event: The council adds money (reached every team)", screen.Text, StringComparison.Ordinal);
        var league = screen.Pane("League after round 1 of 3 (1998)");
        var row = screen.Console.Session.League().Rows[0];
        var line = league.Split('\n').Single(l => l.Contains($"│{row.Team.Name}", StringComparison.Ordinal));
        Assert.Contains($"│{row.Rank}│", line, StringComparison.Ordinal);
        Assert.Contains(DisplayUnits.Format(row.Values[0], "fraction"), line, StringComparison.Ordinal);
    }

    [Fact]
    public void The_charts_show_every_teams_path_and_the_target_and_m_turns_to_the_next_score()
    {
        using var screen = PlayFirstRound(Screen(teams: ["Blue", "Green"]));

        screen.Press(Key.F6);

        var chart = screen.Pane("Chart (F6 league): Non-revenue water");
        Assert.Contains("* Blue", chart, StringComparison.Ordinal);
        Assert.Contains("o Green", chart, StringComparison.Ordinal);
        Assert.Contains("- target: at most 60.0 %", chart, StringComparison.Ordinal);
        var years = System.Text.RegularExpressions.Regex.Matches(chart, @"\b(19|20)\d\d\b").Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(years.Count >= 2, chart);
        Assert.All(years, y => Assert.InRange(y, 1993, 2010));
        screen.Type("m");
        Assert.Contains("Chart (F6 league): Utility capacity", screen.Text, StringComparison.Ordinal);
        screen.Type("m");
        Assert.Contains("Budget spent, cumulative (USD)", screen.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Stepping_back_asks_first_then_reopens_the_round_with_its_decisions_ticked()
    {
        using var screen = PlayFirstRound(Screen(teams: ["Blue", "Green"]));

        screen.Press(Key.F9);
        Assert.Contains("step back: undo Taking stock (1993-1998) to play it again?", screen.Text, StringComparison.Ordinal);
        screen.Press(Key.Esc);
        Assert.Equal(1, screen.Console.Session.RoundsPlayed);

        screen.Press(Key.F9).Type("y");

        Assert.Contains("Round 1 of 3: Taking stock (1993-1998)", screen.Text, StringComparison.Ordinal);
        Assert.Contains("stepped back", screen.MessageLine, StringComparison.Ordinal);
        screen.Press(Key.F3, Key.Home, Key.Enter);
        var cards = screen.Pane("Cards (F4): Blue");
        Assert.Contains("[x]  60,000  Water balance audit", cards, StringComparison.Ordinal);
        Assert.Contains("[x] 100,000  Host 10 trainees", cards, StringComparison.Ordinal);
        Assert.Contains("✓ Blue", screen.Pane("Teams (F3)"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_participant_view_hides_future_events_and_the_teams_cards()
    {
        using var screen = PlayFirstRound(Screen(teams: ["Blue", "Green"]));
        screen.Decide("Blue", "Blocks and leak crews");
        Assert.Contains("A dry year: will happen", screen.Flow("Events: all (trainer)"), StringComparison.Ordinal);
        Assert.Contains("Blue: blocks for 150,000 USD", screen.MessageLine, StringComparison.Ordinal);

        screen.Press(Key.F7);

        Assert.Contains("PARTICIPANT VIEW", screen.Lines.First(), StringComparison.Ordinal);
        Assert.Contains("The council adds money: reached every team", screen.Flow("Events: teams' view"), StringComparison.Ordinal);
        Assert.DoesNotContain("dry year", screen.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Engineers leave", screen.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[x]", screen.Text, StringComparison.Ordinal);
        Assert.Contains("✓ Blue   decided", screen.Pane("Teams (F3)"), StringComparison.Ordinal);

        screen.Press(Key.F7);
        Assert.Contains("A dry year", screen.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_saved_session_opens_again_where_it_stopped()
    {
        string saved;
        using (var first = PlayFirstRound(Screen(teams: ["Blue", "Green"])))
        {
            first.Decide("Blue", "Blocks and leak crews");
            saved = first.Console.Session.SavePath!;
        }

        var opening = ConsoleLaunch.Open(saved, ScenarioFolder.Catalog);
        using var screen = new ConsoleScreen(opening.Console!);

        Assert.Contains("Round 2 of 3: Blocks and meters", screen.Text, StringComparison.Ordinal);
        Assert.Contains("1 of 3 rounds played", screen.MessageLine, StringComparison.Ordinal);
        Assert.Contains("✓ Blue   1 card, 150,000", screen.Pane("Teams (F3)"), StringComparison.Ordinal);
        Assert.Contains("· Green  not decided", screen.Pane("Teams (F3)"), StringComparison.Ordinal);
        Assert.Contains("League after round 1 of 3 (1998)", screen.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Projector_mode_draws_the_league_in_block_digits_and_leaves_with_Esc()
    {
        using var screen = PlayFirstRound(Screen(teams: ["Blue", "Green"]));

        screen.Press(Key.F8, Key.CursorRight);

        Assert.StartsWith("League after round 1 of 3 (1998): Non-revenue water (%), lower is better", screen.Lines.First(), StringComparison.Ordinal);
        Assert.Contains("██", screen.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Teams (F3)", screen.Text, StringComparison.Ordinal);
        Assert.Contains("page 2 of 5: League", screen.Text, StringComparison.Ordinal);
        var value = screen.Console.Session.League().Rows[0].Values[0];
        var digits = BigTextLines(DisplayUnits.Format(value, "fraction"));
        Assert.All(digits, d => Assert.Contains(d, screen.Text, StringComparison.Ordinal));

        screen.Press(Key.CursorRight);
        Assert.Contains("* Blue", screen.Text, StringComparison.Ordinal);

        screen.Press(Key.Esc);
        Assert.Contains("Teams (F3)", screen.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Projector_mode_never_shows_a_future_event()
    {
        using var screen = PlayFirstRound(Screen(teams: ["Blue", "Green"]));

        screen.Press(Key.F8);

        Assert.Contains("Blocks and meters, 1999-2004", screen.Text, StringComparison.Ordinal);
        Assert.Contains("The council adds money", screen.Text, StringComparison.Ordinal);
        for (var page = 0; page < screen.Console.Projector.Count; page++)
        {
            Assert.DoesNotContain("dry year", screen.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Engineers leave", screen.Text, StringComparison.Ordinal);
            screen.Press(Key.CursorRight);
        }
    }

    [Theory]
    [InlineData(80, 24)]
    [InlineData(120, 40)]
    [InlineData(200, 60)]
    public void Every_screen_fits_the_terminal_and_keeps_the_keys_or_the_page_in_sight(int width, int height)
    {
        using var screen = PlayFirstRound(Screen(width, height, "Blue", "Green"));

        foreach (var key in new[] { Key.F4, Key.F6, Key.F6, Key.F3 })
        {
            screen.Press(key);
            Assert.All(screen.Lines, l => Assert.True(l.Length <= width, l));
            Assert.Contains("F10  Quit", screen.Text, StringComparison.Ordinal);
            Assert.Contains("Round 2 of 3", screen.Text, StringComparison.Ordinal);
        }

        screen.Press(Key.F8);
        for (var page = 0; page < screen.Console.Projector.Count; page++)
        {
            Assert.All(screen.Lines, l => Assert.True(l.Length <= width, l));
            Assert.Contains($"page {page + 1} of {screen.Console.Projector.Count}", screen.Text, StringComparison.Ordinal);
            screen.Press(Key.CursorRight);
        }
    }

    [Fact]
    public void The_mouse_chooses_a_team_and_a_double_click_ticks_a_card()
    {
        using var screen = Screen(teams: ["Blue", "Green"]);
        var (x, y) = screen.Find("· Green");

        screen.Click(x + 2, y);
        Assert.Contains("Cards (F4): Green", screen.Text, StringComparison.Ordinal);

        var (cx, cy) = screen.Find("Host 10 trainees");
        screen.DoubleClick(cx, cy);

        Assert.Contains("[x] 100,000  Host 10 trainees", screen.Pane("Cards (F4): Green"), StringComparison.Ordinal);
        Assert.Contains("ticked 'Host 10 trainees' for Green", screen.MessageLine, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_every_key_of_the_console()
    {
        using var screen = Screen(120, 60);

        screen.Press(Key.F1);

        foreach (var entry in ConsoleKeyHelp.Groups.SelectMany(g => g.Entries))
        {
            Assert.Contains(entry.Keys, screen.Text, StringComparison.Ordinal);
            Assert.Contains(entry.Action, screen.Text, StringComparison.Ordinal);
        }

        screen.Press(Key.Esc);
        Assert.DoesNotContain("Help - F1 or Esc closes", screen.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Quitting_asks_first_only_when_cards_are_ticked_but_not_entered()
    {
        using var screen = Screen(teams: ["Blue"]);
        screen.Press(Key.F4, Key.Space);

        screen.Press(Key.F10);
        Assert.Contains("Blue: cards ticked but not entered. q quit without them, Esc stay", screen.Text, StringComparison.Ordinal);
        screen.Press(Key.Esc);

        screen.Press(Key.Enter, Key.F10);
        Assert.DoesNotContain("ticked but not entered", screen.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_short_screen_F3_again_shows_the_events_where_the_teams_were()
    {
        using var screen = Screen(80, 24, teams: ["Blue", "Green"]);

        screen.Press(Key.F3);
        Assert.Contains("Teams (F3)", screen.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Events: all (trainer)", screen.Text, StringComparison.Ordinal);

        screen.Press(Key.F3);
        Assert.Contains("Events: all (trainer)", screen.Text, StringComparison.Ordinal);
        Assert.Contains("A dry year", screen.Text, StringComparison.Ordinal);

        screen.Press(Key.F3);
        Assert.Contains("Teams (F3)", screen.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void No_command_runs_behind_a_team_name_being_typed()
    {
        using var screen = Screen(teams: ["Blue", "Green"]);
        screen.Decide("Blue").Decide("Green");

        screen.Press(Key.F2).Type("Re").Press(Key.F5, Key.F9, Key.F7);

        Assert.Equal(0, screen.Console.Session.RoundsPlayed);
        Assert.Contains("New team's name: Re", screen.Text, StringComparison.Ordinal);
        screen.Press(Key.Esc);
        Assert.Contains("trainer view", screen.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_save_keeps_the_change_says_so_and_quitting_asks_until_a_save_works()
    {
        using var screen = Screen(teams: ["Blue", "Green"]);
        var path = screen.Console.Session.SavePath!;
        File.Delete(path);
        Directory.CreateDirectory(path);

        screen.Decide("Blue", "Water balance audit");

        Assert.Equal(["audit"], screen.Console.Session.Pending("blue"));
        Assert.NotNull(screen.Console.NotSaved);
        Assert.StartsWith("! not saved to", screen.MessageLine, StringComparison.Ordinal);
        screen.Press(Key.F10);
        Assert.Contains("Session not saved: q quit and lose what changed since the last save, Esc stay", screen.Text, StringComparison.Ordinal);
        screen.Press(Key.Esc);

        Directory.Delete(path);
        screen.Decide("Green");

        Assert.Null(screen.Console.NotSaved);
        var saved = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal("audit", (string?)saved["pending"]!["blue"]![0]);
        Assert.NotNull(saved["pending"]!["green"]);
    }

    private static IReadOnlyList<string> BigTextLines(string text) =>
        [.. Tui.Charts.BigText.Render(text, Tui.Charts.BigTextSize.Large).Select(l => l.TrimEnd())];
}
