using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace CoopSim.Engine.Plugins;

/// <summary>
/// Reads a plugin assembly's metadata without loading it: whether it is a .NET assembly at all and
/// which contract version it was compiled against. A refused plugin never runs a line of its code.
/// </summary>
internal static class PluginAssemblyInspector
{
    public const string ContractAssemblyName = "CoopSim.Abstractions";

    /// <summary>The contract version referenced, null when the assembly does not reference the contract.</summary>
    /// <exception cref="BadImageFormatException">The file is not a readable .NET assembly.</exception>
    public static Version? ReferencedContract(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            throw new BadImageFormatException("the file has no .NET metadata");
        }

        var metadata = pe.GetMetadataReader();
        if (!metadata.IsAssembly)
        {
            throw new BadImageFormatException("the file is a .NET module, not an assembly");
        }

        foreach (var handle in metadata.AssemblyReferences)
        {
            var reference = metadata.GetAssemblyReference(handle);
            if (metadata.GetString(reference.Name) == ContractAssemblyName)
            {
                return reference.Version;
            }
        }

        return null;
    }

    public static bool IsContractAssembly(string assemblyPath) =>
        string.Equals(Path.GetFileNameWithoutExtension(assemblyPath), ContractAssemblyName, StringComparison.OrdinalIgnoreCase);

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
