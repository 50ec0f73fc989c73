using Bunit;
using LabHost.Web.Instructors;

namespace LabHost.Web.Components.Instructors;

public sealed class JoinLinkTests : BunitContext
{
    [Fact]
    public void Render_Code_ShowsTheCodeAndTheFullJoinLinkOnThisOrigin()
    {
        var box = Render<JoinLink>(p => p.Add(c => c.Code, "BMBT3NVV").Add(c => c.Text, InstructorText.Korean));

        Assert.Equal("BMBT3NVV", box.Find("[data-testid=join-code]").TextContent);
        var link = box.Find("a[data-testid=join-link]");
        Assert.Equal("http://localhost/join?code=BMBT3NVV", link.GetAttribute("href"));
        Assert.Equal("http://localhost/join?code=BMBT3NVV", link.TextContent);
        Assert.Contains(InstructorText.Korean.JoinLink, box.Markup, StringComparison.Ordinal);
    }
}
