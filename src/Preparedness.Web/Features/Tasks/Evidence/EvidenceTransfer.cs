using Microsoft.AspNetCore.Components.Forms;
using Microsoft.JSInterop;

namespace Preparedness.Web.Features.Tasks.Evidence;

/// <summary>One file coming from the browser, read in chunks so the page can show how far it has come.</summary>
internal sealed class EvidenceTransfer(IBrowserFile file)
{
    private const int Chunk = 32 * 1024;

    public string Name => file.Name;

    public long Read { get; private set; }

    public double Percent => file.Size == 0 ? 100 : 100.0 * Read / file.Size;

    /// <summary>Every file, or null if the connection dropped on the way: then none of them is kept.</summary>
    public static async Task<IReadOnlyList<EvidenceUpload>?> ReadAllAsync(IReadOnlyList<EvidenceTransfer> transfers, Action changed)
    {
        var read = new List<EvidenceUpload>();
        try
        {
            foreach (var transfer in transfers)
            {
                read.Add(await transfer.ReadAsync(changed));
            }
        }
        catch (Exception e) when (e is IOException or JSException or OperationCanceledException or InvalidOperationException or JSDisconnectedException)
        {
            return null;
        }

        return read;
    }

    private async Task<EvidenceUpload> ReadAsync(Action changed)
    {
        using var buffer = new MemoryStream((int)Math.Min(file.Size, EvidenceInspector.MaxBytes));
        await using var stream = file.OpenReadStream(EvidenceInspector.MaxBytes);
        var chunk = new byte[Chunk];
        var shown = 0L;
        int count;
        while ((count = await stream.ReadAsync(chunk)) > 0)
        {
            buffer.Write(chunk, 0, count);
            Read += count;
            if (Read - shown >= 256 * 1024)
            {
                shown = Read;
                changed();
            }
        }

        changed();
        return new EvidenceUpload(file.Name, buffer.ToArray());
    }
}
