using System.Xml.Linq;
using LoopCoach.Core.Errors;
using LoopCoach.Storage;
using LoopCoach.Storage.KeyRing;
using LoopCoach.Storage.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LoopCoach.Web.Hosting;

/// <summary>
/// What lets several web nodes serve one PostgreSQL database: the data-protection keys (which sign antiforgery
/// tokens and cookies) kept in the database rather than in one node's profile folder, and health endpoints a load
/// balancer can ask. Nothing else of a user lives in a node between requests.
/// </summary>
public static class ServerNodes
{
    /// <summary>The application name every node shares, so that each can read what another protected.</summary>
    public const string ApplicationName = "LoopCoach";

    /// <summary>Registers the database key ring (for PostgreSQL only) and the health checks.</summary>
    public static IServiceCollection AddServerNodes(this IServiceCollection services)
    {
        services.AddDataProtection();
        services.AddOptions<DataProtectionOptions>().Configure<WebSettings>((options, settings) =>
        {
            if (settings.Database.Kind == DatabaseKind.Postgres)
            {
                options.ApplicationDiscriminator = ApplicationName;
            }
        });
        services.AddOptions<KeyManagementOptions>().Configure<WebSettings, TimeProvider>((options, settings, clock) =>
        {
            if (settings.Database.Kind == DatabaseKind.Postgres)
            {
                options.XmlRepository = new DatabaseKeyRing(settings.Database, clock);
            }
        });
        services.AddHealthChecks().AddCheck<DatabaseReady>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// <c>GET /health/live</c>: the process answers (checks nothing else). <c>GET /health/ready</c>: the database
    /// answers too; 503 when it does not, so a load balancer sends no one to this node.
    /// </summary>
    public static WebApplication MapServerHealth(this WebApplication app)
    {
        // Anonymous: a load balancer probes them without signing in, also in accounts mode.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        return app;
    }
}

/// <summary>The data-protection key ring in the database's <c>data_protection_keys</c> table.</summary>
internal sealed class DatabaseKeyRing(DatabaseTarget database, TimeProvider clock) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var open = LoopCoachDatabase.OpenPooled(database);
        return [.. new DataProtectionKeyStore(open, clock).All().Select(k => XElement.Parse(k.Xml))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var open = LoopCoachDatabase.OpenPooled(database);
        new DataProtectionKeyStore(open, clock).Add(new StoredKey(friendlyName, element.ToString(SaveOptions.DisableFormatting)));
    }
}

/// <summary>Ready when one statement runs on the database.</summary>
internal sealed class DatabaseReady(WebSettings settings) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var database = LoopCoachDatabase.OpenPooled(settings.Database);
            database.Ping();
            return Task.FromResult(HealthCheckResult.Healthy());
        }
        catch (LoopCoachException e)
        {
            // The key and the database's name only: no connection string, no password.
            return Task.FromResult(HealthCheckResult.Unhealthy(e.MessageKey));
        }
    }
}
