using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Rasd.Server;

/// <summary>Serves the web UI from resources embedded in this assembly (wwwroot/), with no file system access.</summary>
internal static class EmbeddedUi
{
    private static readonly Dictionary<string, string> ContentTypes = new()
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".ico"] = "image/x-icon",
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        var asm = typeof(EmbeddedUi).Assembly;
        const string prefix = "Rasd.Server.wwwroot.";
        var files = asm.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(n => n[prefix.Length..], n => Load(asm, n));
        foreach (var (name, bytes) in files)
        {
            var type = ContentTypes.GetValueOrDefault(Path.GetExtension(name), "application/octet-stream");
            var route = name == "index.html" ? "/" : "/" + name;
            app.MapGet(route, (HttpContext ctx) =>
            {
                ctx.Response.Headers.CacheControl = "no-cache";
                return Results.Bytes(bytes, type);
            }).ExcludeFromDescription();
        }
    }

    private static byte[] Load(Assembly asm, string name)
    {
        using var s = asm.GetManifestResourceStream(name)!;
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }
}
