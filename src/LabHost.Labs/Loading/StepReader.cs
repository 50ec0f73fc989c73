using LabHost.Labs.Model;
using YamlDotNet.RepresentationModel;

namespace LabHost.Labs.Loading;

/// <summary>Reads the <c>steps:</c> list of lab.yaml.</summary>
internal static class StepReader
{
    public static IReadOnlyList<LabStep> ReadSteps(YamlReader reader, YamlMappingNode root)
    {
        var list = reader.Node<YamlSequenceNode>(root, "steps", required: true, "a list of steps");
        if (list is null)
        {
            return [];
        }
        var steps = new List<LabStep>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in list)
        {
            if (node is not YamlMappingNode map)
            {
                reader.Error(node, DiagnosticCodes.YamlShape, "a step must be a mapping with 'id', 'checks', 'hints' and 'solution'");
                continue;
            }
            var step = ReadStep(reader, map);
            if (step.Id.Length > 0 && !seen.Add(step.Id))
            {
                reader.Error(map, DiagnosticCodes.DuplicateStepId, $"step id '{step.Id}' is used by an earlier step");
                continue;
            }
            steps.Add(step);
        }
        return steps;
    }

    private static LabStep ReadStep(YamlReader reader, YamlMappingNode map)
    {
        reader.Allow(map, "id", "checks", "hints", "solution");
        var id = reader.Scalar(map, "id", required: true, DiagnosticCodes.BadStepId) ?? string.Empty;
        if (id.Length > 0 && !LabIds.IsValid(id))
        {
            reader.Error(reader.Get(map, "id")!, DiagnosticCodes.BadStepId, $"step id '{id}' is not valid: use {LabIds.Rule}");
        }
        var checks = ReadChecks(reader, map);
        var hints = new List<LocalizedText>();
        foreach (var hint in reader.Node<YamlSequenceNode>(map, "hints", required: false, "a list of hints")?.Children ?? [])
        {
            hints.Add(reader.Localized(hint, DiagnosticCodes.HintLanguageMissing, $"hint {hints.Count + 1} of step '{id}'"));
        }
        var solution = ReadSolution(reader, map, id);
        return new LabStep(id, (int)map.Start.Line, checks, hints, solution);
    }

    private static List<CheckSpec> ReadChecks(YamlReader reader, YamlMappingNode map)
    {
        var checks = new List<CheckSpec>();
        foreach (var node in reader.Node<YamlSequenceNode>(map, "checks", required: false, "a list of checks")?.Children ?? [])
        {
            if (node is not YamlMappingNode check)
            {
                reader.Error(node, DiagnosticCodes.YamlShape, "a check must be a mapping with a 'kind'");
                continue;
            }
            var kind = reader.Scalar(check, "kind", required: true, DiagnosticCodes.CheckKindMissing);
            if (kind is null)
            {
                continue;
            }
            var parameters = CheckValueReader.ReadMap(check, skipKey: "kind");
            checks.Add(new CheckSpec(kind, new System.Collections.ObjectModel.ReadOnlyDictionary<string, CheckValue>(parameters), (int)check.Start.Line, (int)check.Start.Column));
        }
        return checks;
    }

    private static List<string> ReadSolution(YamlReader reader, YamlMappingNode map, string id)
    {
        var node = reader.Get(map, "solution");
        var commands = node switch
        {
            YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty).ToList(),
            YamlScalarNode { Value: { } single } => [single],
            _ => new List<string>(),
        };
        if (node is YamlSequenceNode seq && seq.Children.Any(c => c is not YamlScalarNode))
        {
            reader.Error(node, DiagnosticCodes.YamlShape, "'solution' must be a list of commands");
        }
        commands.RemoveAll(string.IsNullOrWhiteSpace);
        if (commands.Count == 0)
        {
            reader.Error(node ?? map, DiagnosticCodes.SolutionMissing, $"step '{id}' has no solution: list the commands that complete it");
        }
        return commands;
    }
}
