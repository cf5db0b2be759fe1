namespace CoopSim.Tui.ViewModels;

/// <summary>A key and what it does, for the help screen.</summary>
public sealed record KeyHelpEntry(string Keys, string Action);

/// <summary>A group of keys that work in one place.</summary>
public sealed record KeyHelpGroup(string Where, IReadOnlyList<KeyHelpEntry> Entries);

/// <summary>Every key the terminal UI answers to: the one list the help screen shows.</summary>
public static class KeyHelp
{
    public static IReadOnlyList<KeyHelpGroup> Groups { get; } =
    [
        new("Anywhere", [
            new("F1", "show or hide this help"),
            new("F2, Ctrl+S", "save the edits as a child scenario (extends the opened file, holds only the changes)"),
            new("F3", "go to the Scenarios pane (scenario files and plugins)"),
            new("F4", "go to the Edit pane"),
            new("F5", "go to the Results pane"),
            new("F6", "switch the results between chart and table"),
            new("F7, Ctrl+E", "export the shown results to CSV"),
            new("F8, Ctrl+O", "open another folder of scenarios"),
            new("Ctrl+Z, Ctrl+Y", "undo, redo an edit"),
            new("Tab, Shift+Tab", "move to the next, previous pane or field"),
            new("Esc", "close help, cancel a question or an edit"),
            new("F10, Ctrl+Q", "quit (asks first when there are unsaved edits)"),
        ]),
        new("Scenarios pane", [
            new("Up, Down, Left, Right", "move, fold and unfold"),
            new("Enter", "open the scenario for editing (A)"),
            new("Space", "add the scenario to the comparison (B, C, D) or take it out"),
        ]),
        new("Edit pane", [
            new("Enter", "edit the value (numbers in the shown unit, e.g. 72 for 72 %); Enter again applies"),
            new("+, -", "step the value up or down (a percentage point for shares); the run follows at once"),
            new("Delete", "put the file's value back; on a programme or phase, remove it"),
            new("Insert", "on a phase, add a phase after it"),
        ]),
        new("Results (from any pane but a text box)", [
            new("m, M", "next, previous metric"),
            new("c, C", "next, previous city (all cities, then each alone)"),
            new("[, ]", "first year earlier, later"),
            new("{, }", "last year earlier, later"),
            new("y", "type a range of years, e.g. 1995-2005"),
            new("a", "all years"),
            new("t", "chart or table"),
        ]),
    ];
}
