using LoopCoach.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LoopCoach.Web.Tests;

/// <summary>The real web app in memory, on a real SQLite file in a temporary folder that is removed afterwards.</summary>
public sealed class WebApp : WebApplicationFactory<Program>
{
    public WebApp()
    {
        Folder = Directory.CreateTempSubdirectory("loopcoach-web-").FullName;
        DatabasePath = Path.Combine(Folder, "bank.db");
    }

    public string Folder { get; }

    public string DatabasePath { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(WebSettings.DatabaseKey, DatabasePath);
        builder.UseEnvironment("Production");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
