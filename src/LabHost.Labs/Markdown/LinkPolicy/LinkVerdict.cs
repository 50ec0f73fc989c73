namespace LabHost.Labs.Markdown.LinkPolicy;

/// <summary>What the link policy makes of a URL.</summary>
public enum LinkVerdict
{
    /// <summary>http, https or mailto: left as written.</summary>
    External,

    /// <summary>A fragment in the same page (<c>#step-id</c>).</summary>
    Anchor,

    /// <summary>A path inside the lab folder: served under the lab's base URL.</summary>
    Relative,

    /// <summary>Anything else; rendered as plain text.</summary>
    Refused,
}
