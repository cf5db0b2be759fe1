using System.Diagnostics;
using System.Globalization;
using System.Text;
using CoopSim.Engine.Diagnostics;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Scenarios;
using CoopSim.Engine.Simulation;

namespace CoopSim.Cli.Benchmarks;

/// <summary>
/// The engine's figures of issue 12, measured in one process so their ratios hold on the machine
/// at hand: throughput against <see cref="WaterKernel"/>, a large in-process run, and a
/// <c>coopsim run</c> process against a hello-world process. A benchmark, not a test.
/// </summary>
internal static class EngineBenchmark
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Measures and writes the figures; <paramref name="scenarioPath"/> is the water scenario run alone
    /// and as a process, and <paramref name="runOptions"/> go to that process (where its plugins are).
    /// </summary>
    public static void Run(TextWriter output, PluginCatalog catalog, string scenarioPath, IReadOnlyList<string> runOptions)
    {
        var c = CultureInfo.InvariantCulture;
        var compilation = ScenarioCompiler.Load(scenarioPath, catalog);
        if (compilation.Scenario is not { } scenario)
        {
            throw new InvalidOperationException($"{scenarioPath} does not compile: {string.Join("; ", compilation.Problems)}");
        }

        var cityYears = scenario.Cities.Sum(city => city.Sectors.Count) * scenario.YearCount;
        var watched = PerSecond(() => Simulator.Run(scenario)) * cityYears;
        var unwatched = PerSecond(() => Simulator.Run(scenario, limits: new RunLimits { StepTimeLimit = Timeout.InfiniteTimeSpan })) * cityYears;
        var kernel = KernelPerSecond(scenario.YearCount);
        output.WriteLine($"engine throughput, {DisplayPath.Of(Path.GetFullPath(scenarioPath))} ({cityYears} sector-city-years a run):");
        output.WriteLine(string.Create(c, $"  hand-inlined water kernel       {kernel,12:N0} sector-city-years/s  1.000x"));
        output.WriteLine(string.Create(c, $"  engine, watchdog on (default)   {watched,12:N0} sector-city-years/s  {watched / kernel:0.000}x"));
        output.WriteLine(string.Create(c, $"  engine, watchdog off            {unwatched,12:N0} sector-city-years/s  {unwatched / kernel:0.000}x"));

        var large = LargeScenario(catalog, cities: 173, years: 50);
        var largeRun = Median(5, () => Simulator.Run(large));
        output.WriteLine(string.Create(c, $"173 cities x 4 sectors x 50 years in-process: median {largeRun.TotalMilliseconds:0.0} ms a run (compiled beforehand)"));

        var folder = Path.Combine(Path.GetTempPath(), "coopsim-bench-" + Environment.ProcessId.ToString(c));
        try
        {
            var hello = HelloWorldProgram.Write(folder);
            var coopsim = Path.Combine(AppContext.BaseDirectory, "coopsim.dll");
            var helloTime = Median(5, () => Process(hello));
            var runTime = Median(5, () => Process(coopsim, ["run", scenarioPath, .. runOptions]));
            output.WriteLine("process start to exit (dotnet DLL, median of 5):");
            output.WriteLine(string.Create(c, $"  hello-world .NET program        {helloTime.TotalMilliseconds,8:0} ms  1.00x"));
            output.WriteLine(string.Create(c, $"  coopsim run {Path.GetFileName(scenarioPath),-20}{runTime.TotalMilliseconds,8:0} ms  {runTime / helloTime:0.00}x"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>How many times a second <paramref name="work"/> runs, after a warm-up, over about a second.</summary>
    private static double PerSecond(Action work)
    {
        for (var i = 0; i < 50; i++)
        {
            work();
        }

        var count = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Budget)
        {
            work();
            count++;
        }

        return count / clock.Elapsed.TotalSeconds;
    }

    private static double KernelPerSecond(int years)
    {
        var metrics = new double[WaterKernel.MetricCount][];
        for (var m = 0; m < metrics.Length; m++)
        {
            metrics[m] = new double[years];
        }

        var capacity = new double[years];
        for (var t = 0; t < years; t++)
        {
            capacity[t] = Math.Min(0.9, 0.2 + (0.05 * t));
        }

        var checksum = 0.0;
        var perSecond = PerSecond(() => checksum += WaterKernel.Run(capacity, 1_500_000, 0.03, metrics));
        return double.IsNaN(checksum) ? double.NaN : perSecond * years;
    }

    private static TimeSpan Median(int count, Action work)
    {
        work();
        var times = new TimeSpan[count];
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            work();
            times[i] = clock.Elapsed;
        }

        Array.Sort(times);
        return times[count / 2];
    }

    private static ResolvedScenario LargeScenario(PluginCatalog catalog, int cities, int years)
    {
        var json = new StringBuilder();
        json.Append(CultureInfo.InvariantCulture, $"{{ \"schemaVersion\": 1, \"name\": \"Bench\", \"startYear\": 2000, \"endYear\": {2000 + years - 1}, \"cities\": [");
        for (var i = 0; i < cities; i++)
        {
            json.Append(CultureInfo.InvariantCulture,
                $"{(i == 0 ? "" : ",")}{{ \"id\": \"c{i}\", \"population\": {200_000 + (i * 10_000)}, \"populationGrowth\": 0.02, \"sectors\": {{ \"water\": {{}}, \"waste\": {{}}, \"energy\": {{}}, \"education\": {{}} }} }}");
        }

        json.Append("] }");
        var compilation = ScenarioCompiler.Compile(ScenarioReader.ReadText(json.ToString(), Path.Combine(Path.GetTempPath(), "bench.json")), catalog);
        return compilation.Scenario ?? throw new InvalidOperationException("the large bench scenario does not compile: " + string.Join("; ", compilation.Problems));
    }

    private static void Process(string dll, params IReadOnlyList<string> args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', info.ArgumentList)} exited {process.ExitCode}: {stderr.Result}{stdout.Result}");
        }
    }
}
