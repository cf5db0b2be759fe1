namespace CoopSim.Tui.ViewModels.Trainer;

/// <summary>What a projector page shows: the round and its events, the league's key numbers, or one chart.</summary>
public enum ProjectorPageKind
{
    Round,
    League,
    Chart,
}

/// <summary>
/// Projector mode: one big thing at a time, for a class reading from the back of a room. The pages
/// are the round (briefing and the events revealed so far), the league with its key numbers in block
/// digits, and a chart per score and of budget spent, each filling the screen. Participants' view
/// only: no future events, no team's pending cards.
/// </summary>
public sealed class ProjectorPages(Standings standings)
{
    public bool IsOn { get; private set; }

    public int Page { get; private set; }

    /// <summary>The round, the league, then each chart.</summary>
    public int Count => 2 + standings.ChartTitles.Count;

    public ProjectorPageKind Kind => Page switch
    {
        0 => ProjectorPageKind.Round,
        1 => ProjectorPageKind.League,
        _ => ProjectorPageKind.Chart,
    };

    /// <summary>On a chart page, the chart's index in <see cref="Standings.ChartTitles"/>.</summary>
    public int ChartIndex => Math.Max(0, Page - 2);

    public string Title => Kind switch
    {
        ProjectorPageKind.Round => "Round",
        ProjectorPageKind.League => "League",
        _ => standings.ChartTitles[ChartIndex],
    };

    public void Toggle() => IsOn = !IsOn;

    public void Turn(int delta) => Page = (((Page + delta) % Count) + Count) % Count;

    /// <summary>Goes to a page by kind (the first chart for <see cref="ProjectorPageKind.Chart"/>).</summary>
    public void Show(ProjectorPageKind kind) => Page = (int)kind;
}
