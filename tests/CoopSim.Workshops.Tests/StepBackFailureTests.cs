using CoopSim.Abstractions;
using CoopSim.Engine.Plugins;
using CoopSim.Tests.Shared;

namespace CoopSim.Workshops.Tests;

/// <summary>
/// Stepping back replays the earlier rounds. If that replay fails (a plugin that now throws or runs
/// past its time limit), nothing is undone: the class carries on from where it was.
/// </summary>
public sealed class StepBackFailureTests
{
    [Fact]
    public void A_step_back_whose_replay_fails_undoes_nothing_and_says_why()
    {
        var water = new SwitchableSector(BundledPlugins.Catalog.Find("water")!.Plugin);
        var catalog = PluginCatalog.FromPlugins([water]);
        var compilation = ExerciseCompiler.Load(Workshops.ExercisePath(Workshops.PhnomPenh), catalog);
        Assert.True(compilation.IsValid, string.Join(Environment.NewLine, compilation.Problems));
        var session = WorkshopSession.Start(compilation.Exercise!, catalog);
        Assert.Null(session.RegisterTeam("Blue").Problem);
        Workshops.Decide(session, "Blue", "water-audit");
        Workshops.Advance(session);
        Workshops.Decide(session, "Blue", "blocks-pilot");
        Workshops.Advance(session);
        Workshops.Decide(session, "Blue");
        var before = Workshops.Snapshot(session);

        water.Failing = true;
        var outcome = session.StepBack();

        Assert.False(outcome.SteppedBack);
        Assert.StartsWith("replaying the earlier rounds failed, so nothing was undone", Assert.Single(outcome.Problems), StringComparison.Ordinal);
        Assert.Equal(2, session.RoundsPlayed);
        Assert.Equal([], session.Pending("blue"));
        Assert.Equal(before.Select(s => s.Key), Workshops.Snapshot(session).Select(s => s.Key));
        Assert.Equal(before.Select(s => s.Values), Workshops.Snapshot(session).Select(s => s.Values));

        water.Failing = false;
        Assert.True(session.StepBack().SteppedBack);
        Assert.Equal(1, session.RoundsPlayed);
        Assert.Equal(["blocks-pilot"], session.Pending("blue"));
    }

    /// <summary>The bundled water sector, made to fail in every step while <see cref="Failing"/> is set.</summary>
    private sealed class SwitchableSector(ISectorPlugin inner) : ISectorPlugin
    {
        public bool Failing { get; set; }

        public SectorDescriptor Descriptor => inner.Descriptor;

        public ISectorModel CreateModel(ModelSetup setup) => new Model(this, inner.CreateModel(setup));

        private sealed class Model(SwitchableSector owner, ISectorModel inner) : ISectorModel
        {
            public void Step(StepContext context)
            {
                if (owner.Failing)
                {
                    throw new InvalidOperationException("the water plugin now fails");
                }

                inner.Step(context);
            }
        }
    }
}
