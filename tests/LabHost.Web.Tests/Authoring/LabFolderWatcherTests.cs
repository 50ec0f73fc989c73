namespace LabHost.Web.Authoring;

public sealed class LabFolderWatcherTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly string folder = Directory.CreateTempSubdirectory("labhost-watch-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task FigureRenamedIntoASubfolder_CallsBack()
    {
        Directory.CreateDirectory(Path.Combine(folder, "figures"));
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new LabFolderWatcher(folder, () => changed.TrySetResult());

        var temporary = Path.Combine(folder, "figures", "bridge.svg.tmp");
        await File.WriteAllTextAsync(temporary, "<svg/>");
        File.Move(temporary, Path.Combine(folder, "figures", "bridge.svg"));

        await changed.Task.WaitAsync(Patience);
    }

    [Fact]
    public async Task Disposed_ChangesDoNotCallBack()
    {
        var calls = 0;
        var watcher = new LabFolderWatcher(folder, () => Interlocked.Increment(ref calls));
        watcher.Dispose();
        var witness = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var other = new LabFolderWatcher(folder, () => witness.TrySetResult());

        await File.WriteAllTextAsync(Path.Combine(folder, "en.md"), "# Title");

        // A live watcher on the same folder has seen the change and waited out the debounce: the disposed one had its chance.
        await witness.Task.WaitAsync(Patience);
        Assert.Equal(0, Volatile.Read(ref calls));
    }
}
