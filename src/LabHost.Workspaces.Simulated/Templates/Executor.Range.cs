namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>{{range}}: slices, maps in sorted key order, and integers (Go 1.22).</summary>
internal sealed partial class Executor
{
    private Flow WalkRange(TemplateValue dot, BranchNode range)
    {
        var mark = vars.Count;
        try
        {
            var value = EvalPipeline(dot, range.Pipe);
            current = range;
            if (value is PointerValue p)
            {
                value = p.Target;
            }

            var iterations = value switch
            {
                ListValue list => list.Items.Select((item, i) => ((TemplateValue)TemplateValue.Int(i), item)),
                MapValue map => map.Entries.Select(e => ((TemplateValue)TemplateValue.String(e.Key), e.Value)),
                IntValue n when range.Pipe.Decl.Count > 1 => throw Error("can't use " + n.Value + " to iterate over more than one variable"),
                IntValue n => Enumerable.Range(0, (int)Math.Clamp(n.Value, 0, int.MaxValue)).Select(i => ((TemplateValue)TemplateValue.Int(i), (TemplateValue)TemplateValue.Int(i))),
                NilValue or MissingValue => [],
                _ => throw Error("range can't iterate over " + value.ToGoString()),
            };

            var any = false;
            foreach (var (index, element) in iterations)
            {
                any = true;
                Step();
                if (OneIteration(range, index, element) == Flow.Break)
                {
                    break;
                }
            }

            return any || range.ElseList is null ? Flow.Normal : Walk(dot, range.ElseList);
        }
        finally
        {
            vars.RemoveRange(mark, vars.Count - mark);
        }
    }

    private Flow OneIteration(BranchNode range, TemplateValue index, TemplateValue element)
    {
        var decl = range.Pipe.Decl;
        if (decl.Count > 0)
        {
            if (range.Pipe.IsAssign)
            {
                SetVariable(decl[0].Ident[0], decl.Count > 1 ? index : element);
                if (decl.Count > 1)
                {
                    SetVariable(decl[1].Ident[0], element);
                }
            }
            else
            {
                // The pipeline pushed the declared variables; the last one is the element.
                vars[^1] = (vars[^1].Name, element);
                if (decl.Count > 1)
                {
                    vars[^2] = (vars[^2].Name, index);
                }
            }
        }

        var bodyMark = vars.Count;
        try
        {
            return Walk(element, range.List);
        }
        finally
        {
            vars.RemoveRange(bodyMark, vars.Count - bodyMark);
        }
    }
}
