using Npgsql;
using Preparedness.Web.Features.Agreements;
using Preparedness.Web.Features.Live;

namespace Preparedness.Web.Tests.Features.Agreements;

/// <summary>Every committed change to an agreement is announced on the live channel; a refused one is not.</summary>
public sealed class AgreementLiveTests : AgreementTest
{
    [Fact]
    public async Task Recording_attaching_committing_and_retiring_are_each_announced_and_a_refused_change_is_not()
    {
        await using var listener = new NpgsqlConnection(ConnectionString);
        await listener.OpenAsync();
        var heard = new List<string>();
        listener.Notification += (_, e) => heard.Add(LivePayload.Read(e.Payload)!.Topic);
        await using (var listen = new NpgsqlCommand($"LISTEN {LivePayload.Channel}", listener))
        {
            await listen.ExecuteNonQueryAsync();
        }

        var id = await RecordAsync();
        await Get<AgreementDocumentService>().AttachAsync(World.LuxorSecretariat, id, Infrastructure.TestFiles.Pdf());
        await CommitAsync(id);
        var refused = await Get<AgreementService>().RecordAsync(World.LuxorSecretariat, World.Luxor.Id, Draft(90, World.LuxorWater.Id), null);
        var version = (await Get<AgreementQueries>().GetAsync(World.LuxorSecretariat, id))!.Version;
        await Get<AgreementService>().RetireAsync(World.LuxorSecretariat, id, version);
        while (await listener.WaitAsync(TimeSpan.FromMilliseconds(500)))
        {
        }

        Assert.False(refused.Succeeded);
        Assert.Equal([nameof(AgreementChange), nameof(AgreementChange), "TaskChange", nameof(AgreementChange), nameof(AgreementChange)], heard);
    }
}
