using CoopSim.Engine.Diagnostics;
using CoopSim.Tui.ViewModels;

namespace CoopSim.Tui.Views;

public sealed partial class MainView
{
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
                _workspace.DiscardUnsavedEdits();
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
}
