using Bunit;
using LabHost.Grading;
using LabHost.Grading.Checks;
using LabHost.Grading.Text;
using LabHost.Web.Localization;

namespace LabHost.Web.Components.Steps;

public class CheckPanelTests : BunitContext
{
    private static readonly CheckResult Failed = new(new NetworkAbsentCheck("x"), false, new Localized("서브넷이 다릅니다", "the subnet differs"))
    {
        Hint = new Localized("--subnet을 보세요", "look at --subnet"),
    };

    [Theory]
    [InlineData("ko", "서브넷이 다릅니다", "--subnet을 보세요")]
    [InlineData("en", "the subnet differs", "look at --subnet")]
    public void Render_FailedCheck_ShowsTheGradersMessageAndHintInTheUiLanguage(string language, string message, string hint)
    {
        var text = language == "ko" ? UiText.Korean : UiText.English;

        var panel = Render<CheckPanel>(p => p.Add(c => c.Text, text).Add(c => c.Results, [Failed]));

        var item = panel.Find(".check-fail");
        Assert.Contains(message, item.TextContent);
        Assert.Equal(hint, panel.Find(".check-hint").TextContent);
    }

    [Fact]
    public void Render_HintsShown_ShowsThatManyAndDisablesTheButtonAtTheEnd()
    {
        var panel = Render<CheckPanel>(p => p
            .Add(c => c.Text, UiText.English)
            .Add(c => c.Hints, ["<p>one <code>ls</code></p>", "<p>two</p>"])
            .Add(c => c.HintsShown, 2));

        Assert.Equal(["one ls", "two"], panel.FindAll(".hints li").Select(li => li.TextContent));
        Assert.Equal("ls", panel.Find(".hints code").TextContent);
        Assert.True(panel.FindAll("button").Single(b => b.TextContent == UiText.English.ShowHint).HasAttribute("disabled"));
    }

    [Fact]
    public void Click_CheckAndSolution_CallBack()
    {
        var checks = 0;
        var solutions = 0;
        var panel = Render<CheckPanel>(p => p
            .Add(c => c.Text, UiText.English)
            .Add(c => c.OnCheck, () => checks++)
            .Add(c => c.OnSolution, () => solutions++)
            .Add(c => c.Solution, ["docker network ls"]));

        panel.Find("[data-testid=check]").Click();
        panel.FindAll("button").Single(b => b.TextContent == UiText.English.ShowSolution).Click();

        Assert.Equal((1, 1), (checks, solutions));
    }
}
