using System.Runtime.InteropServices;

namespace CoopSim.Engine;

/// <summary>
/// What kind of file a path names, without opening it: opening a pipe blocks until someone writes
/// to it, and a device such as /dev/zero never ends. .NET exposes no file type, so on Unix this asks
/// the runtime's own native shim (the stat call behind <see cref="FileInfo"/>), whose mode field has
/// the same layout on every Unix .NET supports.
/// </summary>
public static partial class FileKind
{
    public enum Kind
    {
        Missing,
        Regular,
        Directory,

        /// <summary>A device, pipe or socket.</summary>
        Other,
    }

    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;

    /// <summary>The kind of the file at <paramref name="path"/>, following symbolic links.</summary>
    public static Kind Of(string path)
    {
        if (Directory.Exists(path))
        {
            return Kind.Directory;
        }

        if (!File.Exists(path))
        {
            return Kind.Missing;
        }

        if (OperatingSystem.IsWindows())
        {
            return Kind.Regular;
        }

        // FileStatus: int Flags, int Mode, ...; the buffer is larger than the whole struct.
        var status = new byte[256];
        int result;
        try
        {
            result = Stat(path, status);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return Kind.Regular;
        }

        if (result != 0)
        {
            return Kind.Missing;
        }

        var mode = BitConverter.ToInt32(status, 4) & TypeMask;
        return mode switch
        {
            RegularType => Kind.Regular,
            DirectoryType => Kind.Directory,
            _ => Kind.Other,
        };
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] status);
}
