using System.Runtime.InteropServices;

namespace Rasd.Pipeline;

/// <summary>
/// CPU time consumed by the calling thread (Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID), a vDSO call).
/// Used by <see cref="Analyzer"/> so `rasd bench` can report per-stage CPU time, which, unlike wall time,
/// does not grow when the machine is shared. Elsewhere <see cref="Available"/> is false and readings are zero.
/// </summary>
public static class ThreadCpu
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec ts);

    /// <summary>True where the thread CPU clock can be read.</summary>
    public static bool Available { get; } = Probe();

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux()) return false;
        try { return ClockGetTime(ClockThreadCpuTimeId, out _) == 0; }
        catch (DllNotFoundException) { return false; }
        catch (EntryPointNotFoundException) { return false; }
    }

    /// <summary>The calling thread's CPU time in nanoseconds so far (0 when unavailable).</summary>
    public static long NowNs()
    {
        if (!Available || ClockGetTime(ClockThreadCpuTimeId, out var ts) != 0) return 0;
        return ts.Seconds * 1_000_000_000L + ts.Nanoseconds;
    }
}
