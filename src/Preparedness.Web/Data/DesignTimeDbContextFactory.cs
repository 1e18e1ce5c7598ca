using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Preparedness.Web.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without a database or the app's configuration.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<PreparednessDbContext>
{
    public PreparednessDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PreparednessDbContext>()
            .UseNpgsql("Host=127.0.0.1;Database=preparedness_design", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .Options);
}
