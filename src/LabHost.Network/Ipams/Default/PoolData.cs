namespace LabHost.Network.Ipams.Default;

/// <summary>
/// One registered pool of an address space: a master pool (no SubPool) owning a bitmap, or a
/// sub-pool (an --ip-range) that refers to its master by ParentKey.
/// </summary>
public sealed class PoolData
{
    public required string Pool { get; set; }

    public string? SubPool { get; set; }

    public string? ParentKey { get; set; }

    public int RefCount { get; set; } = 1;

    public AddressBitmap? Addresses { get; set; }
}
