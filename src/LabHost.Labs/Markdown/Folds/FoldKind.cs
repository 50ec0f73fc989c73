namespace LabHost.Labs.Markdown.Folds;

public enum FoldKind
{
    Hint,
    Solution,
}
