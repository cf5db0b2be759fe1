using System.Globalization;
using CoopSim.Tui.ViewModels;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoopSim.Tui.Views;

/// <summary>
/// The whole screen: a header, the Scenarios and Edit panes on the left, the Results on the right,
/// the message line and the status bar with the keys. On a short terminal the left column shows
/// one pane at a time (F3, F4); from 36 rows both are stacked. Every key works from the keyboard;
/// the mouse selects, unfolds, double-click opens and edits, and the status bar is clickable.
/// </summary>
public sealed partial class MainView : Runnable
{
    /// <summary>From this many rows the Scenarios and Edit panes are shown one above the other.</summary>
    public const int StackedHeight = 36;

    private readonly Workspace _workspace;
    private readonly HeaderLine _header = new() { X = 0, Y = 0, Width = Dim.Fill() };
    private readonly BrowserPane _browser;
    private readonly EditorPane _editor;
    private readonly ResultsPane _results = new();
    private readonly HelpPane _help = new() { Visible = false };
    private readonly PromptLine _prompt = new() { X = 0, Width = Dim.Fill() };
    private readonly StatusBar _status;
    private bool _browserFirst = true;
    private bool _quitConfirmed;

    public MainView(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        _workspace = workspace;
        SetScheme(Theme.Main);
        _browser = new BrowserPane(workspace);
        _editor = new EditorPane(workspace);
        _status = new StatusBar(
        [
            new Shortcut(Key.F1, "Help", ToggleHelp),
            new Shortcut(Key.F2, "Save", Save),
            new Shortcut(Key.F3, "Files", () => ShowLeft(browser: true)),
            new Shortcut(Key.F4, "Edit", () => ShowLeft(browser: false)),
            new Shortcut(Key.F6, "Table", ToggleTable),
            new Shortcut(Key.F7, "CSV", Export),
            new Shortcut(Key.F10, "Quit", RequestQuit),
        ]);
        _prompt.Y = Pos.AnchorEnd(2);
        Add(_header, _browser, _editor, _results, _help, _prompt, _status);
        _browser.OpenRequested += Open;
        _browserFirst = workspace.Editor is null;
        workspace.Changed += Refresh;
        _browser.ShowLibrary();
        Refresh();
    }

    internal EditorPane Editor => _editor;

    internal ResultsPane Results => _results;

    internal PromptLine Prompt => _prompt;

    internal HelpPane Help => _help;

    /// <summary>Opens a scenario for editing, asking first when there are unsaved edits.</summary>
    public void Open(string path)
    {
        if (_workspace.Editor?.Path == Path.GetFullPath(path))
        {
            ShowLeft(browser: false);
            return;
        }

        void Go()
        {
            if (_workspace.Open(path).Accepted)
            {
                _browser.Refresh();
                ShowLeft(browser: false);
            }
        }

        if (_workspace.HasUnsavedEdits)
        {
            _prompt.Ask($"{Changes()} unsaved: y drop them and open {Path.GetFileName(path)}, n or Esc keep editing",
                "yn", answer =>
                {
                    if (answer == 'y')
                    {
                        Go();
                    }
                });
            return;
        }

        Go();
    }

    /// <summary>Redraws what the workspace shows: header, library marks, editor lines, results, message.</summary>
    public void Refresh()
    {
        var editor = _workspace.Editor;
        var name = editor is null ? "no scenario open" : $"A: {editor.Document.Name}";
        var dirty = editor is { IsDirty: true } ? $" *{Changes()} unsaved" : "";
        _header.Set($"CoopSim  {name}{dirty}", _workspace.RunStatus());
        _browser.Refresh();
        _editor.Show();
        _results.Show(_workspace);
        _prompt.Show(_workspace.Message);
    }

    protected override void OnSubViewLayout(LayoutEventArgs args)
    {
        ArrangePanes();
        base.OnSubViewLayout(args);
    }

    private void ToggleHelp()
    {
        _help.Visible = !_help.Visible;
        if (_help.Visible)
        {
            _help.List.SetFocus();
        }
        else
        {
            _editor.FocusTree();
        }

        SetNeedsLayout();
    }

    private void ShowLeft(bool browser)
    {
        _browserFirst = browser;
        SetNeedsLayout();
        if (browser)
        {
            _browser.Visible = true;
            _browser.FocusTree();
        }
        else
        {
            _editor.Visible = true;
            _editor.FocusTree();
        }
    }

    private string Changes()
    {
        var count = _workspace.Editor?.ChangeCount ?? 0;
        return string.Create(CultureInfo.InvariantCulture, $"{count} change{(count == 1 ? "" : "s")}");
    }
}
