using System.Globalization;
using CoopSim.Workshops;

namespace CoopSim.Tui.ViewModels.Trainer;

/// <summary>An event as one line and its text: when it comes, and what the viewer may know about it.</summary>
/// <param name="Round">The round's index.</param>
/// <param name="RoundId">The round's id, such as "r2".</param>
/// <param name="Name">The event's name.</param>
/// <param name="State">For participants whom it reached; for the trainer also whether a future event will happen.</param>
/// <param name="Text">What the class is told.</param>
/// <param name="IsFuture">Not revealed yet: only the trainer sees it.</param>
public sealed record EventLine(int Round, string RoundId, string Name, string State, string Text, bool IsFuture)
{
    /// <summary>"r2 The council adds money".</summary>
    public string Title => $"{RoundId} {Name}";

    public override string ToString() => $"{Title}: {State}";
}

/// <summary>
/// The events as a viewer sees them, from <see cref="WorkshopSession.Events"/>: participants get only
/// events revealed so far that reached a team; the trainer gets every event, future ones with whether
/// this session's draw makes them happen.
/// </summary>
public static class EventLines
{
    public static IReadOnlyList<EventLine> For(WorkshopSession session, WorkshopViewer viewer)
    {
        ArgumentNullException.ThrowIfNull(session);
        var teams = session.Teams.Count;
        return session.Events(viewer).Select(view =>
        {
            var e = view.Event;
            string state;
            if (!view.Revealed)
            {
                var odds = e.Probability is > 0 and < 1 ? string.Create(CultureInfo.InvariantCulture, $" (chance {e.Probability:P0})") : "";
                var who = (e.IfPlayed.Count > 0 ? $", to teams that played {string.Join(" and ", e.IfPlayed)}" : "") +
                          (e.UnlessPlayed.Count > 0 ? $", except teams that played {string.Join(" or ", e.UnlessPlayed)}" : "");
                state = view.Happens ? $"will happen in {view.Round.Name}{who}{odds}; hidden from teams" : $"will not happen in this session{odds}";
            }
            else if (view.Reaches.Count == 0)
            {
                state = view.Happens ? "reached no team" : "did not happen";
            }
            else
            {
                state = view.Reaches.Count == teams ? "reached every team" : "reached " + string.Join(", ", view.Reaches.Select(t => t.Name));
            }

            return new EventLine(view.Round.Index, view.Round.Id, e.Name, state, e.Text ?? "", !view.Revealed);
        }).ToList();
    }
}
