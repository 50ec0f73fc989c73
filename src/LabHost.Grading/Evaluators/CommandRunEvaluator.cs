using System.Text.RegularExpressions;
using LabHost.Grading.Checks;
using LabHost.Workspaces.Snapshots;

namespace LabHost.Grading.Evaluators;

/// <summary>command-run: a command matching the pattern was typed in the right place (and succeeded).</summary>
public sealed class CommandRunEvaluator : CheckEvaluator<CommandRunCheck>
{
    protected override CheckResult Evaluate(CommandRunCheck check, GradingContext context)
    {
        var place = check.Where switch
        {
            "host" => new Text.Localized("호스트에서", "on the host"),
            "container" => new Text.Localized("컨테이너 안에서", "inside a container"),
            var name => new Text.Localized($"{name} 컨테이너 안에서", $"inside {name}"),
        };
        var first = check.SinceStepStart ? context.StepFirstCommand : 0;
        var matching = context.Snapshot.Commands.Skip(first).Select(DockerExec.Unwrap)
            .Where(c => InPlace(check.Where, c) && Matches(check.Pattern, c.Text)).ToList();
        if (matching.Count == 0)
        {
            return Fail(check, new(
                $"이 단계의 명령을 아직 {place.Ko} 실행하지 않았습니다.",
                $"You have not run this step's command {place.En} yet."));
        }

        if (check.Succeeded && matching.All(c => c.ExitStatus != 0))
        {
            var status = matching[^1].ExitStatus;
            return Fail(check, new(
                $"{place.Ko} 명령을 실행했지만 실패했습니다(종료 상태 {status}). 터미널의 오류 메시지를 확인하세요.",
                $"The command ran {place.En} but failed (exit status {status}); look at the error in the terminal."));
        }

        return Pass(check, new($"{place.Ko} 명령을 실행했습니다.", $"You ran the command {place.En}."));
    }

    private static bool InPlace(string where, CommandRecord command) => where switch
    {
        "host" => command.OnHost,
        "container" => !command.OnHost,
        _ => command.Container == where,
    };

    private static bool Matches(Regex pattern, string text)
    {
        try
        {
            // A command continued with \ is matched as the one line the shell ran.
            return pattern.IsMatch(text.Replace("\\\n", " ").Replace('\n', ' '));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
