using System.Runtime.InteropServices;

namespace Preparedness.LoadTests.Infrastructure;

/// <summary>The few libc calls .NET has no API for.</summary>
internal static class Native
{
    private const int ClockTicksName = 2; // _SC_CLK_TCK on Linux

    public const int SigTerm = 15;

    /// <summary>Units of utime/stime in /proc (USER_HZ), almost always 100.</summary>
    public static long ClockTicksPerSecond { get; } = sysconf(ClockTicksName) is > 0 and var ticks ? ticks : 100;

    /// <summary>Asks a process we started to stop; .NET's Process.Kill only knows SIGKILL.</summary>
    public static void Terminate(int pid) => _ = kill(pid, SigTerm);

    [DllImport("libc", SetLastError = false)]
    private static extern long sysconf(int name);

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
