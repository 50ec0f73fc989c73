namespace LabHost.Network;

/// <summary>What an ICMP echo gets back.</summary>
public enum Reach
{
    Reply,
    NoReply,
    NetworkUnreachable,
}
