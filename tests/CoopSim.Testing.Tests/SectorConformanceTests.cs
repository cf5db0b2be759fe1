using CoopSim.Abstractions;

namespace CoopSim.Testing.Tests;

/// <summary>The kit passes a sound sector and catches each kind of contract breach, naming the rule and a case.</summary>
public sealed class SectorConformanceTests
{
    private static readonly ConformanceOptions Quick = new() { Cases = 60 };

    private static ConformanceResult Rule(ConformanceReport report, string rule) => report.Results.Single(r => r.Rule == rule);

    private static ConformanceResult Failing(ConformanceReport report, string rule)
    {
        var result = Rule(report, rule);
        Assert.False(result.Passed, report.ToString());
        return result;
    }

    [Fact]
    public void A_sound_sector_passes_every_rule()
    {
        var report = SectorConformance.Verify(new KitSector());

        Assert.Equal(["declaration", "defaults", "contract", "determinism", "baseline", "allocation"], report.Results.Select(r => r.Rule));
        Assert.True(report.Passed, report.ToString());
    }

    [Fact]
    public void Infinity_at_the_edge_of_a_declared_parameter_range_is_caught()
    {
        var report = SectorConformance.Check(new KitSector((m, c) =>
        {
            m.Stock = m.Stock / m.Setup.Parameter("divisor");
            return false;
        }), Quick);

        var failure = Failing(report, "contract").Failure!;
        Assert.Contains("to metric 'stock'; metrics must be finite", failure, StringComparison.Ordinal);
        Assert.Contains("divisor = 0", failure, StringComparison.Ordinal);
        Assert.True(Rule(report, "defaults").Passed);
    }

    [Fact]
    public void A_value_outside_the_declared_range_is_caught_with_its_year()
    {
        var report = SectorConformance.Check(new KitSector((m, c) =>
        {
            m.Share = c.Cooperation.Capacity > 0.9 ? 1.5 : m.Share;
            return false;
        }), Quick);

        Assert.Matches(@"in \d{4} \(year index \d+\): wrote 1\.5 to metric 'share', outside its declared range \[0, 1\]", Failing(report, "contract").Failure);
    }

    [Fact]
    public void A_metric_left_unwritten_in_some_years_is_caught()
    {
        var report = SectorConformance.Check(new KitSector((m, c) => c.TechnologyAdopted(default) > 50), Quick);

        Assert.Contains("did not write metric 'share'", Failing(report, "contract").Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_published_signal_left_out_is_caught()
    {
        var report = SectorConformance.Check(new KitSector((m, c) =>
        {
            c.WriteMetric(m.ShareHandle, m.Share);
            c.WriteMetric(m.StockHandle, m.Stock);
            return true;
        }), Quick);

        Assert.Contains("did not publish signal 'shareIndex'", Failing(report, "defaults").Failure, StringComparison.Ordinal);
        Assert.Contains("did not publish signal 'shareIndex'", Failing(report, "contract").Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_signal_is_fed_values_from_its_declared_range()
    {
        var report = SectorConformance.Check(new KitSector((m, c) => m.Stock > 1000 ? throw new InvalidOperationException("stock overflow") : false), Quick);

        Assert.Contains("the step threw InvalidOperationException: stock overflow", Failing(report, "contract").Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_without_a_range_is_tested_only_as_absent_and_the_report_says_so()
    {
        var declaration = KitSector.Declaration;
        var unbounded = new SectorDescriptor
        {
            Id = declaration.Id, DisplayName = declaration.DisplayName, Version = declaration.Version, ContractVersion = declaration.ContractVersion,
            Parameters = declaration.Parameters, Metrics = declaration.Metrics, Publishes = declaration.Publishes, Technologies = declaration.Technologies,
            Reads = [new SignalRead("inflow")],
        };

        var report = SectorConformance.Verify(new KitSector(descriptor: unbounded), Quick);

        Assert.Contains(Rule(report, "contract").Notes, n => n.StartsWith("read signal 'inflow' declares no finite range", StringComparison.Ordinal));
    }

    [Fact]
    public void Randomness_not_drawn_from_the_seed_is_caught()
    {
        var report = SectorConformance.Check(new KitSector((m, c) =>
        {
            m.Stock += Random.Shared.NextDouble();
            return false;
        }), Quick);

        Assert.Contains("two runs of the same case differ", Failing(report, "determinism").Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void State_kept_in_the_plugin_instance_rather_than_the_model_is_caught()
    {
        var report = SectorConformance.Check(new PluginStateSector(), Quick);

        Assert.Contains("a model stepped beside another model of the same plugin gives other results", Failing(report, "determinism").Failure,
            StringComparison.Ordinal);
        Assert.True(Rule(report, "contract").Passed, report.ToString());
    }

    [Fact]
    public void An_outcome_that_follows_the_mere_existence_of_a_programme_is_caught()
    {
        var report = SectorConformance.Check(new KitSector((m, c) =>
        {
            m.Share = c.Cooperation.ActivePhases > 0 ? Math.Min(1, m.Share + 0.01) : m.Share;
            return false;
        }), Quick);

        var failure = Failing(report, "baseline").Failure!;
        Assert.Contains("programmes exist but give nothing differs from a run with no programme", failure, StringComparison.Ordinal);
        Assert.True(Rule(report, "contract").Passed, report.ToString());
    }

    [Fact]
    public void Allocation_in_a_warm_step_is_caught()
    {
        var report = SectorConformance.Check(new KitSector((m, c) =>
        {
            var scratch = new double[16];
            m.Stock += scratch.Length * 0;
            return false;
        }), Quick);

        Assert.Contains("allocated", Failing(report, "allocation").Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_that_never_returns_is_reported_when_the_time_limit_passes()
    {
        using var gate = new ManualResetEventSlim();
        var report = SectorConformance.Check(new KitSector((m, c) => c.YearIndex == 3 && gate.Wait(Timeout.Infinite)),
            new ConformanceOptions { TimeLimit = TimeSpan.FromSeconds(1) });
        gate.Set();

        Assert.Contains("did not finish within", Failing(report, "time").Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nonsense_declaration_fails_with_the_hosts_reasons_and_nothing_else_runs()
    {
        var declaration = KitSector.Declaration;
        var nonsense = new SectorDescriptor
        {
            Id = "Kit Sector", DisplayName = declaration.DisplayName, Version = declaration.Version, ContractVersion = declaration.ContractVersion,
            Parameters = [new ParameterDeclaration("start", "fraction", 0.2, 1, 0, "min above max")],
            Metrics = [declaration.Metrics[0], declaration.Metrics[0]],
        };

        var report = SectorConformance.Check(new KitSector(descriptor: nonsense));

        var result = Assert.Single(report.Results);
        Assert.Equal("declaration", result.Rule);
        Assert.Contains("sector id 'Kit Sector'", result.Failure, StringComparison.Ordinal);
        Assert.Contains("metric 'share' is declared twice", result.Failure, StringComparison.Ordinal);
        Assert.Contains("parameter 'start': minimum 1 is greater than maximum 0", result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_throws_with_every_failed_rule_in_the_message()
    {
        var plugin = new KitSector((m, c) =>
        {
            m.Share = c.Cooperation.ActivePhases > 0 ? 2 : m.Share;
            return false;
        });

        var e = Assert.Throws<ConformanceException>(() => SectorConformance.Verify(plugin, Quick));

        Assert.Contains("FAIL  contract", e.Message, StringComparison.Ordinal);
        Assert.Contains("FAIL  baseline", e.Message, StringComparison.Ordinal);
        Assert.Contains("ok    declaration", e.Message, StringComparison.Ordinal);
        Assert.False(e.Report.Passed);
    }

    [Fact]
    public void The_same_options_give_the_same_report()
    {
        static KitSector Faulty() => new((m, c) =>
        {
            m.Stock = m.Stock / m.Setup.Parameter("divisor");
            return false;
        });

        Assert.Equal(SectorConformance.Check(Faulty(), Quick).ToString(), SectorConformance.Check(Faulty(), Quick).ToString());
    }

    /// <summary>Counts steps in the plugin, reset per model: sequential runs agree, models side by side do not.</summary>
    private sealed class PluginStateSector : ISectorPlugin
    {
        private readonly KitSector _inner;
        private int _steps;

        public PluginStateSector() => _inner = new KitSector((m, c) =>
        {
            _steps++;
            m.Stock += _steps;
            return false;
        });

        public SectorDescriptor Descriptor => _inner.Descriptor;

        public ISectorModel CreateModel(ModelSetup setup)
        {
            _steps = 0;
            return _inner.CreateModel(setup);
        }
    }
}
