using System.CommandLine;
using System.Globalization;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Reporting;

namespace CoopSim.Cli.Commands;

internal static class PluginsCommand
{
    public static Command Create(CliServices services)
    {
        var sector = new Option<string?>("--sector", "-s") { Description = "Show one sector in full: parameters, metrics, signals, technologies.", HelpName = "ID" };
        var check = new Option<string?>("--check")
        {
            Description = "Run the load-time checks on the plugin folder DIR alone and print what to fix.",
            HelpName = "DIR",
        };
        var command = new Command("plugins", "List the loaded sector plugins: id, version, contract version, folder and SHA-256.")
        {
            sector, check,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(check) is { } folder)
            {
                return Check(services, folder);
            }

            var catalog = services.LoadCatalog(parse, reportRefusals: false);
            if (parse.GetValue(sector) is { } id)
            {
                var loaded = catalog.Find(id);
                if (loaded is null)
                {
                    services.Error.WriteLine($"error: no loaded sector '{id}'; loaded: {string.Join(", ", catalog.Sectors.Select(s => s.Id))}");
                    return ExitCodes.Usage;
                }

                WriteDetail(loaded, services.Output);
                return ExitCodes.Success;
            }

            WriteList(catalog, services.Output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Check(CliServices services, string folder)
    {
        if (!Directory.Exists(folder))
        {
            services.Error.WriteLine($"error: '{folder}' is not a folder");
            return ExitCodes.InvalidInput;
        }

        var refusals = new List<PluginRefusal>();
        var loaded = PluginFolders.Under(folder).SelectMany(f => PluginCatalog.LoadFolder(f, refusals)).ToList();
        foreach (var sector in loaded)
        {
            services.Output.WriteLine($"ok: {sector.Id} {sector.Descriptor.Version} (contract {sector.BuiltAgainst.ToString(2)}) from {sector.AssemblyPath}");
        }

        foreach (var refusal in refusals)
        {
            services.Output.WriteLine($"fix: {refusal}");
        }

        return refusals.Count == 0 && loaded.Count > 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }

    private static void WriteList(PluginCatalog catalog, TextWriter output)
    {
        if (catalog.Sectors.Count == 0)
        {
            output.WriteLine("No sector plugins are loaded.");
        }

        foreach (var sector in catalog.Sectors)
        {
            var d = sector.Descriptor;
            output.WriteLine($"{sector.Id}  {d.DisplayName}  version {d.Version}  contract {sector.BuiltAgainst.ToString(2)}");
            output.WriteLine($"  folder   {sector.Folder}");
            output.WriteLine($"  sha256   {(sector.Sha256.Length > 0 ? sector.Sha256 : "-")}");
            output.WriteLine($"  metrics  {string.Join(", ", d.Metrics.Select(m => $"{m.Id} ({DisplayUnits.Unit(m.Unit)})"))}");
            if (d.Publishes.Count > 0 || d.Reads.Count > 0)
            {
                output.WriteLine($"  signals  publishes {List(d.Publishes.Select(p => p.Id))}; reads {List(d.Reads.Select(r => r.Lagged ? r.Id + " (lagged)" : r.Id))}");
            }

            output.WriteLine();
        }

        foreach (var refusal in catalog.Refusals)
        {
            output.WriteLine($"not loaded: {refusal}");
        }
    }

    private static void WriteDetail(LoadedSector sector, TextWriter output)
    {
        var d = sector.Descriptor;
        output.WriteLine($"{d.DisplayName} ({sector.Id}) version {d.Version}, contract {sector.BuiltAgainst.ToString(2)}");
        output.WriteLine(d.Description);
        output.WriteLine();
        var parameters = new TextTable("parameter", "unit", "default", "min", "max", "description");
        foreach (var p in d.Parameters)
        {
            parameters.Add(p.Id, p.Unit, Number(p.Default), Number(p.Minimum), Number(p.Maximum), p.Description);
        }

        parameters.Write(output, leftColumns: 2);
        output.WriteLine();
        var metrics = new TextTable("metric", "unit", "description");
        foreach (var m in d.Metrics)
        {
            metrics.Add(m.Id, DisplayUnits.Unit(m.Unit), m.Description);
        }

        metrics.Write(output, leftColumns: 3);
        if (d.Technologies.Count > 0)
        {
            output.WriteLine();
            var technologies = new TextTable("technology", "unit", "description");
            foreach (var t in d.Technologies)
            {
                technologies.Add(t.Id, t.Unit, t.Description);
            }

            technologies.Write(output, leftColumns: 3);
        }

        output.WriteLine();
        output.WriteLine($"publishes: {List(d.Publishes.Select(p => $"{p.Id} ({p.Unit})"))}");
        output.WriteLine($"reads:     {List(d.Reads.Select(r => r.Lagged ? r.Id + " (last year's)" : r.Id))}");
    }

    private static string Number(double value) => value.ToString("G", CultureInfo.InvariantCulture);

    private static string List(IEnumerable<string> items)
    {
        var text = string.Join(", ", items);
        return text.Length == 0 ? "nothing" : text;
    }
}
