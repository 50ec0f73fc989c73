using LabHost.Grading.Parsing;
using LabHost.Labs.Lint;
using LabHost.Labs.Model;

namespace LabHost.Cli;

/// <summary>`labhost lint [DIR]`: every problem of every lab, as file:line:column: error CODE: message.</summary>
public static class LintCommand
{
    public static async Task<int> RunAsync(string directory, TextWriter stdout, TextWriter stderr)
    {
        var labs = LabFolders.Find(directory);
        if (labs.Count == 0)
        {
            await stderr.WriteLineAsync($"labhost lint: no lab in {directory} (a lab is a folder with lab.yaml)");
            return 2;
        }

        var errors = 0;
        foreach (var lab in labs)
        {
            var diagnostics = LabLinter.Lint(lab, CheckCatalog.Instance);
            foreach (var d in diagnostics)
            {
                await stdout.WriteLineAsync($"{Path.Combine(lab, d.File)}:{d.Line}:{d.Column}: {(d.Severity == DiagnosticSeverity.Error ? "error" : "warning")} {d.Code}: {d.Message}");
            }

            var count = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            errors += count;
            await stdout.WriteLineAsync($"{lab}: {(count == 0 ? "ok" : $"{count} error(s)")}");
        }

        return errors == 0 ? 0 : 1;
    }
}
