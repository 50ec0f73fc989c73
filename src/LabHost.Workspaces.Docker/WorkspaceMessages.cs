namespace LabHost.Workspaces.Docker;

/// <summary>What the learner is told, in English and Korean, when their machine is gone or about to go.</summary>
internal static class WorkspaceMessages
{
    public static WorkspaceUnavailableException Stopped(Exception? inner = null) => new(
        "Your lab machine has stopped (its container is gone). Press Reset to get a fresh machine; your progress is kept.",
        "실습 머신이 멈췄습니다(컨테이너가 사라졌습니다). 초기화를 누르면 새 머신을 받을 수 있고, 진도는 그대로 남습니다.",
        inner);

    public static WorkspaceUnavailableException CannotStart(Exception inner) => new(
        "The lab server cannot start a machine right now. Try Reset again in a minute.",
        "지금은 실습 서버가 머신을 시작할 수 없습니다. 1분 뒤에 다시 초기화를 눌러 보세요.",
        inner);

    public static WorkspaceUnavailableException Expired(bool idle) => idle
        ? new("Your lab machine was closed after a long time without input. Press Reset to get a fresh machine.",
            "오랫동안 입력이 없어 실습 머신을 닫았습니다. 초기화를 누르면 새 머신을 받을 수 있습니다.")
        : new("Your lab machine reached its time limit and was closed. Press Reset to get a fresh machine.",
            "실습 머신이 사용 시간 한도에 도달해 닫혔습니다. 초기화를 누르면 새 머신을 받을 수 있습니다.");

    public static WorkspaceExpiryWarning Warning(DateTimeOffset endsAt, bool idle, TimeSpan left)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(left.TotalMinutes));
        return idle
            ? new(endsAt, true,
                $"Your lab machine closes in {minutes} min without input. Type anything or press Extend to keep it.",
                $"입력이 없으면 실습 머신이 {minutes}분 뒤에 닫힙니다. 아무 키나 입력하거나 연장을 누르면 유지됩니다.")
            : new(endsAt, false,
                $"Your lab machine reaches its time limit in {minutes} min. Press Extend for more time.",
                $"실습 머신의 사용 시간이 {minutes}분 남았습니다. 시간이 더 필요하면 연장을 누르세요.");
    }

    /// <summary>A notice drawn in the terminal, on a line of its own.</summary>
    public static string TerminalNotice(string english, string korean) =>
        $"\r\n\u001b[1;33m[LabHost] {english}\r\n[LabHost] {korean}\u001b[0m\r\n";
}
