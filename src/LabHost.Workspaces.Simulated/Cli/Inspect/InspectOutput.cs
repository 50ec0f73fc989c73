using LabHost.Workspaces.Simulated.Templates;

namespace LabHost.Workspaces.Simulated.Cli.Inspect;

/// <summary>How `docker inspect` and `docker network inspect` print what they found.</summary>
public static class InspectOutput
{
    /// <summary>The indented JSON array ("[]" when nothing was found).</summary>
    public static int WriteJson(DockerContext ctx, IEnumerable<string> indentedElements)
    {
        var elements = indentedElements.ToList();
        ctx.Out.Write(elements.Count == 0 ? "[]\n" : "[\n    " + string.Join(",\n    ", elements) + "\n]\n");
        return 0;
    }

    /// <summary>
    /// One template run per element. Like the CLI, a failure on the typed struct is retried on
    /// the raw JSON as a map with missingkey=error, and that error is the one reported.
    /// </summary>
    public static int WriteTemplated(DockerContext ctx, string format, IEnumerable<(TemplateValue Typed, string RawJson)> elements)
    {
        GoTemplate template;
        try
        {
            template = GoTemplate.Parse(format);
        }
        catch (TemplateException e)
        {
            ctx.Err.WriteLine(e.Message);
            return 64;
        }

        var list = elements.ToList();
        if (list.Count == 0)
        {
            // Nothing found: the CLI's template inspector still ends its (empty) output with a newline.
            ctx.Out.WriteLine();
        }

        foreach (var (typed, raw) in list)
        {
            try
            {
                ctx.Out.WriteLine(template.Execute(typed));
            }
            catch (TemplateException)
            {
                try
                {
                    ctx.Out.WriteLine(template.Execute(TemplateValue.FromJson(raw), TemplateLimits.Default with { MissingKeyError = true }));
                }
                catch (TemplateException e)
                {
                    // The CLI reports an execution error as a parsing error, after an empty line.
                    ctx.Out.WriteLine();
                    ctx.Err.WriteLine($"template parsing error: {e.GoMessage}");
                    return ExitCodes.Error;
                }
            }
        }

        return 0;
    }
}
