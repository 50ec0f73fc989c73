using LabHost.Labs.Model;

namespace LabHost.Web.Localization;

/// <summary>
/// The learner's UI language: the <c>lh-lang</c> cookie when set (the switch on every page sets
/// it), else the best of Korean and English in Accept-Language, else English. Stateless.
/// </summary>
public static class UiLanguage
{
    public const string CookieName = "lh-lang";

    public static LabLanguage Resolve(HttpContext context) =>
        Parse(context.Request.Cookies[CookieName]) ?? FromAcceptLanguage(context.Request.Headers.AcceptLanguage.ToString());

    public static LabLanguage? Parse(string? code) => code switch
    {
        "ko" => LabLanguage.Ko,
        "en" => LabLanguage.En,
        _ => null,
    };

    /// <summary>The first of ko and en by quality (ties: header order); English when neither is asked for.</summary>
    public static LabLanguage FromAcceptLanguage(string header)
    {
        var best = (Language: LabLanguage.En, Quality: -1.0);
        foreach (var part in header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(';', StringSplitOptions.TrimEntries);
            var quality = 1.0;
            foreach (var parameter in pieces.Skip(1))
            {
                if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                    && double.TryParse(parameter[2..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var q))
                {
                    quality = q;
                }
            }
            var tag = pieces[0];
            LabLanguage? language = tag.StartsWith("ko", StringComparison.OrdinalIgnoreCase) ? LabLanguage.Ko
                : tag.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? LabLanguage.En
                : null;
            if (language is { } found && quality > best.Quality)
            {
                best = (found, quality);
            }
        }
        return best.Language;
    }
}
