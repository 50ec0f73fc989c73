using System.Text;

namespace LabHost.Workspaces.Simulated.Shell;

/// <summary>Writes into its own buffer and a buffer shared with its sibling (stdout and stderr interleaved).</summary>
internal sealed class CapturingWriter(StringBuilder own, StringBuilder shared) : StringSinkWriter
{
    public override void Write(string? value)
    {
        own.Append(value);
        shared.Append(value);
    }
}
