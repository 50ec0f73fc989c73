namespace LabHost.Workspaces.Simulated.Shell.Syntax;

/// <summary>How a pipeline joins the one before it.</summary>
public enum ListOperator
{
    /// <summary>; or a newline (or the first item): always runs.</summary>
    Sequence,

    /// <summary>&amp;&amp;: runs when the status so far is 0.</summary>
    And,

    /// <summary>||: runs when the status so far is not 0.</summary>
    Or,
}

public sealed record ListItem(ListOperator Operator, Pipeline Pipeline);

/// <summary>
/// A whole command line. And-or lists are left-associative with equal precedence, so a flat list
/// where a skipped item keeps the status is exact: `false &amp;&amp; a || b` runs b.
/// </summary>
public sealed record CommandList(IReadOnlyList<ListItem> Items)
{
    public override string ToString() => string.Join(' ', Items.Select((item, i) =>
        (i == 0 ? "" : item.Operator switch { ListOperator.And => "&& ", ListOperator.Or => "|| ", _ => "; " })
        + "{" + item.Pipeline + "}"));
}
