using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace CoopSim.Cli.Benchmarks;

/// <summary>
/// Writes the smallest .NET program there is (Main prints "hello") to a folder, so that starting a
/// .NET process at all can be timed next to <c>coopsim run</c> on the same runtime. It is emitted
/// as IL rather than built, so the bench needs no SDK.
/// </summary>
internal static class HelloWorldProgram
{
    /// <summary>Writes hello.dll and its runtime configuration into <paramref name="folder"/>; returns the dll's path.</summary>
    public static string Write(string folder)
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName("hello"), typeof(object).Assembly);
        var module = assembly.DefineDynamicModule("hello");
        var type = module.DefineType("Hello", TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.Sealed | TypeAttributes.Abstract);
        var main = type.DefineMethod("Main", MethodAttributes.Public | MethodAttributes.Static, typeof(void), Type.EmptyTypes);
        var il = main.GetILGenerator();
        il.Emit(OpCodes.Ldstr, "hello");
        il.Emit(OpCodes.Call, typeof(Console).GetMethod(nameof(Console.WriteLine), [typeof(string)])!);
        il.Emit(OpCodes.Ret);
        type.CreateType();

        var metadata = assembly.GenerateMetadata(out var ilStream, out var fieldData);
        var image = new ManagedPEBuilder(
            PEHeaderBuilder.CreateExecutableHeader(),
            new MetadataRootBuilder(metadata),
            ilStream,
            mappedFieldData: fieldData,
            entryPoint: MetadataTokens.MethodDefinitionHandle(main.MetadataToken));
        var blob = new BlobBuilder();
        image.Serialize(blob);

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "hello.dll");
        using (var file = File.Create(path))
        {
            blob.WriteContentTo(file);
        }

        var version = Environment.Version;
        File.WriteAllText(Path.Combine(folder, "hello.runtimeconfig.json"),
            $$"""{ "runtimeOptions": { "tfm": "net{{version.Major}}.{{version.Minor}}", "framework": { "name": "Microsoft.NETCore.App", "version": "{{version}}" } } }""");
        return path;
    }
}
