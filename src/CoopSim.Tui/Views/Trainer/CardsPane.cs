using System.Globalization;
using CoopSim.Engine.Reporting;
using CoopSim.Workshops;
using CoopSim.Tui.ViewModels.Trainer;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace CoopSim.Tui.Views.Trainer;

/// <summary>
/// The selected team's cards this round: Space ticks one, Enter enters the ticked cards as the team's
/// decision. A card that cannot be played is marked ✗ and says why; the ticked cards are checked as
/// they would be entered, and every reason they cannot be is shown under the list.
/// </summary>
internal sealed class CardsPane : FrameView
{
    private readonly TrainerConsole _console;
    private readonly LineList _list = new();
    private readonly WrappedText _detail = new() { X = 0, Width = Dim.Fill() };
    private readonly WrappedText _draft = new() { X = 0, Width = Dim.Fill() };
    private IReadOnlyList<CardLine> _cards = [];

    public CardsPane(TrainerConsole console)
    {
        _console = console;
        Title = "Cards (F4)";
        CanFocus = true;
        var list = _list.View;
        list.X = 0;
        list.Y = 0;
        list.Width = Dim.Fill();

        // The list takes the rows its cards need, the decision under it the rows its reasons need (up
        // to 6), and the selected card's details what is left between them.
        list.Height = Dim.Func(_ => ListRows());
        list.ValueChanged += (_, _) => ShowDetail();
        list.KeyDown += OnKey;

        // Enter is taken by the key handler; what reaches Accepting is a double-click, which ticks.
        list.Accepting += (_, e) =>
        {
            if (_list.Selected >= 0 && _list.Selected < _cards.Count)
            {
                _console.ToggleCard(_cards[_list.Selected].Card.Id);
                e.Handled = true;
            }
        };
        _detail.Y = Pos.Bottom(list) + 1;
        _detail.Height = Dim.Func(_ => Math.Max(0, Viewport.Height - ListRows() - 1 - DraftRows()));
        _draft.Y = Pos.AnchorEnd();
        _draft.Height = Dim.Func(_ => DraftRows());
        Add(list, _detail, _draft);
    }

    internal ListView List => _list.View;

    /// <summary>What is shown under the cards: the ticked cards' check, or the entered decision.</summary>
    internal string DraftText => _draft.Content;

    public void FocusList() => _list.View.SetFocus();

    public void Show()
    {
        var team = _console.SelectedTeam;
        var title = team is null ? "Cards (F4)" : $"Cards (F4): {team.Name}";
        if (Title != title)
        {
            Title = title;
        }

        var count = _cards.Count;
        _cards = _console.Cards();
        if (count != _cards.Count)
        {
            SetNeedsLayout();
        }

        var cost = _cards.Select(c => c.Card.Cost).DefaultIfEmpty(0).Max();
        var costWidth = DisplayUnits.Format(cost, "USD").Length;
        var lines = _cards.Select(c =>
            $"{(c.Playable ? " " : "✗")}[{(c.Ticked ? "x" : " ")}] {DisplayUnits.Format(c.Card.Cost, "USD").PadLeft(costWidth)}  {c.Card.Name}").ToList();
        _list.Show(lines, Math.Max(0, _list.Selected));
        ShowDetail();
        var rows = DraftRows();
        ShowDraft();
        if (rows != DraftRows())
        {
            SetNeedsLayout();
        }
    }

    /// <summary>The rows the list takes: every card when they fit, else what leaves two rows of details and the decision.</summary>
    private int ListRows() => Math.Clamp(_cards.Count, 1, Math.Max(1, Viewport.Height - DraftRows() - 3));

    private int DraftRows() => Math.Clamp(WrappedText.Wrap(_draft.Content, Math.Max(1, Viewport.Width)).Count(), 2, 6);

    private void ShowDetail()
    {
        var index = _list.Selected;
        if (index < 0 || index >= _cards.Count)
        {
            _detail.Content = _console.Session.IsFinished ? "Every round has been played." : _console.SelectedTeam is null ? "Register a team (F2) to enter its cards." : "";
            return;
        }

        var line = _cards[index];
        var card = line.Card;
        var facts = new List<string> { $"{card.Name} ({card.Id}): {DisplayUnits.Format(card.Cost, "USD")} USD" };
        if (card.SectorId is { } sector)
        {
            facts.Add(card.Years > 1 ? string.Create(CultureInfo.InvariantCulture, $"{sector}, {card.Years} years") : sector);
        }

        if (card.Grant is { } grant)
        {
            facts.Add(string.Create(CultureInfo.InvariantCulture, $"grant of {DisplayUnits.Format(grant.Amount, "USD")} USD a round for {grant.Rounds} round(s) if approved (chance {grant.Approval:P0})"));
        }

        var text = $"{string.Join(", ", facts)}. {card.Description}";
        if (_console.Viewer == WorkshopViewer.Trainer && card.Lesson is { } lesson)
        {
            text += $" Lesson: {lesson}";
        }

        _detail.Content = line.Playable ? text : $"can't be played: it {line.Reason}. {text}";
        _detail.IsError = !line.Playable;
    }

    private void ShowDraft()
    {
        var check = _console.Draft();
        var team = _console.SelectedTeam;
        if (check is null || team is null)
        {
            _draft.IsError = false;
            _draft.Content = team is not null && !_console.Session.IsFinished
                ? "Participant view: decisions are hidden; F7 goes back to the trainer view to enter them."
                : "";
            return;
        }

        var pending = _console.Session.Pending(team.Id);
        var entered = pending is not null && pending.SequenceEqual(check.CardIds);
        var what = check.CardIds.Count == 0 ? "no card" : string.Join(", ", check.CardIds);
        var money = $"{DisplayUnits.Format(check.Cost, "USD")} of {DisplayUnits.Format(check.Available, "USD")} USD";
        if (!check.IsValid)
        {
            _draft.Content = $"refused: {string.Join("; ", check.Problems.Select(p => p.Text))}";
            _draft.IsError = true;
            return;
        }

        _draft.IsError = false;
        _draft.Content = entered
            ? $"entered: {what} ({money}). Backspace withdraws it."
            : check.CardIds.Count == 0
                ? $"Nothing ticked: Enter enters 'no card' for {team.Name}{(pending is null ? "" : " in place of the entered decision")}."
                : $"ticked: {what} ({money}). Enter enters it{(pending is null ? "" : " in place of the entered decision")}.";
    }

    private void OnKey(object? sender, Key key)
    {
        var index = _list.Selected;
        if (key == Key.Space && index >= 0 && index < _cards.Count)
        {
            _console.ToggleCard(_cards[index].Card.Id);
            key.Handled = true;
        }
        else if (key == Key.Enter)
        {
            _console.EnterDecision();
            key.Handled = true;
        }
        else if (key == Key.Backspace)
        {
            _console.WithdrawDecision();
            key.Handled = true;
        }
    }
}
