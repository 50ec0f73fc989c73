namespace LabHost.Workspaces;

/// <summary>
/// The workspace's machine is gone (its container was killed, its engine restarted, or it expired):
/// the learner's operation did not happen. The message is for the learner, in both languages;
/// <see cref="IWorkspace.ResetAsync"/> gives them a fresh machine.
/// </summary>
public sealed class WorkspaceUnavailableException(string english, string korean, Exception? inner = null)
    : Exception(english + " / " + korean, inner)
{
    public string English { get; } = english;

    public string Korean { get; } = korean;

    /// <summary>The text in the learner's language ("ko" or anything else for English).</summary>
    public string For(string language) => language.StartsWith("ko", StringComparison.OrdinalIgnoreCase) ? Korean : English;
}
