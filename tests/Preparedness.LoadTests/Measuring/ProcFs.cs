using System.Globalization;

namespace Preparedness.LoadTests.Measuring;

/// <summary>Reads CPU time and memory of processes (and of the whole machine) from /proc.</summary>
internal static class ProcFs
{
    /// <summary>utime + stime of one process in clock ticks; 0 if it is gone.</summary>
    public static long CpuTicks(int pid)
    {
        var fields = StatFields(pid);
        // After "pid (comm)": state is field 3, utime 14, stime 15 (1-based) → indexes 11 and 12 here.
        return fields is null ? 0 : Long(fields[11]) + Long(fields[12]);
    }

    /// <summary>Resident set size in KiB (VmRSS); 0 if the process is gone.</summary>
    public static long RssKib(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    return Long(line["VmRSS:".Length..].Trim().Split(' ')[0]);
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }

    /// <summary>Every descendant of <paramref name="root"/> (not itself), from each process's parent in /proc/*/stat.</summary>
    public static IReadOnlyList<int> Descendants(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                || StatFields(pid) is not { } fields)
            {
                continue;
            }

            var parent = (int)Long(fields[1]);
            if (!children.TryGetValue(parent, out var list))
            {
                children[parent] = list = [];
            }

            list.Add(pid);
        }

        var result = new List<int>();
        var pending = new Stack<int>([root]);
        // Bounded by the number of processes read above: every pid is pushed at most once.
        while (pending.Count > 0)
        {
            if (children.TryGetValue(pending.Pop(), out var list))
            {
                foreach (var child in list)
                {
                    result.Add(child);
                    pending.Push(child);
                }
            }
        }

        return result;
    }

    /// <summary>utime + stime of every process on the machine, by pid.</summary>
    public static Dictionary<int, long> AllCpuTicks()
    {
        var result = new Dictionary<int, long>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && StatFields(pid) is { } fields)
            {
                result[pid] = Long(fields[11]) + Long(fields[12]);
            }
        }

        return result;
    }

    /// <summary>A short form of a process's command line, to name who else used the machine.</summary>
    public static string CommandLine(int pid, int maxLength = 90)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
            return text.Length <= maxLength ? text : text[..maxLength] + "…";
        }
        catch (IOException)
        {
            return $"pid {pid}";
        }
    }

    /// <summary>Busy and total ticks of all CPUs together, from the first line of /proc/stat.</summary>
    public static (long Busy, long Total) MachineTicks()
    {
        var parts = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = parts.Skip(1).Take(8).Select(Long).ToArray();
        var total = values.Sum();
        var idle = values[3] + values[4]; // idle + iowait
        return (total - idle, total);
    }

    // Fields after the command name, which may itself contain spaces and parentheses.
    private static string[]? StatFields(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            var end = text.LastIndexOf(')');
            return end < 0 ? null : text[(end + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long Long(string value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
