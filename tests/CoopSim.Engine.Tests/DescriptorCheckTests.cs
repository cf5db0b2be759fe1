using CoopSim.Abstractions;
using CoopSim.Engine.Plugins;

namespace CoopSim.Engine.Tests;

public sealed class DescriptorCheckTests
{
    private static SectorDescriptor Valid(Func<SectorDescriptor, SectorDescriptor>? change = null)
    {
        var descriptor = new SectorDescriptor
        {
            Id = "sector",
            DisplayName = "Sector",
            Version = new Version(1, 0),
            ContractVersion = ContractVersion.Current,
            Parameters = [new ParameterDeclaration("rate", "fraction", 0.5, 0, 1, "A rate.")],
            Metrics = [new MetricDeclaration("value", "t/day", "A value.")],
        };
        return change is null ? descriptor : change(descriptor);
    }

    private static SectorDescriptor With(
        SectorDescriptor d, IReadOnlyList<ParameterDeclaration>? parameters = null, IReadOnlyList<MetricDeclaration>? metrics = null, string? id = null) => new()
        {
            Id = id ?? d.Id,
            DisplayName = d.DisplayName,
            Version = d.Version,
            ContractVersion = d.ContractVersion,
            Parameters = parameters ?? d.Parameters,
            Metrics = metrics ?? d.Metrics,
        };

    [Fact]
    public void A_sound_declaration_has_no_problems() => Assert.Empty(DescriptorCheck.Problems(Valid(), null));

    [Fact]
    public void Nonsense_declarations_are_all_reported()
    {
        var d = Valid(v => With(v,
            id: "Bad Id",
            parameters: [new("rate", "fraction", 0.5, 1, 0, "min above max"), new("rate", "fraction", 2, 0, 1, "twice, default outside")],
            metrics: [new("value", "", "no unit"), new("value", "t", "twice")]));

        var problems = DescriptorCheck.Problems(d, null);

        Assert.Contains(problems, p => p.Contains("sector id 'Bad Id'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("minimum 1 is greater than maximum 0", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("parameter 'rate' is declared twice", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("default 2 lies outside [0, 1]", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("metric 'value' has no unit", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("metric 'value' is declared twice", StringComparison.Ordinal));
    }

    [Fact]
    public void A_declared_contract_that_disagrees_with_the_compiled_one_is_reported()
    {
        Assert.Contains(DescriptorCheck.Problems(Valid(), builtAgainst: new Version(2, 0)),
            p => p.Contains($"declares contract {ContractVersion.Current.ToString(2)} but was compiled against 2.0", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plugin_with_a_nonsense_declaration_is_refused_from_the_catalog()
    {
        var catalog = PluginCatalog.FromPlugins([new FakeSector(Valid(v => With(v, metrics: [])), _ => _ => { })]);

        Assert.Empty(catalog.Sectors);
        Assert.Contains("declares no metrics", Assert.Single(catalog.Refusals).Reason, StringComparison.Ordinal);
    }
}
