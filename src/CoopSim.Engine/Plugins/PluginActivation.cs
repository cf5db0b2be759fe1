using System.Globalization;
using CoopSim.Abstractions;
using CoopSim.Engine.Diagnostics;
using McMaster.NETCore.Plugins;

namespace CoopSim.Engine.Plugins;

/// <summary>
/// Runs a plugin's own code for the first time: loads its assembly into a load context of its own,
/// creates the plugin (its constructor) and reads its declaration. That code may hang, so with a
/// step time limit it runs on a worker thread and a plugin that overruns is refused and abandoned
/// there (.NET cannot abort a thread); the other plugins and the command carry on.
/// </summary>
internal static class PluginActivation
{
    public static LoadedSector? Activate(string folder, string assemblyPath, Version builtAgainst, List<PluginRefusal> refusals, RunLimits limits)
    {
        if (!limits.IsWatched)
        {
            return ActivateNow(folder, assemblyPath, builtAgainst, refusals);
        }

        // The worker reports into its own list, so an abandoned load can never touch the caller's.
        var own = new List<PluginRefusal>();
        LoadedSector? loaded = null;
        var worker = new Thread(() => loaded = ActivateNow(folder, assemblyPath, builtAgainst, own))
        {
            IsBackground = true,
            Name = "CoopSim plugin load",
        };
        worker.Start();
        if (!worker.Join(limits.StepTimeLimit))
        {
            refusals.Add(new PluginRefusal(folder, assemblyPath, string.Create(CultureInfo.InvariantCulture,
                $"loading it (its constructor or declaration) did not finish within {limits.StepTimeLimit.TotalSeconds:0.###} s (the step time limit) and was abandoned; a plugin must not block or loop without end")));
            return null;
        }

        refusals.AddRange(own);
        return loaded;
    }

    private static LoadedSector? ActivateNow(string folder, string assemblyPath, Version builtAgainst, List<PluginRefusal> refusals)
    {
        var site = new Loading(assemblyPath);
        PluginCalls.Register(site);
        try
        {
            var loader = PluginLoader.CreateFromAssemblyFile(assemblyPath, sharedTypes: [typeof(ISectorPlugin)]);
            var assembly = loader.LoadDefaultAssembly();
            var types = assembly.GetExportedTypes()
                .Where(t => typeof(ISectorPlugin).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
                .ToList();
            if (types.Count == 0)
            {
                refusals.Add(new PluginRefusal(folder, assemblyPath, "no public class implements ISectorPlugin"));
                return null;
            }

            if (types.Count > 1)
            {
                refusals.Add(new PluginRefusal(folder, assemblyPath,
                    $"more than one class implements ISectorPlugin ({string.Join(", ", types.Select(t => t.FullName))}); ship one sector per assembly"));
                return null;
            }

            if (types[0].GetConstructor(Type.EmptyTypes) is null)
            {
                refusals.Add(new PluginRefusal(folder, assemblyPath, $"{types[0].FullName} has no public parameterless constructor"));
                return null;
            }

            var plugin = (ISectorPlugin)Activator.CreateInstance(types[0])!;
            var descriptor = plugin.Descriptor;
            var problems = DescriptorCheck.Problems(descriptor, builtAgainst);
            if (problems.Count > 0)
            {
                refusals.Add(new PluginRefusal(folder, assemblyPath, "its declaration is invalid: " + string.Join("; ", problems)));
                return null;
            }

            return new LoadedSector(plugin, descriptor, folder, assemblyPath, PluginAssemblyInspector.Sha256(assemblyPath), builtAgainst);
        }
        catch (Exception e)
        {
            // A plugin is foreign code: whatever it throws while loading refuses it and nothing else.
            refusals.Add(new PluginRefusal(folder, assemblyPath, $"failed to load: {PluginCatalog.Describe(e)}"));
            return null;
        }
        finally
        {
            PluginCalls.Unregister(site);
        }
    }

    private sealed class Loading(string assemblyPath) : IPluginCallSite
    {
        public string? CallInProgress() => $"the loading of the plugin '{DisplayPath.Of(assemblyPath)}' (its constructor or declaration)";
    }
}
