using System.Text.Json;

namespace LabHost.Classes.Gradebook;

/// <summary>
/// A check attempt's detail as stored with its event: what triggered it and each check's result
/// in both languages, so the gradebook can show an instructor what the learner saw. Older
/// attempts hold a plain summary; <see cref="Parse"/> returns null for those.
/// </summary>
public sealed record AttemptDetail(string Trigger, IReadOnlyList<AttemptCheck> Checks)
{
    private const int MaxLength = 2000;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Serialize()
    {
        var text = JsonSerializer.Serialize(this, Json);
        if (text.Length <= MaxLength)
        {
            return text;
        }
        // Too long for the column: keep every verdict, shorten the messages.
        var shortened = this with { Checks = Checks.Select(c => c with { Ko = Cut(c.Ko), En = Cut(c.En) }).ToList() };
        text = JsonSerializer.Serialize(shortened, Json);
        return text.Length <= MaxLength ? text : JsonSerializer.Serialize(this with { Checks = Checks.Select(c => c with { Ko = "", En = "" }).ToList() }, Json);
    }

    public static AttemptDetail? Parse(string? detail)
    {
        if (detail is null || !detail.StartsWith('{'))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<AttemptDetail>(detail, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Cut(string text) => text.Length <= 120 ? text : text[..117] + "...";
}

/// <summary>One check of an attempt: its kind, verdict and the message in Korean and English.</summary>
public sealed record AttemptCheck(string Kind, bool Passed, string Ko, string En);
