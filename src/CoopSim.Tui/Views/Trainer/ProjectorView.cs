using CoopSim.Tui.Charts;
using CoopSim.Tui.ViewModels.Trainer;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace CoopSim.Tui.Views.Trainer;

/// <summary>
/// Projector mode: one page fills the screen in high contrast. The round page shows the round in
/// block digits, its briefing and the events revealed so far; the league page each team's rank and
/// key number in block digits (as large as the screen allows); a chart page one chart. Only what
/// participants may see is drawn.
/// </summary>
internal sealed class ProjectorView : View
{
    private readonly TrainerConsole _console;
    private readonly LineChartView _chart = new() { X = 0, Y = 2, Width = Dim.Fill(), Height = Dim.Fill(1) };

    public ProjectorView(TrainerConsole console)
    {
        _console = console;
        CanFocus = true;
        SetScheme(Theme.Projector);
        Add(_chart);
    }

    internal LineChartView Chart => _chart;

    public void Show()
    {
        var pages = _console.Projector;
        var onChart = pages.Kind == ProjectorPageKind.Chart;
        _chart.Visible = onChart;
        if (onChart)
        {
            _chart.Model = _console.Standings.Chart(pages.ChartIndex);
        }

        SetNeedsDraw();
    }

    protected override bool OnDrawingContent(DrawContext? context)
    {
        var size = Viewport.Size;
        var normal = GetAttributeForRole(VisualRole.Normal);
        SetAttribute(normal);
        for (var y = 0; y < size.Height; y++)
        {
            AddStr(0, y, new string(' ', size.Width));
        }

        var pages = _console.Projector;
        switch (pages.Kind)
        {
            case ProjectorPageKind.Round:
                DrawRound(size.Width, size.Height - 1);
                break;
            case ProjectorPageKind.League:
                DrawLeague(size.Width, size.Height - 1);
                break;
            default:
                Line(0, 0, size.Width, _chart.Model.Title, highlight: true);
                break;
        }

        Line(0, size.Height - 1, size.Width, $"◀ ▶ page {pages.Page + 1} of {pages.Count}: {pages.Title}   Esc: back to the console");
        return true;
    }

    private void DrawRound(int width, int height)
    {
        var session = _console.Session;
        Line(0, 0, width, session.Exercise.Name, highlight: true);
        var y = 2;
        var round = session.CurrentRound;
        var number = round is null ? $"{session.Exercise.Rounds.Count}/{session.Exercise.Rounds.Count}" : $"{round.Index + 1}/{session.Exercise.Rounds.Count}";
        var size = BigText.Fit(number, width / 2, Math.Max(1, height - 8));
        var big = BigText.Render(number, size);
        for (var i = 0; i < big.Count; i++)
        {
            Line(0, y + i, width, big[i], highlight: true);
        }

        var label = round is null ? "every round played" : $"{round.Name}, {round.From}-{round.To}";
        var beside = BigText.Width(number, size) + 3;
        if (beside + label.Length <= width && size != BigTextSize.Plain)
        {
            Line(beside, y + (big.Count / 2), width - beside, label, highlight: true);
            y += big.Count + 1;
        }
        else
        {
            Line(0, y + big.Count, width, label, highlight: true);
            y += big.Count + 2;
        }

        var text = new List<string> { _console.Briefing, "" };
        var events = _console.EventsThisRound();
        text.AddRange(events.Select(e => $"▸ {e.Name}: {e.Text} ({e.State})"));
        if (round is not null && session.Teams.Count > 0)
        {
            var decided = session.Teams.Select(t => $"{t.Name} {(session.Pending(t.Id) is null ? "·" : "✓")}");
            text.Add("");
            text.Add("Decided: " + string.Join("   ", decided));
        }

        foreach (var line in text.SelectMany(t => WrappedText.Wrap(t, width)))
        {
            if (y >= height)
            {
                break;
            }

            Line(0, y++, width, line);
        }
    }

    /// <summary>
    /// Each team on a band: rank, name and its first score in block digits (as large as every band
    /// fits), the unit and targets met beside the number; the real city's value after the last round.
    /// </summary>
    private void DrawLeague(int width, int height)
    {
        var standings = _console.Standings;
        var score = _console.Exercise.Scores.FirstOrDefault();
        var unit = score is null ? "" : standings.ScoreUnits[0];
        var heading = score is null ? standings.LeagueTitle : $"{standings.LeagueTitle}: {score.Label} ({unit}), {(score.LowerIsBetter ? "lower" : "higher")} is better";
        Line(0, 0, width, heading, highlight: true);
        if (_console.Session.RoundsPlayed == 0)
        {
            Line(0, 2, width, "No round played yet.");
            return;
        }

        var rows = standings.Rows();
        var teams = rows.Where(r => !r.IsHistory).ToList();
        var history = rows.FirstOrDefault(r => r.IsHistory);
        var available = height - 2 - (history is null ? 0 : 2);
        var rankText = teams.Select(r => r.Rank).ToList();
        var valueText = teams.Select(r => r.Values.FirstOrDefault() ?? "-").ToList();
        var rankWidth = rankText.Max(t => t.Length);
        var valueWidth = valueText.Max(t => t.Length);
        var side = Math.Max(unit.Length, teams.Max(r => Targets(r).Length));
        const int gap = 2;
        const int leastName = 10;
        int Columns(int length, BigTextSize size) => BigText.Width(new string('8', length), size);
        var size = new[] { BigTextSize.Large, BigTextSize.Medium }.FirstOrDefault(s =>
                teams.Count * ((int)s + 1) <= available
                && Columns(rankWidth, s) + gap + leastName + gap + Columns(valueWidth, s) + 1 + side <= width,
            BigTextSize.Plain);
        var rankColumns = Columns(rankWidth, size);
        var valueColumns = Columns(valueWidth, size);
        var nameX = rankColumns + gap;
        var valueX = Math.Max(nameX + leastName + gap, width - side - 1 - valueColumns);
        var nameColumns = valueX - gap - nameX;
        var y = 2;
        for (var t = 0; t < teams.Count; t++)
        {
            var rank = BigText.Render(rankText[t].PadLeft(rankWidth), size);
            var value = BigText.Render(valueText[t].PadLeft(valueWidth), size);
            var nameSize = new[] { BigTextSize.Large, BigTextSize.Medium }.FirstOrDefault(s =>
                s <= size && BigText.CanDraw(teams[t].Team) && BigText.Width(teams[t].Team, s) <= nameColumns, BigTextSize.Plain);
            var name = BigText.Render(teams[t].Team, nameSize);
            for (var i = 0; i < rank.Count; i++)
            {
                Line(0, y + i, rankColumns, rank[i], highlight: true);
                Line(valueX, y + i, valueColumns, value[i], highlight: true);
                if (i < name.Count)
                {
                    Line(nameX, y + i, nameColumns, name[i], highlight: true);
                }
            }

            var besideX = valueX + valueColumns + 1;
            if (rank.Count > 1)
            {
                Line(besideX, y, side, unit);
                Line(besideX, y + rank.Count - 1, side, Targets(teams[t]));
            }
            else
            {
                Line(besideX, y, width - besideX, $"{unit}  {Targets(teams[t])}");
            }

            y += rank.Count + (size == BigTextSize.Plain ? 0 : 1);
        }

        if (history is not null && y + 1 < height)
        {
            Line(0, y + 1, width, $"{history.Team}: {history.Values.FirstOrDefault()} {unit}", highlight: true);
        }
    }

    private static string Targets(StandingRow row) => $"targets {row.Targets}";

    private void Line(int x, int y, int width, string text, bool highlight = false)
    {
        if (width <= 0 || x >= Viewport.Width || y >= Viewport.Height)
        {
            return;
        }

        SetAttribute(GetAttributeForRole(highlight ? VisualRole.Highlight : VisualRole.Normal));
        AddStr(x, y, text.Length > width ? text[..width] : text);
    }
}
