namespace LabHost.Workspaces.Simulated.Templates;

/// <summary>The flags, width and precision of one fmt verb (<c>%-8.3s</c>).</summary>
internal readonly record struct FormatSpec(bool Minus, bool Plus, bool Sharp, bool Space, bool Zero, int Width, int Precision)
{
    public static FormatSpec Plain { get; } = new(false, false, false, false, false, -1, -1);
}
