namespace LabHost.Workspaces;

/// <summary>A workspace will end at <see cref="EndsAt"/>; <see cref="Idle"/> says whether inactivity (not the lifetime) ends it; the texts are for the learner.</summary>
public sealed record WorkspaceExpiryWarning(DateTimeOffset EndsAt, bool Idle, string English, string Korean);
