using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Rasd.Model;
using Document = Rasd.Model.Document;

namespace Rasd.Ingest;

/// <summary>
/// HTML pages: the main content (SmartReader, falling back to the article/main/body element with AngleSharp) as
/// plain text, one paragraph per line; title, publication date, canonical URL, site name and author from metadata.
/// </summary>
public sealed class HtmlReader : IScoredReader
{
    private static readonly HashSet<string> HtmlRoots = new(StringComparer.OrdinalIgnoreCase)
    {
        "html", "head", "body", "meta", "title", "article", "main", "div", "p", "section", "header", "h1", "h2", "link", "script", "style", "table", "span", "a", "ul",
    };

    private static readonly string[] Furniture = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "template"];

    public string Format => "html";
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml", ".php", ".aspx", ".asp", ".jsp"];

    public bool CanRead(string content, string source) => Score(content, source) != Confidence.No;

    public Confidence Score(string content, string source)
    {
        var root = Sniff.RootElement(content, out var doctype);
        if (doctype || (root != null && root.Equals("html", StringComparison.OrdinalIgnoreCase))) return Confidence.Strong;
        if (root != null && HtmlRoots.Contains(root)) return Confidence.Weak;
        return Confidence.No;
    }

    public IEnumerable<Document> Read(string content, string source) =>
        ReadEntries(content, source, InputOptions.Default).Where(r => r.IsOk).Select(r => r.Document!);

    public IEnumerable<ReadResult> ReadEntries(string content, string source, InputOptions options)
    {
        var parser = new HtmlParser();
        var page = parser.ParseDocument(content);
        var meta = new DocumentMeta { Source = source, Format = "html" };
        ReadMeta(page, meta, source);

        var text = MainText(content, meta.Url ?? (Sniff.IsUrl(source) ? source : null));
        if (text.Length == 0) text = Fallback(parser.ParseDocument(content));
        if (text.Length == 0) throw new InputException("the HTML page has no readable text");
        // Readability drops the headline as a duplicate of the title; a news page's content starts with it.
        if (Headline(page, meta) is { } headline && !text.StartsWith(headline, StringComparison.Ordinal)) text = headline + "\n" + text;
        return [ReadResult.Ok(new Document(text, meta))];
    }

    private static string MainText(string html, string? url)
    {
        try
        {
            var reader = new SmartReader.Reader(url ?? "http://localhost/", html) { Debug = false, Logging = SmartReader.ReportLevel.Issue };
            var article = reader.GetArticle();
            if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content)) return "";
            return HtmlText.FromHtml(article.Content);
        }
        catch (Exception)
        {
            // SmartReader is a heuristic: any failure falls back to the structural extraction.
            return "";
        }
    }

    /// <summary>The page's h1 (inside the article when there is one), else the metadata title.</summary>
    private static string? Headline(IHtmlDocument page, DocumentMeta meta)
    {
        var h1 = page.QuerySelector("article h1") ?? page.QuerySelector("main h1") ?? page.QuerySelector("h1");
        var text = h1 != null ? HtmlText.FromElement(h1).Replace('\n', ' ') : meta.Title;
        return string.IsNullOrWhiteSpace(text) || text.Length > 300 ? null : text.Trim();
    }

    private static string Fallback(IHtmlDocument page)
    {
        var root = page.QuerySelector("[itemprop=articleBody]") ?? page.QuerySelector("article") ?? page.QuerySelector("main") ?? page.Body;
        if (root == null) return "";
        foreach (var tag in Furniture)
            foreach (var e in root.QuerySelectorAll(tag).ToList())
                e.Remove();
        return HtmlText.FromElement(root);
    }

    private static void ReadMeta(IHtmlDocument page, DocumentMeta meta, string source)
    {
        string? Meta(string attr, string name) =>
            page.QuerySelectorAll($"meta[{attr}]").FirstOrDefault(m => string.Equals(m.GetAttribute(attr), name, StringComparison.OrdinalIgnoreCase))
                ?.GetAttribute("content") is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        meta.Title = Meta("property", "og:title") ?? NonEmpty(page.Title);
        meta.Outlet = Meta("property", "og:site_name") ?? Meta("name", "application-name");
        meta.Byline = Meta("name", "author") ?? (Meta("property", "article:author") is { } a && !Sniff.IsUrl(a) ? a : null);
        var ogUrl = Meta("property", "og:url");
        meta.Url = page.QuerySelectorAll("link[rel]").FirstOrDefault(l => l.GetAttribute("rel")!.Split(' ').Contains("canonical", StringComparer.OrdinalIgnoreCase))
                       ?.GetAttribute("href") is { Length: > 0 } canon ? Absolute(canon, source, ogUrl)
                   : ogUrl ?? (Sniff.IsUrl(source) ? source : null);
        meta.Language = NonEmpty(page.DocumentElement?.GetAttribute("lang"));

        var candidates = new List<string?>
        {
            Meta("property", "article:published_time"),
            page.QuerySelector("[itemprop=datePublished]") is { } ip ? ip.GetAttribute("content") ?? ip.GetAttribute("datetime") ?? ip.TextContent : null,
        };
        candidates.AddRange(JsonLdDates(page));
        candidates.Add(Meta("name", "pubdate") ?? Meta("name", "publish-date") ?? Meta("name", "date"));
        candidates.Add(page.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        foreach (var c in candidates)
            if (MetaDates.Apply(meta, c, "metadata")) break;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Absolute(string href, string source, string? pageUrl)
    {
        href = href.Trim();
        if (Sniff.IsUrl(href) && Uri.TryCreate(href, UriKind.Absolute, out var abs)) return abs.AbsoluteUri;
        // A relative canonical link is resolved against the page's own address, when known.
        var baseUrl = Sniff.IsUrl(source) ? source : pageUrl;
        if (baseUrl != null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var b) && Uri.TryCreate(b, href, out var rel)) return rel.AbsoluteUri;
        return href;
    }

    /// <summary>datePublished of JSON-LD blocks (an object, an array, or an @graph).</summary>
    private static IEnumerable<string?> JsonLdDates(IHtmlDocument page)
    {
        var found = new List<string?>();
        foreach (var script in page.QuerySelectorAll("script[type]"))
        {
            if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
                Collect(json.RootElement, found, 0);
            }
            catch (JsonException)
            {
                // A broken JSON-LD block is common and says nothing about the page: other sources of the date remain.
            }
        }
        return found;
    }

    private static void Collect(JsonElement e, List<string?> found, int depth)
    {
        if (depth > 4) return;
        if (e.ValueKind == JsonValueKind.Array)
            foreach (var x in e.EnumerateArray()) Collect(x, found, depth + 1);
        else if (e.ValueKind == JsonValueKind.Object)
        {
            if (e.TryGetProperty("datePublished", out var d) && d.ValueKind == JsonValueKind.String) found.Add(d.GetString());
            if (e.TryGetProperty("@graph", out var g)) Collect(g, found, depth + 1);
        }
    }
}
