using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Rasd.Ingest;
using Rasd.Model;

namespace Rasd.Server;

/// <summary>Reads a posted body within the size limit, decodes it and gives a format hint from its content type.</summary>
internal static class BodyReader
{
    /// <summary>Content types accepted, with the reader format they suggest (null: sniff the content).</summary>
    private static readonly Dictionary<string, string?> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text/plain"] = "text",
        ["text/html"] = "html",
        ["application/xhtml+xml"] = "html",
        ["application/rss+xml"] = "rss",
        ["application/atom+xml"] = "atom",
        ["application/xml"] = null,
        ["text/xml"] = null,
        ["application/json"] = "json",
        ["application/x-ndjson"] = "jsonl",
        ["application/jsonl"] = "jsonl",
        ["application/x-jsonlines"] = "jsonl",
        ["application/octet-stream"] = null,
    };

    public sealed record Body(string? Text, string? FormatHint, IResult? Error);

    public static async Task<Body> ReadBody(HttpRequest req, long max, CancellationToken ct)
    {
        var body = await ReadBodyCore(req, max, ct);
        // A body refused unread leaves the connection unusable: tell the client not to reuse it.
        if (body.Error != null) req.HttpContext.Response.Headers.Connection = "close";
        return body;
    }

    private static async Task<Body> ReadBodyCore(HttpRequest req, long max, CancellationToken ct)
    {
        string? hint = null;
        string? charset = null;
        if (!string.IsNullOrEmpty(req.ContentType))
        {
            if (!MediaTypeHeaderValue.TryParse(req.ContentType, out var mt) || !Types.TryGetValue(mt.MediaType.ToString(), out hint))
                return new Body(null, null, Results.Problem(statusCode: 415, title: "Unsupported media type",
                    detail: $"cannot ingest '{req.ContentType}': send text/plain, text/html, RSS/Atom XML, application/json or application/x-ndjson"));
            if (mt.Charset.HasValue)
            {
                charset = mt.Charset.ToString().Trim('"');
                try { _ = Encoding.GetEncoding(charset); }
                catch (ArgumentException)
                {
                    return new Body(null, null, Results.Problem(statusCode: 415, title: "Unsupported charset",
                        detail: $"unknown charset '{mt.Charset}'"));
                }
            }
        }
        if (req.ContentLength > max) return TooLarge(max);

        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = await req.Body.ReadAsync(buffer, ct)) > 0)
        {
            if (ms.Length + n > max) return TooLarge(max);
            ms.Write(buffer, 0, n);
        }
        var bytes = ms.GetBuffer().AsSpan(0, (int)ms.Length);
        if (bytes.Length == 0)
            return new Body(null, null, Results.Problem(statusCode: 400, title: "Empty body", detail: "the request body is empty: send the document in it"));
        // The same decoding as files: BOMs, UTF-8, UTF-16, Windows-1256 detection; a declared charset is checked against the bytes.
        var decoded = TextDecoder.Decode(bytes, charset);
        if (!decoded.Ok)
            return new Body(null, null, Results.Problem(statusCode: 400, title: "Undecodable body",
                detail: $"the body cannot be read as text: {decoded.Error}; give its charset in the Content-Type (e.g. text/html; charset=windows-1256)"));
        return new Body(decoded.Text, hint, null);
    }

    private static Body TooLarge(long max) => new(null, null, Results.Problem(statusCode: 413, title: "Body too large",
        detail: $"the body is larger than the limit of {max:N0} bytes"));

    /// <summary>The CLI's readers, chosen by content; the content type's format breaks ties.</summary>
    public static IEnumerable<ReadResult> Read(string content, string source, string? hint) => Inputs.ReadContent(content, source, hint);
}
