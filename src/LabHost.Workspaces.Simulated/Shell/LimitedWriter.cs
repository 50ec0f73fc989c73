namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>A writer that passes text through until its <see cref="OutputBudget"/> runs out.</summary>
internal sealed class LimitedWriter(TextWriter inner, OutputBudget budget, string notice) : StringSinkWriter
{
    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var allowed = budget.Take(value.Length);
        inner.Write(allowed == value.Length ? value : value[..allowed]);
        if (allowed < value.Length)
        {
            inner.Write(notice);
            throw new OutputLimitExceededException();
        }
    }
}
