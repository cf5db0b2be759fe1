using System.Text;

namespace CoopSim.Engine.Simulation;

/// <summary>
/// Derives a seed per city and sector from the run's seed, stable across processes and machines
/// (string.GetHashCode is randomised per process, so it cannot be used).
/// </summary>
public static class SeedMixer
{
    public static int For(int runSeed, string cityId, string sectorId)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes($"{cityId}\u001f{sectorId}"))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        // SplitMix64 finaliser: nearby run seeds give unrelated model seeds.
        var z = hash + ((ulong)(uint)runSeed * 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF);
    }
}
