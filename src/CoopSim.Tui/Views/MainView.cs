using System.Globalization;
using CoopSim.Engine.Diagnostics;
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
public sealed class MainView : Runnable
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
    private (System.Drawing.Size Size, bool BrowserFirst, bool Help) _arranged;

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

    internal BrowserPane Browser => _browser;

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

    protected override bool OnKeyDown(Key key)
    {
        if (_prompt.IsAsking && key == Key.Esc)
        {
            _prompt.Cancel();
            return true;
        }

        if (key == Key.Esc)
        {
            // Esc never quits here: it closes help, or does nothing.
            if (_help.Visible)
            {
                ToggleHelp();
            }

            return true;
        }

        if (GlobalKey(key))
        {
            return true;
        }

        if (_help.Visible || _prompt.IsAsking || key.IsCtrl || key.IsAlt)
        {
            return base.OnKeyDown(key);
        }

        return ResultsKey(key) || base.OnKeyDown(key);
    }

    protected override bool OnIsRunningChanging(bool oldIsRunning, bool newIsRunning)
    {
        if (!newIsRunning && _workspace.HasUnsavedEdits && !_quitConfirmed)
        {
            RequestQuit();
            return true;
        }

        return base.OnIsRunningChanging(oldIsRunning, newIsRunning);
    }

    /// <summary>Quits, asking first about unsaved edits: save them as a child, drop them, or stay.</summary>
    public void RequestQuit()
    {
        if (!_workspace.HasUnsavedEdits)
        {
            Stop();
            return;
        }

        _prompt.Ask($"{Changes()} unsaved: s save as child first, q quit without saving, Esc stay", "sq", answer =>
        {
            if (answer == 'q')
            {
                Stop();
            }
            else
            {
                Save(thenQuit: true);
            }
        });
    }

    private void Stop()
    {
        _quitConfirmed = true;
        App?.RequestStop(this);
    }

    private bool GlobalKey(Key key)
    {
        if (key == Key.F5)
        {
            _results.SetFocus();
        }
        else if (key == Key.S.WithCtrl)
        {
            Save();
        }
        else if (key == Key.E.WithCtrl)
        {
            Export();
        }
        else if (key == Key.O.WithCtrl || key == Key.F8)
        {
            OpenFolder();
        }
        else if (key == Key.Q.WithCtrl)
        {
            RequestQuit();
        }
        else if (key == Key.Z.WithCtrl)
        {
            _workspace.Edit(e => e.Undo());
        }
        else if (key == Key.Y.WithCtrl)
        {
            _workspace.Edit(e => e.Redo());
        }
        else
        {
            return false;
        }

        return true;
    }

    private bool ResultsKey(Key key)
    {
        var results = _workspace.Results;
        var rune = key.AsRune.Value;
        string? said = rune switch
        {
            'm' => results.CycleMetric(+1),
            'M' => results.CycleMetric(-1),
            'c' => results.CycleCity(+1),
            'C' => results.CycleCity(-1),
            '[' => results.ShiftFirstYear(-1),
            ']' => results.ShiftFirstYear(+1),
            '{' => results.ShiftLastYear(-1),
            '}' => results.ShiftLastYear(+1),
            'a' => results.AllYears(),
            _ => null,
        };
        if (said is not null)
        {
            _workspace.Say(said);
            return true;
        }

        switch (rune)
        {
            case 't':
                ToggleTable();
                return true;
            case 'y':
                _prompt.Input("Years (e.g. 1995-2005, empty for all):", results.YearsText, text =>
                {
                    var outcome = results.SetYears(text);
                    _workspace.Say(outcome.Message, outcome.Accepted ? MessageKind.Info : MessageKind.Error);
                });
                return true;
            default:
                return false;
        }
    }

    private void ToggleTable()
    {
        _workspace.Results.ToggleTable();
        _workspace.Say(_workspace.Results.ShowTable ? "showing the table" : "showing the chart");
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

    private void Save() => Save(thenQuit: false);

    private void Save(bool thenQuit)
    {
        if (_workspace.Editor is null)
        {
            _workspace.Say("nothing to save: open a scenario first", MessageKind.Error);
            return;
        }

        _prompt.Input("Save child as:", DisplayPath.Of(_workspace.SuggestChildPath()), path =>
        {
            void Done(bool saved)
            {
                if (saved)
                {
                    _browser.ShowLibrary();
                    if (thenQuit)
                    {
                        Stop();
                    }
                }
            }

            if (File.Exists(Path.GetFullPath(path)))
            {
                _prompt.Ask($"{path} exists: y replace it, n or Esc keep it", "yn", answer =>
                {
                    if (answer == 'y')
                    {
                        Done(_workspace.SaveChild(path, overwrite: true).Accepted);
                    }
                });
                return;
            }

            Done(_workspace.SaveChild(path).Accepted);
        });
    }

    private void Export()
    {
        if (!_workspace.Results.HasResults)
        {
            _workspace.Say("no results to export yet", MessageKind.Error);
            return;
        }

        _prompt.Input("Export CSV to:", DisplayPath.Of(_workspace.SuggestExportPath()), path => _workspace.ExportCsv(path));
    }

    private void OpenFolder() =>
        _prompt.Input("Open folder:", DisplayPath.Of(Environment.CurrentDirectory), path =>
        {
            if (_workspace.Library.AddFolder(path) is { } problem)
            {
                _workspace.Say(problem, MessageKind.Error);
                return;
            }

            _browser.ShowLibrary();
            _workspace.Say($"added {path}");
            ShowLeft(browser: true);
        });

    private string Changes()
    {
        var count = _workspace.Editor?.ChangeCount ?? 0;
        return string.Create(CultureInfo.InvariantCulture, $"{count} change{(count == 1 ? "" : "s")}");
    }

    /// <summary>Places the panes for the current size: one left pane at a time on short screens, both stacked on tall ones.</summary>
    private void ArrangePanes()
    {
        var size = Viewport.Size;

        // Setting a position or size asks for another layout; only do it when something changed.
        if (_arranged == (size, _browserFirst, _help.Visible))
        {
            return;
        }

        _arranged = (size, _browserFirst, _help.Visible);
        var leftWidth = Math.Clamp(size.Width * 42 / 100, Math.Min(30, size.Width), 60);
        var bodyTop = 1;
        var bodyHeight = Math.Max(3, size.Height - 3);
        var stacked = size.Height >= StackedHeight;
        _browser.X = 0;
        _editor.X = 0;
        _browser.Width = leftWidth;
        _editor.Width = leftWidth;
        if (stacked)
        {
            var browserHeight = bodyHeight * 35 / 100;
            _browser.Visible = true;
            _editor.Visible = true;
            _browser.Y = bodyTop;
            _browser.Height = browserHeight;
            _editor.Y = bodyTop + browserHeight;
            _editor.Height = bodyHeight - browserHeight;
        }
        else
        {
            _browser.Visible = _browserFirst;
            _editor.Visible = !_browserFirst;
            _browser.Y = bodyTop;
            _editor.Y = bodyTop;
            _browser.Height = bodyHeight;
            _editor.Height = bodyHeight;
        }

        _results.X = leftWidth;
        _results.Y = bodyTop;
        _results.Width = Math.Max(1, size.Width - leftWidth);
        _results.Height = bodyHeight;
        _help.X = 0;
        _help.Y = bodyTop;
        _help.Width = size.Width;
        _help.Height = bodyHeight;
    }
}
