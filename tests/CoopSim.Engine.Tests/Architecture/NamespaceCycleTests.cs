namespace CoopSim.Engine.Tests.Architecture;

/// <summary>
/// The engine's namespaces depend one way, so each can be read (and moved) without the ones above it.
/// </summary>
public sealed class NamespaceCycleTests
{
    private static readonly NamespaceGraph Engine = NamespaceGraph.Of(typeof(AtomicFile).Assembly);

    [Fact]
    public void No_two_engine_namespaces_depend_on_each_other()
    {
        var cycles = Engine.Cycles();

        Assert.True(cycles.Count == 0, "namespace cycles in the engine:\n" + string.Join("\n", cycles));
    }

    [Fact]
    public void The_reader_sees_uses_in_method_bodies_lambdas_and_iterators()
    {
        var samples = NamespaceGraph.Of(typeof(NamespaceCycleTests).Assembly);
        const string body = "CoopSim.Engine.Tests.Architecture.BodyUser", callee = "CoopSim.Engine.Tests.Architecture.Callee";

        Assert.True(samples.Uses(body, callee));
        Assert.True(samples.Uses(callee, body));
        Assert.Contains(samples.Cycles(), c => c.StartsWith($"{body}, {callee}\n", StringComparison.Ordinal));
    }

    [Fact]
    public void The_engine_reads_as_layers()
    {
        // A run needs the scenario; the scenario needs the plugins; never the other way.
        Assert.True(Engine.Uses("CoopSim.Engine.Simulation", "CoopSim.Engine.Scenarios"));
        Assert.True(Engine.Uses("CoopSim.Engine.Scenarios", "CoopSim.Engine.Plugins"));
        Assert.True(Engine.Uses("CoopSim.Engine.Cooperation", "CoopSim.Engine.Scenarios"));
        Assert.False(Engine.Uses("CoopSim.Engine.Scenarios", "CoopSim.Engine.Simulation"));
    }

    [Fact]
    public void A_cycle_is_reported_with_the_uses_that_close_it()
    {
        var graph = NamespaceGraph.FromEdges("A->B", "B->C", "C->A", "C->D");

        var cycle = Assert.Single(graph.Cycles());

        Assert.StartsWith("A, B, C\n", cycle, StringComparison.Ordinal);
        Assert.Contains("C -> A: C uses A", cycle, StringComparison.Ordinal);
        Assert.DoesNotContain("D", cycle, StringComparison.Ordinal);
    }

    [Fact]
    public void One_way_uses_are_no_cycle()
    {
        Assert.Empty(NamespaceGraph.FromEdges("A->B", "B->C", "A->C").Cycles());
    }
}
