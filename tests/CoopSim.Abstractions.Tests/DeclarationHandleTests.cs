namespace CoopSim.Abstractions.Tests;

/// <summary>
/// Since contract 1.3 a model reads a parameter, and finds a metric, signal or technology, through
/// the declaration its descriptor lists, so each is declared once.
/// </summary>
public sealed class DeclarationHandleTests
{
    private static readonly ParameterDeclaration Coverage = new("initialCoverage", "fraction", 0.3, 0, 1, "Share drained in the start year.");
    private static readonly ParameterDeclaration Depth = new("pondDepth", "m", 2, 0.5, 5, "Depth of a retention pond.");
    private static readonly MetricDeclaration Flooded = new("floodedArea", "km2", "Area flooded in a design storm") { Minimum = 0 };
    private static readonly MetricDeclaration Drained = new("drainedShare", "fraction", "Share drained") { Minimum = 0, Maximum = 1 };
    private static readonly SignalDeclaration Published = new("drainedShare", "fraction", "Share drained") { Minimum = 0, Maximum = 1 };
    private static readonly SignalRead Awareness = new("awarenessIndex", Lagged: true);
    private static readonly TechnologyDeclaration Ponds = new("retentionPonds", "ponds", "Ponds built by a programme.");

    private static readonly SectorDescriptor Drainage = new()
    {
        Id = "drainage",
        DisplayName = "Urban drainage",
        Version = new Version(0, 1, 0),
        ContractVersion = ContractVersion.Current,
        Parameters = [Coverage, Depth],
        Metrics = [Flooded, Drained],
        Publishes = [Published],
        Reads = [Awareness],
        Technologies = [Ponds],
    };

    private static ModelSetup Setup() => new(
        Drainage,
        new CityFacts("city", "City", "Country", 1e6, 0.02),
        2000,
        2010,
        7,
        new Dictionary<string, double> { ["initialCoverage"] = 0.45, ["pondDepth"] = 2 });

    [Fact]
    public void A_parameter_read_through_its_declaration_gives_the_scenario_value()
    {
        var setup = Setup();

        Assert.Equal((0.45, 2.0), (setup.Parameter(Coverage), setup.Parameter(Depth)));
    }

    [Fact]
    public void A_declaration_gives_the_same_handle_as_its_id()
    {
        var setup = Setup();

        Assert.Equal(setup.Metric("drainedShare"), setup.Metric(Drained));
        Assert.Equal(setup.PublishedSignal("drainedShare"), setup.PublishedSignal(Published));
        Assert.Equal(setup.ReadSignal("awarenessIndex"), setup.ReadSignal(Awareness));
        Assert.Equal(setup.Technology("retentionPonds"), setup.Technology(Ponds));
    }

    [Fact]
    public void A_declaration_the_descriptor_does_not_list_is_refused_by_name()
    {
        var setup = Setup();

        var error = Assert.Throws<ArgumentException>(() => setup.Metric(new MetricDeclaration("overflows", "events", "Sewer overflows")));

        Assert.Contains("declares no metric 'overflows'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declaration_with_a_listed_id_but_another_range_is_refused()
    {
        var setup = Setup();
        var wider = Coverage with { Maximum = 2 };

        var error = Assert.Throws<ArgumentException>(() => setup.Parameter(wider));

        Assert.Contains("declares parameter 'initialCoverage' otherwise than the declaration given", error.Message, StringComparison.Ordinal);
    }
}
