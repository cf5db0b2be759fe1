using System.CommandLine;
using System.Globalization;
using CoopSim.Engine.Plugins;
using CoopSim.Engine.Reporting;
using CoopSim.Engine.Simulation;

namespace CoopSim.Cli.Commands;

internal static class PluginsCommand
{
    public static Command Create(CliServices services)
    {
        var sector = new Option<string?>("--sector", "-s") { Description = "Show one sector in full: parameters, metrics, signals, technologies.", HelpName = "ID" };
        var check = new Option<string?>("--check")
        {
            Description = "Check the plugin folder DIR: the load-time checks, then a short smoke run of each plugin in it; prints what to fix.",
            HelpName = "DIR",
        };
        var pin = new Option<bool>("--lock")
        {
            Description = "Pin the plugins as they are now: write the SHA-256 of every assembly in the bundled and --plugins folders to the lock file (--lock-file), without loading them.",
        };
        var inThisProcess = new Option<bool>(PluginCheckProcess.InThisProcessOption) { Hidden = true };
        var command = new Command("plugins", "List the loaded sector plugins: id, version, contract version, folder and SHA-256.")
        {
            sector, check, pin, inThisProcess,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(pin))
            {
                return Lock(services, parse);
            }

            if (parse.GetValue(check) is { } folder)
            {
                return parse.GetValue(inThisProcess) ? Check(services, parse, folder) : PluginCheckProcess.Run(services, parse, folder);
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

    /// <summary>
    /// The load-time checks on one plugin folder, then a smoke run of each plugin that loads, beside
    /// the other loaded plugins (bundled and --plugins) that publish what it reads. Prints "ok:" for
    /// what passed, "fix:" for what an author must fix and "note:" for what they should know, and
    /// announces each stage for the supervising process (<see cref="PluginCheckProcess"/>).
    /// </summary>
    private static int Check(CliServices services, ParseResult parse, string folder)
    {
        // Each line is flushed as it is written: the next plugin call may end the process, and the
        // supervising process must still see every stage announced and every check passed before it.
        var output = services.Output;
        void Say(string line)
        {
            output.WriteLine(line);
            output.Flush();
        }

        if (!Directory.Exists(folder))
        {
            services.Error.WriteLine($"error: '{folder}' is not a folder");
            return ExitCodes.InvalidInput;
        }

        var limits = services.Limits(parse);
        var trusted = parse.GetValue(services.LockedOption) ? PluginLock.Read(parse.GetValue(services.LockFileOption)!) : null;
        var refusals = new List<PluginRefusal>();
        var loaded = PluginFolders.Under(folder).SelectMany(f => PluginCatalog.LoadFolder(f, refusals, limits, trusted)).ToList();
        var fixes = refusals.Count;
        foreach (var refusal in refusals)
        {
            Say($"fix: {refusal}");
        }

        if (loaded.Count == 0 && refusals.Count == 0)
        {
            Say($"fix: {folder}: no plugin found; a plugin folder holds the plugin's build output (MySector.dll, without CoopSim.Abstractions.dll)");
            return ExitCodes.InvalidInput;
        }

        var all = services.LoadCatalog(parse, reportRefusals: false).Sectors;
        var others = all.Where(s => loaded.All(l => l.Id != s.Id)).ToList();
        foreach (var sector in loaded)
        {
            Say($"ok: {sector.Id} {sector.Descriptor.Version} (built against contract {sector.BuiltAgainst.ToString(2)}) from {sector.AssemblyPath}");
            Say($"ok: {sector.Id}: the declaration passes the load-time checks");
            if (all.Any(o => o.Id == sector.Id && o.AssemblyPath != sector.AssemblyPath))
            {
                Say($"note: {sector.Id}: another loaded plugin has the same sector id; loading both refuses both");
            }

            var catalog = PluginCatalog.FromPlugins([sector.Plugin, .. others.Select(o => o.Plugin)]);
            foreach (var note in catalog.SignalNotes().Where(n => n.Contains($"'{sector.Id}'", StringComparison.Ordinal)))
            {
                Say($"note: {note}");
            }

            var id = sector.Id;
            foreach (var check in PluginSmokeRun.Run(sector, others, limits, run => Say($"{PluginCheckProcess.StagePrefix}the smoke run of '{id}': {run}")))
            {
                if (check.Passed)
                {
                    Say($"ok: {sector.Id}: smoke run: {check.Name}");
                }
                else
                {
                    fixes++;
                    Say($"fix: {sector.Id}: smoke run: {check.Name}: {check.Problem}");
                }
            }
        }

        Say(fixes == 0
            ? "The plugin folder passed the load-time checks and the smoke run. Run the conformance kit (CoopSim.Testing) in the plugin's tests for the full check."
            : $"{fixes} thing(s) to fix.");
        return fixes == 0 ? ExitCodes.Success : ExitCodes.InvalidInput;
    }

    /// <summary>Writes the lock file from the plugin folders' files alone: pinning runs no plugin code.</summary>
    private static int Lock(CliServices services, ParseResult parse)
    {
        var folders = PluginFolders.Under(PluginFolders.Bundled)
            .Concat((parse.GetValue(services.PluginsOption) ?? []).SelectMany(PluginFolders.Under))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var path = parse.GetValue(services.LockFileOption)!;
        var exit = services.Emit(path, PluginLock.Render(folders));
        if (exit == ExitCodes.Success)
        {
            services.Error.WriteLine($"pinned {folders.Count} plugin folder(s): {string.Join(", ", folders.Select(Path.GetFileName))}");
        }

        return exit;
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

        foreach (var note in catalog.SignalNotes())
        {
            output.WriteLine($"note: {note}");
        }
    }

    /// <summary>
    /// One sector in full. Descriptions are long, so each item is a heading line (id, unit, range)
    /// with its description indented below, readable in an 80-column terminal.
    /// </summary>
    private static void WriteDetail(LoadedSector sector, TextWriter output)
    {
        var d = sector.Descriptor;
        output.WriteLine($"{d.DisplayName} ({sector.Id}) version {d.Version}, contract {sector.BuiltAgainst.ToString(2)}");
        output.WriteLine(d.Description);
        Section(output, "Parameters (set under cities[].sectors." + sector.Id + ".parameters)", d.Parameters,
            p => $"{p.Id}  [{p.Unit}]  default {Number(p.Default)}, range {Number(p.Minimum)} to {Number(p.Maximum)}", p => p.Description);
        Section(output, "Metrics", d.Metrics, m => $"{m.Id}  [{DisplayUnits.Unit(m.Unit)}]", m => m.Description);
        Section(output, "Technologies (adopted in phases' activities.technologies)", d.Technologies, t => $"{t.Id}  [{t.Unit}]", t => t.Description);
        Section(output, "Publishes", d.Publishes, s => $"{s.Id}  [{s.Unit}]", s => s.Description);
        Section(output, "Reads", d.Reads, r => r.Lagged ? $"{r.Id}  (last year's value)" : r.Id, _ => "");
    }

    private static void Section<T>(TextWriter output, string title, IReadOnlyList<T> items, Func<T, string> heading, Func<T, string> description)
    {
        if (items.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(title + ":");
        foreach (var item in items)
        {
            output.WriteLine(heading(item));
            var text = description(item);
            if (text.Length > 0)
            {
                output.WriteLine("    " + text);
            }
        }
    }

    private static string Number(double value) => value.ToString("G", CultureInfo.InvariantCulture);

    private static string List(IEnumerable<string> items)
    {
        var text = string.Join(", ", items);
        return text.Length == 0 ? "nothing" : text;
    }
}
