namespace LabHost.Web.Authoring;

/// <summary>
/// Calls back once a lab folder has been quiet for <see cref="Debounce"/> after any change in it
/// or below it. Editors save in bursts (a temporary file written, renamed over the original, the
/// old one deleted) and a burst is one callback. The callback runs on a timer thread and is not
/// called after <see cref="Dispose"/>, unless it had already begun. Safe for concurrent use.
/// </summary>
public sealed class LabFolderWatcher : IDisposable
{
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(250);

    private readonly FileSystemWatcher watcher;
    private readonly Timer timer;
    private volatile bool disposed;

    public LabFolderWatcher(string directory, Action changed)
    {
        timer = new Timer(_ =>
        {
            if (!disposed)
            {
                changed();
            }
        });
        watcher = new FileSystemWatcher(directory)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, _) => Restart();
        watcher.Created += (_, _) => Restart();
        watcher.Deleted += (_, _) => Restart();
        watcher.Renamed += (_, _) => Restart();
        // The event buffer overflowed: something changed, exactly what is lost; reloading covers it.
        watcher.Error += (_, _) => Restart();
        watcher.EnableRaisingEvents = true;
    }

    public void Dispose()
    {
        disposed = true;
        watcher.Dispose();
        timer.Dispose();
    }

    private void Restart()
    {
        if (disposed)
        {
            return;
        }
        try
        {
            timer.Change(Debounce, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Disposed between the check and the call: nothing to do.
        }
    }
}
