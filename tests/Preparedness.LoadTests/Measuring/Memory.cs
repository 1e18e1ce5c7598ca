namespace Preparedness.LoadTests.Measuring;

internal static class Memory
{
    /// <summary>
    /// The app's RSS as the median of a few readings a second apart: a GC in the app can move it by
    /// tens of MB at any moment, and a GC cannot be forced from another process.
    /// </summary>
    public static async Task<long> SettledRssKibAsync(int pid, CancellationToken ct, int readings = 5)
    {
        var values = new List<long>(readings);
        for (var i = 0; i < readings; i++)
        {
            if (i > 0)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }

            values.Add(ProcFs.RssKib(pid));
        }

        values.Sort();
        return values[values.Count / 2];
    }
}
