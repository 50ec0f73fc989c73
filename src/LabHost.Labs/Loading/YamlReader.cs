using LabHost.Labs.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LabHost.Labs.Loading;

/// <summary>
/// Reads a YAML file through YamlDotNet's representation model (which keeps every node's
/// position) and turns each problem into a diagnostic instead of an exception. One per file.
/// </summary>
internal sealed class YamlReader(string file, List<LabDiagnostic> diagnostics)
{
    public string File { get; } = file;

    public YamlMappingNode? LoadRoot(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            Error(e.Start, DiagnosticCodes.YamlSyntax, "YAML syntax error: " + Innermost(e).Message);
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            diagnostics.Add(new(DiagnosticSeverity.Error, File, 0, 0, DiagnosticCodes.YamlShape, "the file is empty"));
            return null;
        }
        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode mapping)
        {
            return mapping;
        }
        Error(root, DiagnosticCodes.YamlShape, "the file must be a mapping of keys to values");
        return null;
    }

    public void Error(YamlNode node, string code, string message) => Error(node.Start, code, message);

    public void Error(Mark mark, string code, string message) =>
        diagnostics.Add(new(DiagnosticSeverity.Error, File, (int)mark.Line, (int)mark.Column, code, message));

    public void Warning(YamlNode node, string code, string message) =>
        diagnostics.Add(new(DiagnosticSeverity.Warning, File, (int)node.Start.Line, (int)node.Start.Column, code, message));

    public YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>A scalar value, or null (with an error when it is required or not a scalar).</summary>
    public string? Scalar(YamlMappingNode map, string key, bool required, string code = DiagnosticCodes.YamlShape)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
            {
                Error(map, code, $"'{key}' is missing");
            }
            return null;
        }
        if (node is YamlScalarNode { Value: { } value } && (value.Length > 0 || !required))
        {
            return value;
        }
        Error(node, code, $"'{key}' must be a single value");
        return null;
    }

    public T? Node<T>(YamlMappingNode map, string key, bool required, string what) where T : YamlNode
    {
        var node = Get(map, key);
        if (node is T typed)
        {
            return typed;
        }
        if (node is not null || required)
        {
            Error((YamlNode?)node ?? map, DiagnosticCodes.YamlShape, node is null ? $"'{key}' is missing" : $"'{key}' must be {what}");
        }
        return null;
    }

    /// <summary>A <c>{ko: ..., en: ...}</c> mapping; a missing language is reported with <paramref name="missingCode"/>.</summary>
    public LocalizedText Localized(YamlMappingNode map, string key, bool required, string missingCode, string what)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
            {
                Error(map, missingCode, $"{what} is missing in both languages");
            }
            return LocalizedText.Empty;
        }
        return Localized(node, missingCode, what);
    }

    public LocalizedText Localized(YamlNode node, string missingCode, string what)
    {
        if (node is not YamlMappingNode texts)
        {
            Error(node, DiagnosticCodes.YamlShape, $"{what} must be a mapping with 'ko' and 'en'");
            return LocalizedText.Empty;
        }
        Allow(texts, "ko", "en");
        var ko = Text(texts, LabLanguage.Ko, missingCode, what);
        var en = Text(texts, LabLanguage.En, missingCode, what);
        return new LocalizedText(ko, en);
    }

    /// <summary>Warns about keys the format does not know (usually a typo).</summary>
    public void Allow(YamlMappingNode map, params string[] keys)
    {
        foreach (var key in map.Children.Keys)
        {
            if (key is not YamlScalarNode { Value: { } name } || Array.IndexOf(keys, name) < 0)
            {
                Warning(key, DiagnosticCodes.UnknownKey, $"unknown key '{key}' (expected one of: {string.Join(", ", keys)})");
            }
        }
    }

    private string Text(YamlMappingNode texts, LabLanguage language, string missingCode, string what)
    {
        var value = Get(texts, language.Code());
        if (value is YamlScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
        {
            return text;
        }
        Error(value ?? texts, missingCode, $"{what} is missing in '{language.Code()}'");
        return string.Empty;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is YamlException inner)
        {
            e = inner;
        }
        return e;
    }
}
