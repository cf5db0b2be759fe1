using CoopSim.Workshops;
using CoopSim.Tui.ViewModels.Trainer;

namespace CoopSim.Tui.Tests.ViewModels.Trainer;

/// <summary>Drives the console's commands as a trainer does: choose a team, tick its cards, enter them, play the round.</summary>
internal static class Play
{
    public static void Decide(TrainerConsole console, string team, params string[] cards)
    {
        console.SelectTeam(WorkshopTeam.IdFor(team));
        foreach (var card in cards)
        {
            console.ToggleCard(card);
        }

        var outcome = console.EnterDecision();
        Assert.True(outcome.Accepted, outcome.Message);
    }

    public static void Round(TrainerConsole console, params (string Team, string[] Cards)[] decisions)
    {
        foreach (var (team, cards) in decisions)
        {
            Decide(console, team, cards);
        }

        var played = console.PlayRound();
        Assert.True(played.Accepted, played.Message);
    }
}
