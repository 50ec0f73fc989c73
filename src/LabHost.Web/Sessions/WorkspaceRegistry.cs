using System.Collections.Concurrent;
using LabHost.Web.Labs;
using LabHost.Web.Progress;
using LabHost.Workspaces;

namespace LabHost.Web.Sessions;

/// <summary>
/// The live workspaces of this server, one per learner and lab. Opening one restores the saved
/// workspace when there is one (after a reload or a restart), else creates a fresh one.
/// Safe for concurrent use: two pages of one learner get the same workspace.
/// </summary>
public sealed class WorkspaceRegistry(
    IWorkspaceProvider provider,
    ProgressStore store,
    WorkspaceSettings settings,
    ILogger<WorkspaceRegistry> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<(string Learner, string Lab), Lazy<Task<LiveWorkspace>>> byLearner = new();
    private readonly ConcurrentDictionary<string, LiveWorkspace> byId = new(StringComparer.Ordinal);

    public int Count => byLearner.Count;

    public LiveWorkspace? Find(string workspaceId) => byId.GetValueOrDefault(workspaceId);

    /// <summary>The learner's workspace for the lab; throws <see cref="WorkspaceCapacityException"/> when the server is full.</summary>
    public async Task<LiveWorkspace> OpenAsync(string learnerId, LoadedLab lab, CancellationToken cancellation = default)
    {
        var key = (learnerId, lab.Id);
        if (!byLearner.ContainsKey(key) && byLearner.Count >= settings.MaxWorkspaces)
        {
            throw new WorkspaceCapacityException(settings.MaxWorkspaces);
        }
        var lazy = byLearner.GetOrAdd(key, _ => new Lazy<Task<LiveWorkspace>>(() => StartAsync(learnerId, lab)));
        try
        {
            return await lazy.Value.WaitAsync(cancellation);
        }
        catch (Exception) when (lazy.Value.IsFaulted)
        {
            byLearner.TryRemove(new KeyValuePair<(string, string), Lazy<Task<LiveWorkspace>>>(key, lazy));
            throw;
        }
    }

    /// <summary>Lets go of workspaces nobody has watched for <see cref="WorkspaceSettings.IdleTimeout"/>: their state is saved after every command.</summary>
    public async Task<int> EvictIdleAsync(DateTimeOffset now)
    {
        var evicted = 0;
        foreach (var (key, lazy) in byLearner)
        {
            if (!lazy.IsValueCreated || !lazy.Value.IsCompletedSuccessfully)
            {
                continue;
            }
            var live = lazy.Value.Result;
            if (live.Watchers > 0 || now - live.LastActivity < settings.IdleTimeout)
            {
                continue;
            }
            if (byLearner.TryRemove(new KeyValuePair<(string, string), Lazy<Task<LiveWorkspace>>>(key, lazy)))
            {
                byId.TryRemove(live.Id, out _);
                await live.DisposeAsync();
                evicted++;
            }
        }
        return evicted;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var live in byId.Values)
        {
            await live.DisposeAsync();
        }
        byId.Clear();
        byLearner.Clear();
    }

    private async Task<LiveWorkspace> StartAsync(string learnerId, LoadedLab lab)
    {
        await store.EnsureLearnerAsync(learnerId);
        var saved = await store.LoadLabAsync(learnerId, lab.Id);
        var options = new WorkspaceOptions { Owner = learnerId, Profile = lab.Definition.Workspace };
        IWorkspace? workspace = null;
        if (saved.WorkspaceState is { } bytes)
        {
            try
            {
                workspace = await provider.RestoreAsync(bytes, options);
            }
            catch (WorkspaceRestoreException e)
            {
                logger.LogWarning(e, "Saved workspace of lab {Lab} could not be restored; starting a fresh one", lab.Id);
            }
        }
        workspace ??= await provider.CreateAsync(options);
        var live = new LiveWorkspace(workspace, new LabRun(lab, learnerId, saved), store, logger);
        byId[live.Id] = live;
        return live;
    }
}
