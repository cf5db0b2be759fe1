using CoopSim.Tests.Shared;
using FsCheck.Xunit;

namespace CoopSim.Workshops.Tests;

/// <summary>Seeded randomness and saved decisions: the same decisions always give the same results.</summary>
// Full tier: plays whole exercises with generated decisions.
[Trait("Tier", "Full")]
public sealed class ReplayTests
{
    private static readonly Exercise[] Exercises = Workshops.All().Select(Workshops.Load).ToArray();

    /// <summary>Plays every round with cards picked from what each team may play, in an order the choice seeds.</summary>
    private static WorkshopSession PlayRandomly(Exercise exercise, int seed, int choice, string? savePath = null, int? stopAfter = null)
    {
        var session = Workshops.Start(exercise, seed, savePath, "North", "South", "East");
        var random = new Random(choice);
        while (!session.IsFinished && session.RoundsPlayed < (stopAfter ?? int.MaxValue))
        {
            foreach (var team in session.Teams)
            {
                var cards = new List<string>();
                foreach (var option in session.Cards(team.Id).OrderBy(_ => random.Next()))
                {
                    if (random.Next(3) > 0 && session.Check(team.Id, [.. cards, option.Card.Id]).IsValid)
                    {
                        cards.Add(option.Card.Id);
                    }
                }

                Workshops.Decide(session, team.Name, [.. cards]);
            }

            Workshops.Advance(session);
        }

        return session;
    }

    [Property(MaxTest = 12)]
    public void Replaying_the_same_decisions_with_the_same_seed_gives_the_same_results(int seed, int choice, byte which)
    {
        var exercise = Exercises[which % Exercises.Length];

        var first = PlayRandomly(exercise, seed, choice);
        var second = PlayRandomly(exercise, seed, choice);

        Workshops.AssertSameResults(first, second);
        Assert.All(Workshops.Snapshot(first), s => Assert.All(s.Values, v => Assert.True(double.IsFinite(v), $"{s.Key}: {v}")));

        // Whatever was played: every team ranked once, ranks in order, no round spent beyond its money.
        var league = first.League();
        Assert.Equal(first.Teams.Select(t => t.Id).Order(), league.Rows.Select(r => r.Team.Id).Order());
        Assert.Equal(1, league.Rows[0].Rank);
        Assert.Equal(league.Rows.Select(r => r.Rank).Order(), league.Rows.Select(r => r.Rank));
        foreach (var team in first.Teams)
        {
            var ledger = first.Ledger(team.Id);
            Assert.All(Enumerable.Range(0, first.RoundsPlayed), r => Assert.True(ledger.Budget(r).Spent <= ledger.Budget(r).Available));
        }
    }

    [Property(MaxTest = 8)]
    public void A_saved_session_resumes_with_exactly_its_results(int seed, int choice, byte which)
    {
        var exercise = Exercises[which % Exercises.Length];
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "session.json");

        var played = PlayRandomly(exercise, seed, choice, path);
        var load = WorkshopSession.Resume(path, BundledPlugins.Catalog);

        Assert.True(load.Session is not null, string.Join(Environment.NewLine, load.Problems));
        Assert.Empty(load.Warnings);
        Workshops.AssertSameResults(played, load.Session);
        Assert.True(load.Session.IsFinished);
    }

    [Fact]
    public void Events_and_grants_are_drawn_from_the_seed_alone()
    {
        var exercise = Workshops.Load(Workshops.PhnomPenh);
        var e = exercise.Events.Single(x => x.Id == "staff-leave");

        var draws = Enumerable.Range(0, 400).Select(s => WorkshopRandom.EventOccurs(s, e)).ToList();

        Assert.Equal(draws, Enumerable.Range(0, 400).Select(s => WorkshopRandom.EventOccurs(s, e)));
        var share = draws.Count(d => d) / 400.0;
        Assert.InRange(share, 0.4, 0.6);
    }
}
