using CoopSim.Tui.ViewModels;
using Terminal.Gui.Input;

namespace CoopSim.Tui.Views;

public sealed partial class MainView
{
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
}
