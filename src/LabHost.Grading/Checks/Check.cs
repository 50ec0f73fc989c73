namespace LabHost.Grading.Checks;

/// <summary>
/// One typed check of a lab step. Each kind is a record here with its own evaluator in
/// Evaluators/ (the way Markdig pairs a syntax node with its renderer). Line is where the check
/// stands in lab.yaml, for messages to the lab's author.
/// </summary>
public abstract record Check
{
    public int Line { get; init; }

    /// <summary>The kind as lab.yaml names it (network-exists ...).</summary>
    public abstract string Kind { get; }
}
