using System.Text;
using System.Text.Json;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Benchmarks.Generation;

/// <summary>The changes column as EF's JSON mapping writes it, with the property names taken from the model.</summary>
internal sealed class FieldChangeJson(string field, string from, string to)
{
    public string Serialize(IReadOnlyList<FieldChange> changes)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var change in changes)
            {
                json.WriteStartObject();
                json.WriteString(field, change.Field);
                json.WriteString(from, change.From);
                json.WriteString(to, change.To);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
