using System.Diagnostics;
using System.Text.Json.Nodes;
using CoopSim.Tests.Shared;

namespace CoopSim.Cli.Tests;

/// <summary>The real executable when its output fails or it is told to stop while writing.</summary>
// Full tier: each test starts the real executable and signals it.
[Trait("Tier", "Full")]
public sealed class InterruptedOutputTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coopsim-tests", Guid.NewGuid().ToString("N"));

    public InterruptedOutputTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Standard_output_on_a_full_device_is_a_one_line_error_and_exit_4()
    {
        using var process = Shell($"exec dotnet '{Dll}' run '{RepositoryPaths.Scenario("dalian.json")}' > /dev/full");
        var error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(90)));

        Assert.Equal(4, process.ExitCode);
        Assert.Equal("error: cannot write standard output: No space left on device", error.Trim());
    }

    [Fact]
    public void A_write_stopped_by_sigterm_leaves_the_old_file_and_no_partial_one()
    {
        var scenario = ManyCities(300);
        var file = Path.Combine(_folder, "out.csv");
        File.WriteAllText(file, "old");
        using var process = Shell($"exec dotnet '{Dll}' run '{scenario}' --format csv --out '{file}'");
        var stopwatch = Stopwatch.StartNew();
        while (!process.HasExited && !Partial().Any() && stopwatch.Elapsed < TimeSpan.FromSeconds(90))
        {
            Thread.Sleep(5);
        }

        Assert.True(Partial().Any(), "no partial file appeared while the output was written");
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)));
        Assert.Equal("old", File.ReadAllText(file));
        Assert.Empty(Partial());
    }

    private static string Dll => Path.Combine(RepositoryPaths.HostOutput, "coopsim.dll");

    private IEnumerable<string> Partial() =>
        Directory.EnumerateFiles(_folder).Where(f => Path.GetFileName(f) is not ("out.csv" or "many.json"));

    /// <summary>A copy of a bundled scenario with the simulated city repeated, over a long span of years.</summary>
    private string ManyCities(int count)
    {
        var root = JsonNode.Parse(File.ReadAllText(RepositoryPaths.Scenario("surabaya-waste.json")))!.AsObject();
        var cities = root["cities"]!.AsArray();
        var simulated = cities.Single(c => c!["sectors"] is not null)!;
        for (var i = 0; i < count; i++)
        {
            var copy = simulated.DeepClone();
            copy["id"] = $"city-{i}";
            cities.Add(copy);
        }

        root["startYear"] = 1950;
        root["endYear"] = 2200;
        root.Remove("$schema");
        root["programmes"] = new JsonArray();
        root["fundingCuts"] = new JsonArray();
        root["capacityChanges"] = new JsonArray();
        var path = Path.Combine(_folder, "many.json");
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }

    private static Process Shell(string command)
    {
        var info = new ProcessStartInfo("sh") { RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(command);
        var process = Process.Start(info)!;
        process.StandardInput.Close();
        return process;
    }
}
