using LoopCoach.Web;

// The web app on its own (dotnet run --project src/LoopCoach.Web, and the tests' WebApplicationFactory);
// `loopcoach web` starts the same app through LoopCoachWeb.RunAsync.
var builder = WebApplication.CreateBuilder(args);
builder.AddLoopCoachWeb();
var app = builder.Build();
app.MapLoopCoachWeb();
app.Run();

/// <summary>The entry point, named so that tests can start the app with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
