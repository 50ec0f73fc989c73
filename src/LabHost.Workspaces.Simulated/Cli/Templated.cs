using LabHost.Workspaces.Simulated.Templates;

namespace LabHost.Workspaces.Simulated.Cli;

/// <summary>Writes template output, turning template errors into the CLI's messages and statuses.</summary>
public static class Templated
{
    public static int Write(DockerContext ctx, Func<string> render)
    {
        try
        {
            ctx.Out.Write(render());
            return 0;
        }
        catch (TemplateException e) when (e.IsParseError)
        {
            ctx.Err.WriteLine(e.Message);
            return 64;
        }
        catch (TemplateException e)
        {
            ctx.Err.WriteLine(e.Message);
            return ExitCodes.Error;
        }
    }
}
