namespace LabHost.Workspaces.Simulated.Programs.Busybox;

/// <summary>
/// What differs between busybox builds: the usage banner, whether `ip` prints "state X"
/// (busybox compiles that in only where the libc headers define IFF_DORMANT: musl does,
/// glibc does not) and whether getopt permutes "ping HOST -c 1" (glibc does, musl does not).
/// </summary>
public sealed record BusyboxBuild(string Banner, bool ShowsOperState, bool PermutesArguments)
{
    /// <summary>Debian 12's busybox-static, the build the transcripts were captured from.</summary>
    public static BusyboxBuild DebianBookworm { get; } =
        new("BusyBox v1.35.0 (Debian 1:1.35.0-4+deb12u1+b1) multi-call binary.", false, true);

    /// <summary>
    /// alpine:latest (busybox 1.37, musl). The banner's build date is not verified against a
    /// real image; the musl differences follow from busybox's source.
    /// </summary>
    public static BusyboxBuild Alpine { get; } =
        new("BusyBox v1.37.0 (2025-01-17 18:12:01 UTC) multi-call binary.", true, false);

    /// <summary>
    /// The build in the reference `alpine:latest` and `busybox:latest` images: they are imports
    /// of Debian's busybox-static rootfs (tools/refdocker), so containers print its output.
    /// </summary>
    public static BusyboxBuild Default => DebianBookworm;
}
