using LabHost.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddLabLibrary();
builder.AddSimulatedWorkspaces();
builder.AddProgressStore();
builder.AddLearnerIdentity();
builder.AddLabHostUi();

var app = builder.Build();

await app.MigrateProgressStoreAsync();
app.UseLabHost();
app.MapLabHost();

app.Run();

/// <summary>The web host; public for WebApplicationFactory in the tests.</summary>
public partial class Program;
