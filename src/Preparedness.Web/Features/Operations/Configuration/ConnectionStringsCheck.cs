using Microsoft.Extensions.Options;
using Npgsql;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Operations.Configuration;

/// <summary>Both connection strings parse, and the one for LISTEN does not go through a pooler that would lose its notifications.</summary>
internal sealed class ConnectionStringsCheck(IConfiguration configuration) : IValidateOptions<ConnectionStringsCheck.Marker>
{
    internal sealed class Marker;

    public ValidateOptionsResult Validate(string? name, Marker options)
    {
        List<string> failures = [];
        foreach (var key in new[] { ConnectionStrings.Main, ConnectionStrings.Listen })
        {
            if (configuration.GetConnectionString(key) is not { Length: > 0 } value)
            {
                continue;
            }

            try
            {
                var builder = new NpgsqlConnectionStringBuilder(value);
                if (key == ConnectionStrings.Listen && builder.Multiplexing)
                {
                    failures.Add($"ConnectionStrings:{key} must not use Multiplexing: LISTEN needs a connection of its own.");
                }
            }
            catch (ArgumentException ex)
            {
                failures.Add($"ConnectionStrings:{key} is not a valid PostgreSQL connection string: {ex.Message}");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
