using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using LoopCoach.Application;
using LoopCoach.Core.Content;
using LoopCoach.Storage;
using LoopCoach.Storage.Stories;
using LoopCoach.Web.Accounts;
using LoopCoach.Web.Api;
using LoopCoach.Web.Components;
using LoopCoach.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace LoopCoach.Web;

/// <summary>How <c>loopcoach web</c> starts the app.</summary>
public sealed record WebStart
{
    /// <summary>The database the CLI resolved: its SQLite bank, or a PostgreSQL database.</summary>
    public required DatabaseTarget Database { get; init; }

    /// <summary>The content, with any framework files the user loaded.</summary>
    public ContentCatalog Content { get; init; } = ContentCatalog.BuiltIn;

    /// <summary>The address to listen on: loopback unless the user says otherwise.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port; 0 picks a free one.</summary>
    public int Port { get; init; } = 5080;

    /// <summary>Whether users sign in (<c>--accounts</c>); off, the person at this machine owns everything.</summary>
    public bool Accounts { get; init; }

    /// <summary>Told the address once the server listens.</summary>
    public required Action<string> Listening { get; init; }
}

/// <summary>The web app's wiring: services, middleware, pages and the API. <c>Program.cs</c> and the CLI both use it.</summary>
public static class LoopCoachWeb
{
    /// <summary>Registers what the app needs; the database path comes from <see cref="WebSettings.DatabaseKey"/> or the CLI's default.</summary>
    public static WebApplicationBuilder AddLoopCoachWeb(this WebApplicationBuilder builder, ContentCatalog? content = null)
    {
        var services = builder.Services;
        services.AddSingleton(provider => new WebSettings
        {
            Database = DatabaseTarget.Resolve(
                provider.GetRequiredService<IConfiguration>()[WebSettings.DatabaseKey],
                Environment.GetEnvironmentVariable,
                provider.GetRequiredService<IConfiguration>()[DatabaseTarget.ConnectionStringKey]),
            Content = content ?? ContentCatalog.BuiltIn,
            Accounts = AccountsWeb.Enabled(provider.GetRequiredService<IConfiguration>()),
        });
        // Core's engines, built once per process and shared by every request: they hold what the content implies
        // (prepared phrase tables and the like) and nothing of a user.
        services.AddSingleton(provider => new Engines(provider.GetRequiredService<WebSettings>().Content));
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache(o => o.SizeLimit = ChartCache.Capacity);
        services.AddSingleton<ChartCache>();
        services.AddHttpContextAccessor();
        services.AddScoped<RequestApp>();
        services.AddServerNodes();
        services.AddScoped<WebLanguage>();
        builder.AddLoopCoachAccounts();
        services.AddRazorComponents();
        services.AddProblemDetails();
        services.AddExceptionHandler<Problems>();
        services.AddOpenApi();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = WebLimits.MaxRequestBytes;
            k.AddServerHeader = false;
        });
        return builder;
    }

    /// <summary>The JSON settings of the API: those of the CLI's <c>--json</c> (camelCase, enums as words, Korean as is).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.TypeInfoResolverChain.Insert(0, WebJsonContext.Default);
        options.TypeInfoResolverChain.Insert(1, StoryJsonContext.Default);
    }

    /// <summary>The middleware, the pages and the API.</summary>
    public static WebApplication MapLoopCoachWeb(this WebApplication app)
    {
        app.Use(WebLimits.RaiseForImport);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders.Add);
        app.MapServerHealth();
        app.UseEmbeddedAssets();
        app.UseLoopCoachAccounts();
        app.UseAntiforgery();
        app.MapOpenApi();
        app.MapLanguageSwitch().AllowAnonymous();
        app.MapLoopCoachAccounts();
        app.MapPlanDownload();
        app.MapLoopCoachApi();
        app.MapRazorComponents<App>();
        return app;
    }

    /// <summary>Runs the app for <c>loopcoach web</c> until Ctrl+C, saying where it listens.</summary>
    public static async Task RunAsync(WebStart start)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(LoopCoachWeb).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
            Args = [],
        });
        builder.Configuration[start.Database.Kind == DatabaseKind.Sqlite ? WebSettings.DatabaseKey : DatabaseTarget.ConnectionStringKey] = start.Database.Value;
        if (start.Accounts)
        {
            builder.Configuration[AccountsWeb.AccountsKey] = "true";
        }

        // Standard output says where the app listens and nothing else; warnings go to standard error. The key ring
        // that signs antiforgery tokens lives in the user's profile unencrypted, as is usual on Linux: not worth a
        // warning at every start of a local app.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.WebHost.UseUrls($"http://{(start.Host.Contains(':') ? $"[{start.Host}]" : start.Host)}:{start.Port}");
        builder.AddLoopCoachWeb(start.Content);
        await using var app = builder.Build();
        app.MapLoopCoachWeb();
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            start.Listening(address);
        }

        await app.WaitForShutdownAsync();
    }
}
