using LabHost.Web.Extensions;
using LabHost.Web.Instructors;

var builder = WebApplication.CreateBuilder(args);

builder.AddLabLibrary();
builder.AddSimulatedWorkspaces();
builder.AddProgressStore();
builder.AddLearnerIdentity();
builder.AddInstructors();
builder.AddLabHostUi();

var app = builder.Build();

await app.MigrateProgressStoreAsync();
await app.MigrateClassesAsync();
app.UseLabHost();
app.MapLabHost();

app.Run();

/// <summary>The web host; public for WebApplicationFactory in the tests.</summary>
public partial class Program;
