namespace LabHost.Web.Sessions;

/// <summary>Where a step stands for the learner.</summary>
public enum StepState
{
    Todo,
    Current,
    Done,
}
