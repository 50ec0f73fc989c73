namespace LabHost.Web.Security;

/// <summary>
/// Headers on every response. The CSP allows what the pages use and nothing else: scripts only
/// from this site (blazor.web.js, the components' modules, xterm.js), the WebSocket back to this
/// site ('self' covers ws/wss of the same host), images from this site. Styles need
/// 'unsafe-inline': xterm.js and Blazor's reconnect UI add &lt;style&gt; elements at run time. No
/// inline script anywhere, so none is allowed.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        await next(context);
    });
}
