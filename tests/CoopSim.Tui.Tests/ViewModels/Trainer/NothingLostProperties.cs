using CoopSim.Workshops;
using CoopSim.Tui.Tests.Fixtures;
using CoopSim.Tui.ViewModels.Trainer;
using FsCheck;
using FsCheck.Xunit;

namespace CoopSim.Tui.Tests.ViewModels.Trainer;

/// <summary>Nothing lost: whatever a trainer does in the console, the saved file resumes to the same session.</summary>
// Full tier: saves and resumes a session after each of many drawn command sequences.
[Trait("Tier", "Full")]
public sealed class NothingLostProperties
{
    private static readonly string[] Names = ["Blue", "Green", "Red"];

    /// <summary>One console command, chosen by a number: register, tick, enter, withdraw, enter all and play, step back.</summary>
    private static void Apply(TrainerConsole console, int command, int argument)
    {
        var teams = console.Session.Teams;
        if (teams.Count > 0)
        {
            console.SelectTeam(teams[argument % teams.Count].Id);
        }

        switch (command % 6)
        {
            case 0:
                console.RegisterTeam(Names[argument % Names.Length]);
                break;
            case 1:
                console.ToggleCard(console.Exercise.Cards[argument % console.Exercise.Cards.Count].Id);
                break;
            case 2:
                console.EnterDecision();
                break;
            case 3:
                console.WithdrawDecision();
                break;
            case 4:
                // Going round the class: every team's ticked cards entered, then the round played.
                foreach (var team in teams)
                {
                    console.SelectTeam(team.Id);
                    console.EnterDecision();
                }

                console.PlayRound();
                break;
            default:
                console.StepBack();
                break;
        }
    }

    [Property(MaxTest = 40)]
    public void After_any_commands_the_saved_session_resumes_to_what_the_console_shows((NonNegativeInt Command, NonNegativeInt Argument)[] commands)
    {
        using var folder = new WorkshopFolder();
        var console = folder.Console();
        foreach (var (command, argument) in commands.Take(30))
        {
            Apply(console, command.Get, argument.Get);
        }

        var resumed = ConsoleLaunch.Open(console.Session.SavePath!, ScenarioFolder.Catalog).Console!;

        var session = console.Session;
        Assert.Equal(session.RoundsPlayed, resumed.Session.RoundsPlayed);
        Assert.Equal(session.Teams, resumed.Session.Teams);
        foreach (var team in session.Teams)
        {
            Assert.Equal(session.IsFinished ? null : session.Pending(team.Id), resumed.Session.IsFinished ? null : resumed.Session.Pending(team.Id));
            for (var r = 0; r < session.RoundsPlayed; r++)
            {
                Assert.Equal(session.Decisions(team.Id, r), resumed.Session.Decisions(team.Id, r));
            }
        }

        Assert.Equal(console.Standings.Table().Rows, resumed.Standings.Table().Rows);
        Assert.Equal(console.Events().Select(e => e.ToString()), resumed.Events().Select(e => e.ToString()));
        Assert.Equal(WorkshopViewer.Trainer, resumed.Viewer);
    }
}
