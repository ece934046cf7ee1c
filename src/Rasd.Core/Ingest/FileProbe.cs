using System.Runtime.InteropServices;

namespace Rasd.Ingest;

/// <summary>
/// What kind of file system object a path is. .NET does not expose the Unix file type, and opening a FIFO
/// for reading blocks until a writer comes, so special files are recognised before they are opened.
/// </summary>
internal static class FileProbe
{
    public enum Kind { Missing, Regular, Directory, Special, Unknown }

    // The runtime's own native shim (shipped with every .NET on Unix): FileStatus { int Flags; int Mode; ... }.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int SystemNativeStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, ref byte status);

    private const int TypeMask = 0xF000, TypeDirectory = 0x4000, TypeRegular = 0x8000;
    private static bool _nativeFailed;

    public static Kind Of(string path)
    {
        if (Directory.Exists(path)) return Kind.Directory;
        if (!File.Exists(path)) return Kind.Missing;
        if (OperatingSystem.IsWindows() || _nativeFailed) return Kind.Regular;
        try
        {
            var buf = new byte[512];
            if (SystemNativeStat(path, ref buf[0]) != 0) return Kind.Unknown;
            var mode = BitConverter.ToInt32(buf, 4);
            return (mode & TypeMask) switch
            {
                TypeRegular => Kind.Regular,
                TypeDirectory => Kind.Directory,
                _ => Kind.Special,
            };
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _nativeFailed = true;
            return Kind.Regular;
        }
    }
}
