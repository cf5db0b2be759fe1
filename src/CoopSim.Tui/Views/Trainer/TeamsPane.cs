using CoopSim.Tui.ViewModels.Trainer;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoopSim.Tui.Views.Trainer;

/// <summary>The teams and where each stands in the round; the selected team's cards are shown in the Cards pane, its budget below.</summary>
internal sealed class TeamsPane : FrameView
{
    private readonly TrainerConsole _console;
    private readonly LineList _list = new();
    private readonly WrappedText _detail = new() { X = 0, Width = Dim.Fill(), Height = 3 };

    public TeamsPane(TrainerConsole console)
    {
        _console = console;
        Title = "Teams (F3)";
        CanFocus = true;
        var list = _list.View;
        list.X = 0;
        list.Y = 0;
        list.Width = Dim.Fill();
        list.Height = Dim.Fill(3);
        list.ValueChanged += (_, _) =>
        {
            var teams = _console.Session.Teams;
            if (_list.Selected >= 0 && _list.Selected < teams.Count)
            {
                _console.SelectTeam(teams[_list.Selected].Id);
            }
        };
        list.KeyDown += OnKey;
        list.Accepting += (_, e) =>
        {
            CardsRequested?.Invoke();
            e.Handled = true;
        };
        _detail.Y = Pos.AnchorEnd(3);
        Add(list, _detail);
    }

    /// <summary>Enter on a team: go to its cards.</summary>
    public event Action? CardsRequested;

    /// <summary>Delete on a team: the console asks first.</summary>
    public event Action<string>? RemoveRequested;

    internal ListView List => _list.View;

    public void FocusList() => _list.View.SetFocus();

    public void Show()
    {
        var teams = _console.Teams();
        var width = Math.Max(4, teams.Select(t => t.Name.Length).DefaultIfEmpty(4).Max());
        var lines = teams.Select(t => $"{(t.HasDecided ? "✓" : "·")} {t.Name.PadRight(width)}  {t.Status}").ToList();
        var selected = teams.ToList().FindIndex(t => t.Id == _console.SelectedTeamId);
        _list.Show(lines, selected);
        var title = $"Teams (F3): {teams.Count(t => t.HasDecided)}/{teams.Count} decided";
        if (Title != title)
        {
            Title = title;
        }

        _detail.Content = Detail();
    }

    private string Detail()
    {
        if (_console.SelectedTeam is not { } team)
        {
            return _console.Session.RoundsPlayed == 0 ? "No team yet: F2 registers one (2 to 8 in a class)." : "";
        }

        if (_console.Session.IsFinished)
        {
            return $"{team.Name}: every round played.";
        }

        var budget = _console.Session.Ledger(team.Id).Budget(_console.Session.RoundsPlayed);
        var parts = new List<string> { $"base {TrainerConsole.Usd(budget.Base)}" };
        if (budget.CarriedOver > 0)
        {
            parts.Add($"carried {TrainerConsole.Usd(budget.CarriedOver)}");
        }

        var grants = budget.Grants.Sum(g => g.Amount);
        if (budget.Grants.Count > 0)
        {
            parts.Add($"grants {TrainerConsole.Usd(grants)}");
        }

        if (budget.FromEvents != 0)
        {
            parts.Add($"events {(budget.FromEvents > 0 ? "+" : "")}{TrainerConsole.Usd(budget.FromEvents)}");
        }

        return $"{team.Name} has {TrainerConsole.Usd(budget.Available)} this round ({string.Join(", ", parts)}).";
    }

    private void OnKey(object? sender, Key key)
    {
        var teams = _console.Session.Teams;
        if (key == Key.Enter)
        {
            CardsRequested?.Invoke();
            key.Handled = true;
        }
        else if (key == Key.Delete && _list.Selected >= 0 && _list.Selected < teams.Count)
        {
            RemoveRequested?.Invoke(teams[_list.Selected].Id);
            key.Handled = true;
        }
    }
}
