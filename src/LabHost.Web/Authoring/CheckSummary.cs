using LabHost.Labs.Model;

namespace LabHost.Web.Authoring;

/// <summary>A check of lab.yaml in one line, as an author wrote it: <c>network-exists name=app-net driver=bridge</c>. Stateless.</summary>
public static class CheckSummary
{
    public static string Describe(CheckSpec check) =>
        string.Join(' ', check.Parameters.Select(p => $"{p.Key}={Describe(p.Value)}").Prepend(check.Kind));

    private static string Describe(CheckValue value) => value switch
    {
        CheckScalar scalar => scalar.Value,
        CheckList list => "[" + string.Join(", ", list.Items.Select(Describe)) + "]",
        CheckMap map => "{" + string.Join(", ", map.Entries.Select(e => $"{e.Key}: {Describe(e.Value)}")) + "}",
        _ => value.ToString(),
    };
}
