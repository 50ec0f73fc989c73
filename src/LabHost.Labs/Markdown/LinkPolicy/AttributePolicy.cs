using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LabHost.Labs.Markdown.LinkPolicy;

/// <summary>
/// Runs once a document is parsed: keeps only ids and classes of a safe shape from generic
/// attributes, and notes what it removed on the document (<see cref="Removed"/>) for lint.
/// </summary>
public static partial class AttributePolicy
{
    public static void Apply(MarkdownDocument document)
    {
        var removed = new List<RemovedAttribute>();
        foreach (var node in document.Descendants().Prepend(document))
        {
            if (node.TryGetAttributes() is not { } attributes)
            {
                continue;
            }
            int line = node.Line, column = node.Column;
            foreach (var property in attributes.Properties ?? [])
            {
                removed.Add(new(property.Key, line, column));
            }
            attributes.Properties = null;
            if (attributes.Id is { } id && !SafeName().IsMatch(id))
            {
                removed.Add(new("#" + id, line, column));
                attributes.Id = null;
            }
            // Markdig adds the fence's info string as a language-* class; an odd one is dropped quietly.
            foreach (var bad in attributes.Classes?.Where(c => !SafeName().IsMatch(c)).ToList() ?? [])
            {
                attributes.Classes!.Remove(bad);
                if (!bad.StartsWith("language-", StringComparison.Ordinal))
                {
                    removed.Add(new("." + bad, line, column));
                }
            }
        }
        document.SetData(typeof(AttributePolicy), removed);
    }

    public static IReadOnlyList<RemovedAttribute> Removed(MarkdownDocument document) =>
        document.GetData(typeof(AttributePolicy)) as IReadOnlyList<RemovedAttribute> ?? [];

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeName();
}
