namespace LabHost.Labs.Markdown.LinkPolicy;

/// <summary>
/// Decides which URLs a lab may link to. Markdig has already decoded entities and backslash
/// escapes in the destination; this removes what browsers ignore (ASCII whitespace and control
/// characters, anywhere in the URL) before looking for a scheme, so <c>java&amp;#9;script:</c>,
/// <c> JAVASCRIPT:</c> and <c>java\nscript:</c> are all seen as <c>javascript:</c>. Pure; safe for concurrent use.
/// </summary>
public static class UrlPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static LinkVerdict Classify(string? url) => Classify(url, out _);

    public static LinkVerdict Classify(string? url, out string reason)
    {
        var visible = new string((url ?? string.Empty).Where(c => c > ' ' && c != '\u007f').ToArray());
        reason = string.Empty;
        if (visible.Length == 0)
        {
            reason = "the link is empty";
            return LinkVerdict.Refused;
        }
        var schemeEnd = visible.IndexOf(':');
        var pathEnd = visible.IndexOfAny(['/', '?', '#', '\\']);
        if (schemeEnd >= 0 && (pathEnd < 0 || schemeEnd < pathEnd))
        {
            var scheme = visible[..schemeEnd].ToLowerInvariant();
            if (AllowedSchemes.Contains(scheme))
            {
                return LinkVerdict.External;
            }
            reason = $"the scheme '{scheme}:' is not allowed (only http, https, mailto and paths inside the lab)";
            return LinkVerdict.Refused;
        }
        if (visible[0] == '#')
        {
            return LinkVerdict.Anchor;
        }
        return IsInsideLab(visible, out reason) ? LinkVerdict.Relative : LinkVerdict.Refused;
    }

    /// <summary>The path part (no query or fragment) of a relative URL, percent-decoded, without <c>./</c>.</summary>
    public static string RelativePath(string url)
    {
        var end = url.IndexOfAny(['?', '#']);
        var path = Uri.UnescapeDataString(end < 0 ? url : url[..end]);
        return string.Join('/', path.Split('/').Where(s => s is not ("" or ".")));
    }

    private static bool IsInsideLab(string url, out string reason)
    {
        reason = string.Empty;
        if (url.Contains('\\'))
        {
            reason = "backslashes are not allowed in links";
            return false;
        }
        if (url[0] == '/')
        {
            reason = "absolute paths leave the lab: write the path from the lab folder, e.g. figures/bridge.svg";
            return false;
        }
        var depth = 0;
        foreach (var segment in RelativePath(url).Split('/'))
        {
            depth += segment == ".." ? -1 : 1;
            if (depth < 0)
            {
                reason = "'..' leads out of the lab folder";
                return false;
            }
        }
        return true;
    }
}
