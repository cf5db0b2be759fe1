using System.Reflection;
using CoopSim.Abstractions;

namespace CoopSim.Engine.Plugins;

/// <summary>
/// The sector plugins available to this process, and the ones refused with their reasons. A plugin
/// that fails to load never stops the others from loading.
/// </summary>
public sealed class PluginCatalog
{
    public const string InProcess = "(in process)";

    private readonly Dictionary<string, LoadedSector> _byId;

    private PluginCatalog(IReadOnlyList<LoadedSector> sectors, IReadOnlyList<PluginRefusal> refusals)
    {
        Sectors = sectors;
        Refusals = refusals;
        _byId = sectors.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<LoadedSector> Sectors { get; }

    public IReadOnlyList<PluginRefusal> Refusals { get; }

    public LoadedSector? Find(string sectorId) => _byId.GetValueOrDefault(sectorId);

    /// <summary>
    /// What an author or a planner should know about how the loaded sectors' signals meet: a read
    /// that no loaded plugin publishes (an unknown signal: allowed, because reads are optional, but
    /// the model will always fall back on its own assumption), and a signal that several loaded
    /// plugins publish (a scenario cannot simulate them in the same city).
    /// </summary>
    public IReadOnlyList<string> SignalNotes()
    {
        var publishers = Sectors
            .SelectMany(s => s.Descriptor.Publishes.Select(p => (Signal: p.Id, Sector: s.Id)))
            .GroupBy(x => x.Signal, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Sector).ToList(), StringComparer.Ordinal);
        var notes = new List<string>();
        foreach (var sector in Sectors)
        {
            foreach (var read in sector.Descriptor.Reads)
            {
                if (!publishers.ContainsKey(read.Id))
                {
                    notes.Add($"sector '{sector.Id}' reads signal '{read.Id}', which no loaded plugin publishes; " +
                              "its model will always get NaN (HasSignal false) and use its own assumption");
                }
            }
        }

        foreach (var (signal, sectors) in publishers.Where(p => p.Value.Count > 1).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            notes.Add($"signal '{signal}' is published by {string.Join(" and ", sectors)}; a scenario cannot simulate these sectors in the same city");
        }

        return notes;
    }

    /// <summary>
    /// Loads the bundled plugins and those under each extra directory (see <see cref="PluginFolders.Under"/>).
    /// A plugin whose constructor or declaration takes longer than the step time limit of
    /// <paramref name="limits"/> is refused and abandoned; with <paramref name="trusted"/>, a plugin
    /// folder holding an assembly the lock does not list is refused before any of it loads.
    /// </summary>
    public static PluginCatalog Load(IEnumerable<string> extraDirectories, bool includeBundled = true, RunLimits? limits = null, PluginLock? trusted = null)
    {
        var folders = new List<string>();
        var refusals = new List<PluginRefusal>();
        if (includeBundled)
        {
            folders.AddRange(PluginFolders.Under(PluginFolders.Bundled));
        }

        foreach (var directory in extraDirectories)
        {
            if (!Directory.Exists(directory))
            {
                refusals.Add(new PluginRefusal(directory, null, "the folder does not exist"));
                continue;
            }

            folders.AddRange(PluginFolders.Under(directory));
        }

        var candidates = new List<LoadedSector>();
        foreach (var folder in folders.Distinct(StringComparer.Ordinal))
        {
            candidates.AddRange(LoadFolder(folder, refusals, limits, trusted));
        }

        return Assemble(candidates, refusals);
    }

    /// <summary>A catalog of plugins created in code (tests, the conformance kit), checked like loaded ones.</summary>
    public static PluginCatalog FromPlugins(IEnumerable<ISectorPlugin> plugins)
    {
        var refusals = new List<PluginRefusal>();
        var candidates = new List<LoadedSector>();
        foreach (var plugin in plugins)
        {
            SectorDescriptor descriptor;
            try
            {
                descriptor = plugin.Descriptor;
            }
            catch (Exception e)
            {
                refusals.Add(new PluginRefusal(InProcess, plugin.GetType().FullName, $"failed to load: {Describe(e)}"));
                continue;
            }

            var problems = DescriptorCheck.Problems(descriptor, builtAgainst: null);
            if (problems.Count > 0)
            {
                refusals.Add(new PluginRefusal(InProcess, plugin.GetType().FullName, string.Join("; ", problems)));
                continue;
            }

            candidates.Add(new LoadedSector(plugin, descriptor, InProcess, plugin.GetType().Assembly.Location, "", descriptor.ContractVersion));
        }

        return Assemble(candidates, refusals);
    }

    /// <summary>Loads every plugin in one folder; what fails is added to <paramref name="refusals"/>.</summary>
    public static IReadOnlyList<LoadedSector> LoadFolder(string folder, List<PluginRefusal> refusals, RunLimits? limits = null, PluginLock? trusted = null)
    {
        if (trusted?.Refuses(folder) is { } untrusted)
        {
            refusals.Add(new PluginRefusal(folder, null, untrusted));
            return [];
        }

        var assemblies = CandidateAssemblies(folder, refusals);
        if (assemblies.Count == 0)
        {
            if (!refusals.Any(r => r.Folder == folder))
            {
                refusals.Add(new PluginRefusal(folder, null,
                    $"no plugin assembly: expected {Path.GetFileName(folder)}.dll or another assembly that references {PluginAssemblyInspector.ContractAssemblyName}"));
            }

            return [];
        }

        var loaded = new List<LoadedSector>();
        foreach (var (assemblyPath, builtAgainst) in assemblies)
        {
            var sector = PluginActivation.Activate(folder, assemblyPath, builtAgainst, refusals, limits ?? RunLimits.Default);
            if (sector is not null)
            {
                loaded.Add(sector);
            }
        }

        return loaded;
    }

    private static List<(string Path, Version BuiltAgainst)> CandidateAssemblies(string folder, List<PluginRefusal> refusals)
    {
        var conventional = Path.Combine(folder, Path.GetFileName(folder) + ".dll");
        var files = File.Exists(conventional)
            ? [conventional]
            : Directory.EnumerateFiles(folder, "*.dll").Where(f => !PluginAssemblyInspector.IsContractAssembly(f)).Order(StringComparer.Ordinal).ToList();
        var result = new List<(string, Version)>();
        foreach (var file in files)
        {
            Version? contract;
            try
            {
                contract = PluginAssemblyInspector.ReferencedContract(file);
            }
            catch (Exception e) when (e is BadImageFormatException or IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                // Only the conventional assembly, or the sole one, is worth a refusal of its own.
                if (file == conventional || files.Count == 1)
                {
                    refusals.Add(new PluginRefusal(folder, file, $"not a readable .NET assembly (corrupt or truncated?): {e.Message}"));
                }

                continue;
            }

            if (contract is null)
            {
                if (file == conventional)
                {
                    refusals.Add(new PluginRefusal(folder, file, $"does not reference {PluginAssemblyInspector.ContractAssemblyName}; it is not a CoopSim plugin"));
                }

                continue;
            }

            var host = ContractVersion.Current;
            if (contract.Major != host.Major)
            {
                refusals.Add(new PluginRefusal(folder, file,
                    $"built for contract {contract.ToString(2)}, but this CoopSim speaks contract {host.ToString(2)}; rebuild the plugin against CoopSim.Abstractions {host.Major}.x"));
                continue;
            }

            if (contract.Minor > host.Minor)
            {
                refusals.Add(new PluginRefusal(folder, file,
                    $"built for contract {contract.ToString(2)}, newer than this CoopSim's {host.ToString(2)}; update CoopSim"));
                continue;
            }

            result.Add((file, new Version(contract.Major, contract.Minor)));
        }

        return result;
    }

    internal static string Describe(Exception e)
    {
        while (e is TargetInvocationException { InnerException: { } inner })
        {
            e = inner;
        }

        if (e is ReflectionTypeLoadException { LoaderExceptions: { } loaderExceptions })
        {
            var first = loaderExceptions.FirstOrDefault(x => x is not null);
            if (first is not null)
            {
                return $"{e.GetType().Name}: {first.Message}";
            }
        }

        return $"{e.GetType().Name}: {e.Message}";
    }

    private static PluginCatalog Assemble(List<LoadedSector> candidates, List<PluginRefusal> refusals)
    {
        var accepted = new List<LoadedSector>();
        foreach (var group in candidates.GroupBy(c => c.Id, StringComparer.Ordinal))
        {
            var members = group.ToList();
            if (members.Count == 1)
            {
                accepted.Add(members[0]);
                continue;
            }

            var places = string.Join(" and ", members.Select(m => m.Folder));
            foreach (var member in members)
            {
                refusals.Add(new PluginRefusal(member.Folder, member.AssemblyPath,
                    $"sector id '{member.Id}' is declared by {members.Count} plugins ({places}); remove all but one"));
            }
        }

        return new PluginCatalog(accepted.OrderBy(s => s.Id, StringComparer.Ordinal).ToList(), refusals);
    }
}
