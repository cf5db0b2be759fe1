namespace CoopSim.Tui.Views.Trainer;

/// <summary>Where each pane goes for the screen's size: side by side from <see cref="WideWidth"/>, stacked from <see cref="TallHeight"/>.</summary>
public sealed partial class TrainerView
{
    private (System.Drawing.Size Size, bool Events, bool Standings, bool Help, bool Projector, int RoundRows, int Teams) _arranged;

    /// <summary>Places the panes for the current size and mode.</summary>
    private void ArrangePanes()
    {
        var size = Viewport.Size;
        var projector = _console.Projector.IsOn;
        var roundHeight = _round.HeightFor(size.Width, size.Height >= TallHeight ? 7 : 5);
        var teams = _console.Session.Teams.Count;
        if (_arranged == (size, _showEvents, _showStandings, _help.Visible, projector, roundHeight, teams))
        {
            return;
        }

        _arranged = (size, _showEvents, _showStandings, _help.Visible, projector, roundHeight, teams);
        var normal = !projector;
        _header.Visible = normal;
        _round.Visible = normal;
        _status.Visible = normal;
        _projector.Visible = projector;
        if (projector)
        {
            _teams.Visible = _events.Visible = _cards.Visible = _standings.Visible = false;
            _help.Visible = false;
            _projector.X = 0;
            _projector.Y = 0;
            _projector.Width = size.Width;
            _projector.Height = Math.Max(1, size.Height - 1);
            _prompt.Y = Math.Max(0, size.Height - 1);
            return;
        }

        _prompt.Y = Math.Max(0, size.Height - 2);
        _round.X = 0;
        _round.Y = 1;
        _round.Width = size.Width;
        _round.Height = roundHeight;
        var bodyTop = 1 + roundHeight;
        var bodyHeight = Math.Max(3, size.Height - bodyTop - 2);
        var wide = size.Width >= WideWidth;
        var leftWidth = wide ? Math.Clamp(size.Width * 23 / 100, 26, 40) : Math.Clamp(size.Width * 34 / 100, Math.Min(24, size.Width), 34);
        var stacked = size.Height >= TallHeight;
        _teams.X = _events.X = 0;
        _teams.Width = _events.Width = leftWidth;
        if (stacked)
        {
            var teamsHeight = Math.Clamp(teams + 5, 7, Math.Max(7, bodyHeight - 6));
            _teams.Visible = _events.Visible = true;
            _teams.Y = bodyTop;
            _teams.Height = teamsHeight;
            _events.Y = bodyTop + teamsHeight;
            _events.Height = Math.Max(3, bodyHeight - teamsHeight);
        }
        else
        {
            _teams.Visible = !_showEvents;
            _events.Visible = _showEvents;
            _teams.Y = _events.Y = bodyTop;
            _teams.Height = _events.Height = bodyHeight;
        }

        var rightWidth = Math.Max(1, size.Width - leftWidth);
        if (wide)
        {
            var cardsWidth = rightWidth / 2;
            _cards.Visible = _standings.Visible = true;
            _cards.X = leftWidth;
            _cards.Width = cardsWidth;
            _standings.X = leftWidth + cardsWidth;
            _standings.Width = rightWidth - cardsWidth;
        }
        else
        {
            _cards.Visible = !_showStandings;
            _standings.Visible = _showStandings;
            _cards.X = _standings.X = leftWidth;
            _cards.Width = _standings.Width = rightWidth;
        }

        _cards.Y = _standings.Y = bodyTop;
        _cards.Height = _standings.Height = bodyHeight;
        _help.X = 0;
        _help.Y = 1;
        _help.Width = size.Width;
        _help.Height = Math.Max(3, size.Height - 3);
    }
}
