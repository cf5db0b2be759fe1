namespace CoopSim.Tui.ViewModels.Trainer;

/// <summary>Every key the trainer console answers to: the one list its help screen shows.</summary>
public static class ConsoleKeyHelp
{
    public static IReadOnlyList<KeyHelpGroup> Groups { get; } =
    [
        new("Anywhere", [
            new("F1", "show or hide this help"),
            new("F2", "register a team (before the first round is played)"),
            new("F3", "go to the Teams pane; again: the Events pane"),
            new("F4", "go to the Cards pane (the selected team's cards this round)"),
            new("F5", "play the round: every team's decision is applied and each city simulated"),
            new("F9, Ctrl+B", "step back one round, to change a decision and replay it (asks first)"),
            new("F6", "show the league table or the charts (again: switch between them)"),
            new("m, M", "next, previous chart: each score, then budget spent"),
            new("F7", "trainer view or participant view (no future events, no team's cards)"),
            new("F8", "projector mode: one big thing at a time (Esc or F8 leaves)"),
            new("Tab, Shift+Tab", "move to the next, previous pane"),
            new("Esc", "close help, cancel a question"),
            new("F10, Ctrl+Q", "quit (asks first if cards are ticked, not entered, or a save failed)"),
        ]),
        new("Teams pane", [
            new("Up, Down", "choose the team whose decision is entered"),
            new("Enter", "go to the team's cards"),
            new("Delete", "remove the team (before the first round is played; asks first)"),
        ]),
        new("Cards pane", [
            new("Space", "tick or untick a card for the team (a card that can't be played says why)"),
            new("Enter", "enter the ticked cards as the team's decision (none ticked: it plays no card)"),
            new("Backspace", "withdraw the team's entered decision"),
        ]),
        new("Projector mode", [
            new("Left, Right", "previous, next page: the round, the league, each chart"),
            new("PageUp, PageDown", "the same"),
            new("F5, F9", "play the round, step back (as anywhere)"),
            new("Esc, F8", "back to the console"),
        ]),
    ];
}
