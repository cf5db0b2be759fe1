using Terminal.Gui.Input;

namespace CoopSim.Tui.Views.Trainer;

/// <summary>The console's function keys, and the few keys projector mode answers to.</summary>
public sealed partial class TrainerView
{
    private bool GlobalKey(Key key)
    {
        if (key == Key.F1)
        {
            ToggleHelp();
        }
        else if (key == Key.F2)
        {
            RegisterTeam();
        }
        else if (key == Key.F3)
        {
            // Again, on a short screen: the events, which share the place there.
            if (Viewport.Height < TallHeight && _teams.Visible && _teams.HasFocus)
            {
                ShowEvents();
            }
            else
            {
                ShowTeams();
            }
        }
        else if (key == Key.F4)
        {
            ShowCards();
        }
        else if (key == Key.F5)
        {
            _console.PlayRound();
        }
        else if (key == Key.F6)
        {
            ToggleStandings();
        }
        else if (key == Key.F7)
        {
            _console.ToggleViewer();
        }
        else if (key == Key.F8)
        {
            ToggleProjector();
        }
        else if (key == Key.F9 || key == Key.B.WithCtrl)
        {
            StepBack();
        }
        else if (key == Key.F10 || key == Key.Q.WithCtrl)
        {
            RequestQuit();
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>While the class is watching only paging, playing, stepping back, leaving and quitting work; other keys do nothing.</summary>
    private bool ProjectorKey(Key key)
    {
        if (key == Key.CursorRight || key == Key.PageDown || key == Key.Space)
        {
            _console.Projector.Turn(+1);
            _projector.Show();
        }
        else if (key == Key.CursorLeft || key == Key.PageUp)
        {
            _console.Projector.Turn(-1);
            _projector.Show();
        }
        else if (key == Key.F5)
        {
            _console.PlayRound();
        }
        else if (key == Key.F9 || key == Key.B.WithCtrl)
        {
            StepBack();
        }
        else if (key == Key.F8)
        {
            ToggleProjector();
        }
        else if (key == Key.F10 || key == Key.Q.WithCtrl)
        {
            RequestQuit();
        }

        return true;
    }
}
