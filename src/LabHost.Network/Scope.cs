namespace LabHost.Network;

/// <summary>Network scope names as Docker prints them.</summary>
public static class Scope
{
    public const string Local = "local";
    public const string Global = "global";
    public const string Swarm = "swarm";
}
