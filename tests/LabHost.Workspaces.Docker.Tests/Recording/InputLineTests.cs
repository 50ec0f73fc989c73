using System.Text;

namespace LabHost.Workspaces.Docker.Recording;

public sealed class InputLineTests
{
    [Theory]
    [InlineData("ip addr\r", "ip addr")]
    [InlineData("ip adx\u007fdr\r", "ip addr")]
    [InlineData("garbage\u0015hostname\r", "hostname")]
    [InlineData("ip\u001b[Daddr\r", "ipaddr")]
    [InlineData("h\u001bOAostname\r", "hostname")]
    [InlineData("\u0010\u0011", null)]
    public void Feed_Keys_RebuildsTheLine(string keys, string? line)
    {
        var lines = new InputLine().Feed(Encoding.UTF8.GetBytes(keys));

        Assert.Equal(line is null ? [] : [line], lines);
    }

    [Fact]
    public void Feed_UnicodeSplitAcrossWrites_IsKept()
    {
        var input = new InputLine();
        var bytes = Encoding.UTF8.GetBytes("echo 네트워크\r");

        input.Feed(bytes.AsSpan(0, 7));
        var lines = input.Feed(bytes.AsSpan(7));

        Assert.Equal(["echo 네트워크"], lines);
    }
}
