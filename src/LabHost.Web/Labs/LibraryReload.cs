namespace LabHost.Web.Labs;

/// <summary>
/// What a publish did, by lab id (folder names for <see cref="NotServed"/>): labs served from their
/// files now, served labs kept as they were because their files have errors, folders with errors
/// that are not served, and labs no longer served because their folder is gone.
/// </summary>
public sealed record LibraryReload(
    DateTimeOffset At,
    IReadOnlyList<string> Published,
    IReadOnlyList<string> KeptOld,
    IReadOnlyList<string> NotServed,
    IReadOnlyList<string> Removed);
