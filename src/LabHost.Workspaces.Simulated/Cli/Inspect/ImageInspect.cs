using LabHost.Workspaces.Simulated.Daemon;
using LabHost.Workspaces.Simulated.Templates;
using V = LabHost.Workspaces.Simulated.Templates.TemplateValue;

namespace LabHost.Workspaces.Simulated.Cli.Inspect;

/// <summary>An image as `docker inspect` shows it (the fields labs read).</summary>
public static class ImageInspect
{
    public static StructValue Build(Image image) => V.Struct(
        "image.InspectResponse",
        ("ID", "Id", V.String(image.Id)),
        ("RepoTags", "RepoTags", V.Strings([image.Reference])),
        ("Created", "Created", V.String(Output.HumanTime.Rfc3339Nano(image.Created))),
        ("Config", "Config", V.Struct("container.Config", ("Cmd", "Cmd", V.Strings(image.Cmd)))),
        ("Architecture", "Architecture", V.String("amd64")),
        ("Os", "Os", V.String("linux")),
        ("Size", "Size", V.Int(image.Size)));
}
