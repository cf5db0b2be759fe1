using CoopSim.Tests.Shared;

namespace CoopSim.Workshops.Tests;

/// <summary>Changes made to one session file at once take turns, so none is lost; one that cannot get its turn is told.</summary>
public sealed class SessionLockTests : IDisposable
{
    private static readonly Exercise PhnomPenh = Workshops.Load(Workshops.PhnomPenh);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string SessionPath => Path.Combine(_folder.Path, "class.session.json");

    [Fact]
    public void Decisions_entered_at_once_on_one_session_file_are_all_kept()
    {
        Workshops.Start(PhnomPenh, savePath: SessionPath, teams: ["Blue", "Green", "Red"]);
        var decisions = new[] { ("Blue", "water-audit"), ("Green", "trainees-10"), ("Red", "water-audit") };
        using var go = new Barrier(decisions.Length);

        // Each change reads the file, decides and saves, as a 'workshop decide' command does.
        Parallel.ForEach(decisions, new ParallelOptions { MaxDegreeOfParallelism = decisions.Length }, decision =>
        {
            go.SignalAndWait();
            using var hold = SessionLock.Acquire(SessionPath);
            var session = WorkshopSession.Resume(SessionPath, BundledPlugins.Catalog).Session!;
            Workshops.Decide(session, decision.Item1, decision.Item2);
        });

        var saved = WorkshopSession.Resume(SessionPath, BundledPlugins.Catalog).Session!;
        foreach (var (team, card) in decisions)
        {
            Assert.Equal([card], saved.Pending(WorkshopTeam.IdFor(team)));
        }
    }

    [Fact]
    public void A_change_that_cannot_get_its_turn_is_refused_naming_the_session()
    {
        Workshops.Start(PhnomPenh, savePath: SessionPath, teams: ["Blue"]);
        using var elsewhere = SessionLock.Acquire(SessionPath);

        var refused = Assert.Throws<SessionBusyException>(() => SessionLock.Acquire(SessionPath, TimeSpan.FromMilliseconds(200)));

        Assert.Contains("class.session.json' is being changed by another coopsim", refused.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was changed, try again", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_released_session_can_be_changed_again()
    {
        Workshops.Start(PhnomPenh, savePath: SessionPath, teams: ["Blue"]);
        SessionLock.Acquire(SessionPath).Dispose();

        using var again = SessionLock.Acquire(SessionPath, TimeSpan.Zero);

        Assert.True(File.Exists(SessionLock.PathFor(SessionPath)));
    }
}
