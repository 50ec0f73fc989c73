using System.Text;

namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>
/// Walks a parse tree against data, like Go's text/template exec.go. One instance per
/// execution; not safe for concurrent use.
/// </summary>
internal sealed partial class Executor
{
    private readonly string text;
    private readonly TemplateLimits limits;
    private readonly StringBuilder output = new();
    private readonly List<(string Name, TemplateValue Value)> vars = [];
    private Node? current;
    private int steps;

    public Executor(string text, TemplateLimits limits)
    {
        this.text = text;
        this.limits = limits;
    }

    private enum Flow
    {
        Normal,
        Break,
        Continue,
    }

    public string Run(ListNode root, TemplateValue data)
    {
        vars.Add(("$", data));
        Walk(data, root);
        return output.ToString();
    }

    private Flow Walk(TemplateValue dot, Node node)
    {
        Step();
        current = node;
        switch (node)
        {
            case TextNode t:
                Write(t.Text);
                return Flow.Normal;
            case ActionNode a:
                var value = EvalPipeline(dot, a.Pipe);
                if (a.Pipe.Decl.Count == 0)
                {
                    PrintValue(value);
                }

                return Flow.Normal;
            case ListNode list:
                foreach (var child in list.Nodes)
                {
                    var flow = Walk(dot, child);
                    if (flow != Flow.Normal)
                    {
                        return flow;
                    }
                }

                return Flow.Normal;
            case BranchNode { Kind: BranchKind.Range } r:
                return WalkRange(dot, r);
            case BranchNode b:
                return WalkIfOrWith(dot, b);
            case BreakNode br:
                return br.IsContinue ? Flow.Continue : Flow.Break;
            default:
                throw Error("unknown node: " + node);
        }
    }

    private Flow WalkIfOrWith(TemplateValue dot, BranchNode branch)
    {
        var mark = vars.Count;
        try
        {
            var value = EvalPipeline(dot, branch.Pipe);
            if (value.IsTrue)
            {
                return Walk(branch.Kind == BranchKind.With ? value : dot, branch.List);
            }

            return branch.ElseList is null ? Flow.Normal : Walk(dot, branch.ElseList);
        }
        finally
        {
            vars.RemoveRange(mark, vars.Count - mark);
        }
    }

    private void PrintValue(TemplateValue value)
    {
        // text/template dereferences a pointer before printing, so {{.}} of *T prints {..}, not &{..}.
        var sb = new StringBuilder();
        GoFormatter.Write(sb, value is PointerValue p ? p.Target : value, 'v', FormatSpec.Plain, 0);
        Write(sb.ToString());
    }

    private void Write(string s)
    {
        if (output.Length + s.Length > limits.MaxOutputChars)
        {
            throw new TemplateException(
                "template: output exceeds the simulator's limit of " + limits.MaxOutputChars + " characters", isParseError: false);
        }

        output.Append(s);
    }

    private void Step()
    {
        if (++steps > limits.MaxSteps)
        {
            throw new TemplateException("template: execution exceeds the simulator's limit of " + limits.MaxSteps + " steps", isParseError: false);
        }
    }

    private TemplateValue Variable(string name)
    {
        for (var i = vars.Count - 1; i >= 0; i--)
        {
            if (vars[i].Name == name)
            {
                return vars[i].Value;
            }
        }

        throw Error("undefined variable: " + name);
    }

    private void SetVariable(string name, TemplateValue value)
    {
        for (var i = vars.Count - 1; i >= 0; i--)
        {
            if (vars[i].Name == name)
            {
                vars[i] = (name, value);
                return;
            }
        }

        throw Error("undefined variable: " + name);
    }

    /// <summary>Go's state.errorf: <c>template: :LINE:COL: executing "" at &lt;NODE&gt;: MSG</c>.</summary>
    private TemplateException Error(string message)
    {
        if (current is null)
        {
            return new TemplateException("template: : " + message, isParseError: false);
        }

        var pos = Math.Min(current.Pos, text.Length);
        var lineStart = text.LastIndexOf('\n', Math.Max(pos - 1, 0)) + 1;
        if (pos == 0)
        {
            lineStart = 0;
        }

        var line = 1 + text.AsSpan(0, pos).Count('\n');
        var column = Encoding.UTF8.GetByteCount(text.AsSpan(lineStart, pos - lineStart));
        return new TemplateException(
            "template: :" + line + ":" + column + ": executing \"\" at <" + current + ">: " + message, isParseError: false);
    }
}
