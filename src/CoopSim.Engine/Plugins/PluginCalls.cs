using System.Collections.Concurrent;

namespace CoopSim.Engine.Plugins;

/// <summary>
/// Where plugin code may be running in this process: each run, and each plugin being loaded,
/// registers here for as long as it lasts. When plugin code ends the process (Environment.Exit),
/// the handler that reports it runs on another thread, so it asks here which plugin was running.
/// </summary>
public static class PluginCalls
{
    private static readonly ConcurrentDictionary<IPluginCallSite, byte> Sites = new();

    /// <summary>What plugin code is running now ("the step of the 'water' sector for city 'x' in 2003"), or null when none is.</summary>
    public static string? InProgress()
    {
        foreach (var site in Sites.Keys)
        {
            if (site.CallInProgress() is { } call)
            {
                return call;
            }
        }

        return null;
    }

    internal static void Register(IPluginCallSite site) => Sites.TryAdd(site, 0);

    internal static void Unregister(IPluginCallSite site) => Sites.TryRemove(site, out _);
}

/// <summary>Something that calls plugin code and can say, from any thread, which call is in progress.</summary>
internal interface IPluginCallSite
{
    /// <summary>The call in progress in words, or null between calls.</summary>
    string? CallInProgress();
}
