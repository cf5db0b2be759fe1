using CoopSim.Abstractions;
using CoopSim.ContractRules;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace CoopSim.Testing;

/// <summary>
/// The conformance kit's entry point. One call in a plugin's test project checks the plugin
/// against the contract from its declaration alone:
/// <code>
/// [Fact]
/// public void The_sector_keeps_the_plugin_contract() => SectorConformance.Verify(new MySector());
/// </code>
/// The rules, in the order they run: <c>declaration</c> (the host's load-time checks),
/// <c>defaults</c> (a typical city with default parameters, with and without a programme),
/// <c>contract</c> (over generated parameters inside the declared ranges, cities, cooperation and
/// signals: no exception, every metric and published signal written every year, finite and within
/// its declared range), <c>determinism</c> (the same case gives bit-identical results, also when two
/// models of the plugin step side by side), <c>baseline</c> (zero cooperation: a run with no programme
/// equals a run where programmes exist but give nothing) and <c>allocation</c> (a warm step allocates
/// nothing). docs/plugins.md describes each.
/// </summary>
public static class SectorConformance
{
    /// <summary>Checks the plugin and throws when any rule fails.</summary>
    /// <param name="plugin">A new instance of the plugin.</param>
    /// <param name="options">What to generate; the defaults when null.</param>
    /// <returns>The report, when every rule passed (its notes say what could not be tested).</returns>
    /// <exception cref="ConformanceException">A rule failed; the message lists each failure with the smallest case found.</exception>
    public static ConformanceReport Verify(ISectorPlugin plugin, ConformanceOptions? options = null)
    {
        var report = Check(plugin, options);
        return report.Passed ? report : throw new ConformanceException(report);
    }

    /// <summary>Checks the plugin and reports every rule's outcome without throwing.</summary>
    /// <param name="plugin">A new instance of the plugin.</param>
    /// <param name="options">What to generate; the defaults when null.</param>
    /// <returns>The report.</returns>
    public static ConformanceReport Check(ISectorPlugin plugin, ConformanceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        options ??= new ConformanceOptions();
        ConformanceReport? report = null;
        Exception? crash = null;
        var worker = new Thread(() =>
        {
            try
            {
                report = CheckAll(plugin, options);
            }
            catch (Exception e)
            {
                crash = e;
            }
        })
        {
            // A model that never returns must not keep the test process alive.
            IsBackground = true,
            Name = "CoopSim conformance",
            // FsCheck and deep models may recurse; give them room.
            Priority = ThreadPriority.Normal,
        };
        worker.Start();
        if (!worker.Join(options.TimeLimit))
        {
            return new ConformanceReport(SafeId(plugin), [new ConformanceResult("time", "the whole check finishes within the time limit",
                $"the check did not finish within {options.TimeLimit}; a model's CreateModel or Step blocks or loops without end", [])]);
        }

        if (crash is not null)
        {
            return new ConformanceReport(SafeId(plugin), [new ConformanceResult("kit", "the kit runs", $"the kit itself failed: {crash}", [])]);
        }

        return report!;
    }

    private static ConformanceReport CheckAll(ISectorPlugin plugin, ConformanceOptions options)
    {
        SectorDescriptor descriptor;
        try
        {
            descriptor = plugin.Descriptor;
        }
        catch (Exception e)
        {
            return new ConformanceReport(plugin.GetType().FullName ?? "?",
                [new ConformanceResult("declaration", Rules.Declaration, $"reading Descriptor threw {e.GetType().Name}: {e.Message}", [])]);
        }

        var problems = DescriptorRules.Problems(descriptor, null);
        var results = new List<ConformanceResult>
        {
            new("declaration", Rules.Declaration, problems.Count == 0 ? null : string.Join("\n", problems), []),
        };
        if (problems.Count > 0)
        {
            // The other rules need sound handles and ranges; the host would refuse this plugin anyway.
            return new ConformanceReport(descriptor.Id ?? "?", results);
        }

        var signalNotes = descriptor.Reads
            .Where(r => descriptor.Publishes.All(p => p.Id != r.Id) && ConformanceCases.SignalRange(r, options) is null)
            .Select(r => $"read signal '{r.Id}' declares no finite range (contract 1.1: SignalRead.Minimum/Maximum) and none is given in " +
                         "ConformanceOptions.SignalRanges, so it was tested only as absent")
            .ToList();
        var cases = ConformanceCases.For(descriptor, options);
        results.Add(new("defaults", Rules.Defaults, Defaults(plugin, descriptor), []));
        results.Add(new("contract", Rules.Contract, Property(options, cases, c => SectorHarness.Run(plugin, c)), signalNotes));
        results.Add(new("determinism", Rules.Determinism, Property(options, cases, c => Deterministic(plugin, c)), []));
        results.Add(new("baseline", Rules.Baseline,
            Property(options, ConformanceCases.WithZeroCooperation(descriptor, options), c => Baseline(plugin, c)), []));
        if (options.CheckAllocations)
        {
            results.Add(new("allocation", Rules.Allocation, Property(options, cases, c => AllocationFree(plugin, c)),
                ["measured on the stepping thread from the second year on, in a second run of each case so that first-use costs are not counted"]));
        }

        return new ConformanceReport(descriptor.Id, results);
    }

    private static string? Defaults(ISectorPlugin plugin, SectorDescriptor descriptor)
    {
        foreach (var withCooperation in new[] { false, true })
        {
            var @case = ConformanceCases.Typical(descriptor, withCooperation);
            try
            {
                SectorHarness.Run(plugin, @case);
            }
            catch (SectorContractException e)
            {
                return $"{e.Message}\ncase: {@case}";
            }
        }

        return null;
    }

    private static void Deterministic(ISectorPlugin plugin, ConformanceCase @case)
    {
        var first = SectorHarness.Run(plugin, @case);
        var second = SectorHarness.Run(plugin, @case);
        if (first.FirstDifference(second) is { } difference)
        {
            throw new SectorContractException($"two runs of the same case differ: {difference}; draw randomness only from ModelSetup.Seed");
        }

        // Two models of one plugin stepped side by side must not notice each other (no shared mutable state).
        var a = SectorHarness.Start(plugin, @case);
        var b = SectorHarness.Start(plugin, @case);
        for (var t = 1; t <= @case.Years; t++)
        {
            a.StepTo(t);
            b.StepTo(t);
        }

        if (first.FirstDifference(a.Finish()) is { } shared)
        {
            throw new SectorContractException($"a model stepped beside another model of the same plugin gives other results: {shared}; " +
                                              "keep all state in the model, none in the plugin or in static fields");
        }
    }

    private static void Baseline(ISectorPlugin plugin, ConformanceCase @case)
    {
        var none = SectorHarness.Run(plugin, @case.WithZeroCooperation(activePhases: 0));
        var idle = SectorHarness.Run(plugin, @case.WithZeroCooperation(activePhases: 2));
        if (none.FirstDifference(idle) is { } difference)
        {
            throw new SectorContractException($"a run where programmes exist but give nothing differs from a run with no programme: {difference}; " +
                                              "outcomes must follow activity, funding, technology and capacity, not CooperationInputs.ActivePhases alone");
        }
    }

    private static void AllocationFree(ISectorPlugin plugin, ConformanceCase @case)
    {
        SectorHarness.Run(plugin, @case);
        var warm = SectorHarness.Run(plugin, @case);
        if (warm.AllocatedBytesAfterFirstYear > 0)
        {
            throw new SectorContractException($"the steps after the first year allocated {warm.AllocatedBytesAfterFirstYear} bytes; " +
                                              "create buffers in CreateModel and reuse them in Step");
        }
    }

    /// <summary>Runs one FsCheck property; the failure text (with the shrunk case) or null.</summary>
    private static string? Property(ConformanceOptions options, Arbitrary<ConformanceCase> cases, Action<ConformanceCase> check)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(Math.Max(1, options.Cases)).WithQuietOnSuccess(true);
        if (options.Seed is { } seed)
        {
            config = config.WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd((ulong)(uint)seed, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));
        }

        try
        {
            FsCheck.Check.One(config, Prop.ForAll(cases, check));
            return null;
        }
        catch (Exception e)
        {
            return Describe(e);
        }
    }

    /// <summary>
    /// FsCheck's account of the failing case, cut to what a plugin author needs: how many cases it
    /// took, the smallest failing case (the original when nothing shrank) and what went wrong.
    /// </summary>
    private static string Describe(Exception e)
    {
        var lines = e.Message.ReplaceLineEndings("\n").Split('\n')
            .Select(l => l.TrimEnd())
            .Where(l => !l.TrimStart().StartsWith("at ", StringComparison.Ordinal) && !l.Contains("--- End of", StringComparison.Ordinal))
            .ToList();
        var shrunk = lines.IndexOf("Shrunk:");
        var original = lines.IndexOf("Original:");
        if (shrunk >= 0 && original >= 0 && original < shrunk)
        {
            lines.RemoveRange(original, shrunk - original);
        }

        return string.Join("\n", lines.Where(l => !l.StartsWith("Last step was invoked", StringComparison.Ordinal) && !l.StartsWith("Replay directly", StringComparison.Ordinal))).Trim();
    }

    private static string SafeId(ISectorPlugin plugin)
    {
        try
        {
            return plugin.Descriptor.Id;
        }
        catch (Exception)
        {
            return plugin.GetType().FullName ?? "?";
        }
    }

    private static class Rules
    {
        public const string Declaration = "the declaration passes the host's load-time checks";
        public const string Defaults = "a typical city with default parameters runs 30 years, with and without a programme";
        public const string Contract = "over generated inputs every metric and published signal is written every year, finite and in its declared range, and nothing throws";
        public const string Determinism = "the same case gives bit-identical results, also with two models of the plugin stepping side by side";
        public const string Baseline = "zero cooperation: no programme and programmes that give nothing give the same results";
        public const string Allocation = "a warm step allocates nothing";
    }
}
