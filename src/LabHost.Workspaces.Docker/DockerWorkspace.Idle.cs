using System.Text.RegularExpressions;

namespace LabHost.Workspaces.Docker;

/// <summary>
/// When a Docker workspace is idle: a real shell cannot say so, so this is judged from outside.
/// At the host prompt, idle means the host shell recorded no running line (commands.log), output
/// came after the last input, has been quiet a moment and ends with a prompt. While a line runs
/// that hands the keyboard to a container, it means quiet output ending with a prompt, or a
/// longer quiet (`docker attach` prints nothing). Any other running host line is waited for.
/// </summary>
public sealed partial class DockerWorkspace
{
    private static readonly TimeSpan IdleWaitLimit = TimeSpan.FromSeconds(120);

    public async Task WhenIdleAsync()
    {
        var deadline = Environment.TickCount64 + (long)IdleWaitLimit.TotalMilliseconds;
        while (Environment.TickCount64 < deadline && !disposed && unavailable is null)
        {
            var now = Environment.TickCount64;
            var input = Interlocked.Read(ref lastInputTicks);
            var output = screen.LastOutputTicks;
            var quiet = now - Math.Max(input, output);
            var answered = output >= input;
            var prompt = PromptAtEnd().IsMatch(AnsiCodes().Replace(screen.Tail(256), ""));
            var running = recorder.Running;
            var idle = running switch
            {
                null => answered && quiet >= 150 && prompt,
                { Container: not null } => (answered && quiet >= 300 && prompt) || quiet >= 1500,
                _ => false,
            };
            if (idle)
            {
                return;
            }

            await Task.Delay(50);
        }
    }

    [GeneratedRegex("(#|\\$|>) $")]
    private static partial Regex PromptAtEnd();

    [GeneratedRegex("\u001b(\\[[0-9;?]*[ -/]*[@-~]|\\][^\u0007\u001b]*(\u0007|\u001b\\\\)|[()][0-9A-Za-z]|[=>])")]
    private static partial Regex AnsiCodes();
}
