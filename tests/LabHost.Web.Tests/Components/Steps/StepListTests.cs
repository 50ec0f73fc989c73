using Bunit;
using LabHost.Web.Localization;
using LabHost.Web.Sessions;

namespace LabHost.Web.Components.Steps;

public class StepListTests : BunitContext
{
    private static readonly IReadOnlyList<(string, string)> Steps = [("one", "First"), ("two", "Second"), ("three", "Third")];

    [Fact]
    public void Render_StatesOfSteps_MarkDoneCurrentAndTodoForEyesAndScreenReaders()
    {
        var list = Render<StepList>(p => p
            .Add(c => c.Steps, Steps)
            .Add(c => c.StateOf, id => id == "one" ? StepState.Done : id == "two" ? StepState.Current : StepState.Todo)
            .Add(c => c.Text, UiText.English));

        Assert.Equal(["done", "current", "todo"], list.FindAll("li").Select(li => li.GetAttribute("data-state")));
        Assert.Equal("step", list.Find("li[data-step=two] button").GetAttribute("aria-current"));
        Assert.Contains("(done)", list.Find("li[data-step=one]").TextContent);
    }

    [Fact]
    public void Click_AStep_SelectsIt()
    {
        string? selected = null;
        var list = Render<StepList>(p => p
            .Add(c => c.Steps, Steps)
            .Add(c => c.StateOf, _ => StepState.Todo)
            .Add(c => c.Text, UiText.Korean)
            .Add(c => c.OnSelect, id => selected = id));

        list.Find("li[data-step=three] button").Click();

        Assert.Equal("three", selected);
    }
}
