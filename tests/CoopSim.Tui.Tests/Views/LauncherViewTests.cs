using CoopSim.Tui.Tests.Fixtures;
using CoopSim.Tui.ViewModels.Trainer;
using CoopSim.Tui.Views.Trainer;
using Terminal.Gui.Input;

namespace CoopSim.Tui.Tests.Views;

public sealed class LauncherViewTests : IDisposable
{
    private readonly WorkshopFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private sealed class LauncherScreen : VirtualTerminal
    {
        public LauncherScreen(IReadOnlyList<ConsoleChoice> choices, Func<ConsoleChoice, string?> open)
            : base(100, 30)
        {
            View = new LauncherView(choices, open);
            Begin(View);
            View.List.SetFocus();
            Draw();
        }

        public LauncherView View { get; }

        public override void Dispose()
        {
            View.Dispose();
            base.Dispose();
        }
    }

    /// <summary>Saved sessions in the folder and exercises under scenarios/workshops, as a trainer's laptop has them.</summary>
    private IReadOnlyList<ConsoleChoice> Choices()
    {
        _folder.Console(teams: "Blue");
        var exercises = Directory.CreateDirectory(_folder.File(ConsoleChoices.ExerciseFolder)).FullName;
        File.WriteAllText(Path.Combine(exercises, "broken.json"), "{ \"schemaVersion\": 1 ");
        File.Copy(_folder.File("class.session.json"), Path.Combine(exercises, "not-an-exercise.json"));
        return ConsoleChoices.Find(_folder.Path);
    }

    [Fact]
    public void Saved_sessions_come_first_then_the_exercises_and_a_session_among_exercises_is_left_out()
    {
        var choices = Choices();

        Assert.Equal([true, false], choices.Select(c => c.IsSession));
        Assert.Equal(_folder.File("class.session.json"), choices[0].Path);
        Assert.EndsWith("broken.json", choices[1].Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Enter_opens_the_chosen_file_and_a_file_that_cannot_be_opened_says_why_and_stays()
    {
        TrainerConsole? opened = null;
        using var screen = new LauncherScreen(Choices(), choice =>
        {
            var opening = ConsoleLaunch.Open(choice.Path, ScenarioFolder.Catalog, folder: _folder.Path);
            opened = opening.Console;
            return opened is null ? opening.Refusal ?? string.Join("; ", opening.Problems) : null;
        });
        Assert.Contains("resume  ", screen.Text, StringComparison.Ordinal);
        Assert.Contains("start   ", screen.Text, StringComparison.Ordinal);

        screen.Press(Key.CursorDown, Key.Enter);
        Assert.Contains("! cannot open", screen.Text, StringComparison.Ordinal);
        Assert.Contains("broken.json", screen.View.Message, StringComparison.Ordinal);
        Assert.Null(screen.View.Opened);

        screen.Press(Key.CursorUp, Key.Enter);
        Assert.True(screen.View.Opened!.IsSession);
        Assert.Equal(["Blue"], opened!.Session.Teams.Select(t => t.Name));
    }
}
