using LabHost.Workspaces.Simulated.Processes;
using LabHost.Workspaces.Simulated.Shell;

namespace LabHost.Workspaces.Simulated.Programs.Core;

/// <summary>
/// The busybox/coreutils basics every simulated machine has, in one explicit table. `sh` always speaks
/// ash (a Debian host's /bin/sh is dash, whose wording differs a little); the host also gets `bash`.
/// </summary>
public static class CorePrograms
{
    public static ProgramTable AddTo(ProgramTable table, ShellDialect dialect) => table
        .Add("cat", new CatProgram(dialect))
        .Add("grep", new GrepProgram(dialect))
        .Add("egrep", new GrepProgram(dialect))
        .Add("head", new HeadProgram(dialect))
        .Add("tail", new TailProgram(dialect))
        .Add("wc", new WcProgram(dialect))
        .Add("echo", new EchoProgram())
        .Add("sleep", new SleepProgram())
        .Add("hostname", new HostnameProgram())
        .Add("true", new StatusProgram(0))
        .Add("false", new StatusProgram(1))
        .Add("ls", new LsProgram())
        .Add("env", new EnvProgram())
        .Add("sort", new SortProgram(dialect))
        .Add("uniq", new UniqProgram(dialect))
        .Add("tr", new TrProgram())
        .Add("seq", new SeqProgram())
        .Add("sh", new ShProgram(ShellDialect.Ash))
        .Add(dialect == ShellDialect.Ash ? "ash" : "bash", new ShProgram(dialect));
}
