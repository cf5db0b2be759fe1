using CoopSim.Workshops;
using CoopSim.Tui.Tests.Fixtures;
using CoopSim.Tui.ViewModels.Trainer;

namespace CoopSim.Tui.Tests.ViewModels.Trainer;

public sealed class ConsoleLaunchTests : IDisposable
{
    private readonly WorkshopFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_exercise_starts_a_new_session_saved_under_a_free_name_and_never_over_an_existing_file()
    {
        var first = ConsoleLaunch.Open(_folder.ExercisePath, ScenarioFolder.Catalog, folder: _folder.Path);
        var second = ConsoleLaunch.Open(_folder.ExercisePath, ScenarioFolder.Catalog, folder: _folder.Path);
        var taken = ConsoleLaunch.Open(_folder.ExercisePath, ScenarioFolder.Catalog, sessionPath: first.Console!.Session.SavePath);

        Assert.Equal(_folder.File("river-town-class.session.json"), first.Console.Session.SavePath);
        Assert.Equal(_folder.File("river-town-class-2.session.json"), second.Console!.Session.SavePath);
        Assert.True(File.Exists(first.Console.Session.SavePath));
        Assert.False(taken.Opened);
        Assert.Contains("already exists", taken.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_saved_session_resumes_where_it_stopped_with_its_pending_decisions()
    {
        var console = _folder.Console(teams: ["Blue", "Green"]);
        Play.Round(console, ("Blue", ["audit"]), ("Green", ["trainees"]));
        Play.Decide(console, "Blue", "blocks");
        var league = console.Standings.Table();

        var resumed = ConsoleLaunch.Open(console.Session.SavePath!, ScenarioFolder.Catalog);

        Assert.True(resumed.Opened);
        var again = resumed.Console!;
        Assert.Equal(1, again.Session.RoundsPlayed);
        Assert.Equal(["blocks"], again.Session.Pending("blue"));
        Assert.Null(again.Session.Pending("green"));
        Assert.Equal(league.Rows, again.Standings.Table().Rows);
        again.SelectTeam("blue");
        Assert.Equal(["blocks"], again.Cards().Where(c => c.Ticked).Select(c => c.Card.Id));
    }

    [Fact]
    public void A_session_resumes_with_its_own_seed_and_file_and_a_bad_path_is_refused()
    {
        var console = _folder.Console(teams: "Blue");

        var withSeed = ConsoleLaunch.Open(console.Session.SavePath!, ScenarioFolder.Catalog, seed: 3);
        var missing = ConsoleLaunch.Open(_folder.File("nowhere.json"), ScenarioFolder.Catalog);

        Assert.False(withSeed.Opened);
        Assert.Contains("is a saved session", withSeed.Refusal, StringComparison.Ordinal);
        Assert.False(missing.Opened);
        Assert.Contains("does not exist", missing.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exercise_with_problems_is_reported_at_its_place_and_no_session_file_is_written()
    {
        var broken = _folder.File("Workshops/broken.json");
        File.WriteAllText(broken, File.ReadAllText(_folder.ExercisePath).Replace("\"round\": \"r2\"", "\"round\": \"r9\"", StringComparison.Ordinal));

        var opening = ConsoleLaunch.Open(broken, ScenarioFolder.Catalog, folder: _folder.Path);

        Assert.False(opening.Opened);
        var problem = Assert.Single(opening.Problems);
        Assert.Contains("r9", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Location.Line > 1);
        Assert.False(File.Exists(_folder.File("broken.session.json")));
    }

    [Fact]
    public void A_changed_exercise_is_a_warning_shown_on_the_message_line()
    {
        var console = _folder.Console(teams: "Blue");
        File.AppendAllText(_folder.ExercisePath, "\n");

        var resumed = ConsoleLaunch.Open(console.Session.SavePath!, ScenarioFolder.Catalog);

        Assert.True(resumed.Opened);
        var warning = Assert.Single(resumed.Warnings);
        Assert.Contains("changed since the session was saved", warning, StringComparison.Ordinal);
        Assert.Contains(warning, resumed.Console!.Message.Text, StringComparison.Ordinal);
        Assert.True(SessionFile.IsSessionFile(console.Session.SavePath!));
    }
}
