using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Net.Http.Headers;

namespace LabHost.Web;

/// <summary>A browser-less learner (or instructor): its cookies, the pages it opens and the workspace id a lab page names.</summary>
internal sealed partial class LearnerClient(WebApplicationFactory<Program> factory)
{
    private readonly HttpClient client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
    private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);

    public string CookieHeader => string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"));

    public async Task<string> GetPageAsync(string path, string acceptLanguage = "en")
    {
        using var response = await GetAsync(path, "text/html", acceptLanguage);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A GET with this client's cookies; the caller reads (and disposes) the response: a download, JSON.</summary>
    public async Task<HttpResponseMessage> GetAsync(string path, string accept, string acceptLanguage = "en")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd(accept);
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", CookieHeader);
        }
        var response = await client.SendAsync(request);
        Remember(response);
        return response;
    }

    public async Task<HttpResponseMessage> PostFormAsync(string path, string html, params (string Name, string Value)[] fields)
    {
        var token = TokenPattern().Match(html).Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token))),
        };
        request.Headers.Add("Cookie", CookieHeader);
        var response = await client.SendAsync(request);
        Remember(response);
        return response;
    }

    /// <summary>Takes another learner's cookies: the same browser coming back to a restarted server.</summary>
    public void Adopt(LearnerClient other)
    {
        foreach (var (name, value) in other.cookies)
        {
            cookies[name] = value;
        }
    }

    /// <summary>Opens the lab page (prerendering starts the workspace) and returns the workspace id it names.</summary>
    public async Task<string> OpenLabAsync(string labId = "docker-networking")
    {
        var html = await GetPageAsync("/labs/" + labId);
        var match = WorkspacePattern().Match(html);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException("no workspace on the lab page:\n" + html);
    }

    private void Remember(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("Set-Cookie", out var values))
        {
            foreach (var cookie in SetCookieHeaderValue.ParseList(values.ToList()))
            {
                cookies[cookie.Name.Value!] = cookie.Value.Value!;
            }
        }
    }

    [GeneratedRegex("data-workspace=\"([^\"]+)\"")]
    private static partial Regex WorkspacePattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
