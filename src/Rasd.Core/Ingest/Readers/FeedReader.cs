using System.ServiceModel.Syndication;
using System.Xml;
using Rasd.Model;

namespace Rasd.Ingest;

/// <summary>
/// RSS 2.0 and Atom 1.0 feeds (System.ServiceModel.Syndication): each entry becomes a document. The XML reader
/// never processes a DTD and has no resolver, so external entities and entity expansion are never resolved:
/// a feed that uses declared entities fails as malformed.
/// </summary>
public sealed class FeedReader : IScoredReader
{
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";

    public string Format => "feed";
    public IReadOnlyList<string> Extensions { get; } = [".rss", ".atom", ".xml"];

    public bool CanRead(string content, string source) => Score(content, source) != Confidence.No;

    public Confidence Score(string content, string source) => Kind(content) != null ? Confidence.Strong : Confidence.No;

    /// <summary>"rss" or "atom" by the root element, or null.</summary>
    internal static string? Kind(string content)
    {
        var root = Sniff.RootElement(content, out _);
        if (root == null) return null;
        var local = root.Contains(':') ? root[(root.IndexOf(':') + 1)..] : root;
        if (local.Equals("rss", StringComparison.OrdinalIgnoreCase)) return "rss";
        if (local.Equals("feed", StringComparison.Ordinal)) return "atom";
        return null;
    }

    public IEnumerable<Document> Read(string content, string source) =>
        ReadEntries(content, source, InputOptions.Default).Where(r => r.IsOk).Select(r => r.Document!);

    public static XmlReaderSettings SafeSettings(long maxChars = 0) => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = maxChars,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    public IEnumerable<ReadResult> ReadEntries(string content, string source, InputOptions options)
    {
        var kind = Kind(content) ?? throw new InputException("not an RSS or Atom feed (no <rss> or <feed> root element)");
        SyndicationFeed feed;
        try
        {
            using var xr = XmlReader.Create(new StringReader(content), SafeSettings());
            SyndicationFeedFormatter formatter = kind == "rss" ? new Rss20FeedFormatter() : new Atom10FeedFormatter();
            formatter.DateTimeParser = ParseDate;
            if (!formatter.CanRead(xr))
                throw new InputException($"malformed {Name(kind)}: the root element is not one this reader supports (RSS 2.0 <rss> or Atom 1.0 <feed xmlns=\"http://www.w3.org/2005/Atom\">)");
            formatter.ReadFrom(xr);
            feed = formatter.Feed;
        }
        catch (XmlException e)
        {
            var unsafeHint = e.Message.Contains("entity", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase)
                ? " (entities declared in a DTD are never expanded or resolved)" : "";
            throw new InputException($"malformed {Name(kind)}: {e.Message}{unsafeHint}");
        }
        catch (Exception e) when (e is not (InputException or OutOfMemoryException))
        {
            // The syndication formatters throw several exception types on bad feeds (NotSupported for an unknown RSS version...).
            throw new InputException($"malformed {Name(kind)}: {e.Message}");
        }

        var outlet = Clean(feed.Title?.Text);
        var results = new List<ReadResult>();
        var n = 0;
        foreach (var item in feed.Items)
        {
            n++;
            var src = $"{source}#{n}";
            var text = HtmlText.FromHtml(EntryHtml(item));
            var title = Clean(item.Title?.Text);
            if (text.Length == 0)
            {
                results.Add(ReadResult.Rejected(src, $"{Name(kind)} entry {n}{(title != null ? $" ('{title}')" : "")} has no text (no content or summary)"));
                continue;
            }
            var meta = new DocumentMeta
            {
                Source = src,
                Format = kind,
                Title = title,
                Outlet = outlet,
                Url = Link(item),
                Byline = item.Authors.Select(a => a.Name ?? a.Email).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a)),
            };
            var when = item.PublishDate != DateTimeOffset.MinValue ? item.PublishDate : item.LastUpdatedTime;
            if (when != DateTimeOffset.MinValue)
            {
                var day = DateValue.OfDay(DateOnly.FromDateTime(when.DateTime), "feed");
                meta.Published = day;
                meta.PublishedAt = when;
                meta.DateEvidence.Add(new DateEvidence(day, "feed", null, when.ToString("O")));
            }
            results.Add(ReadResult.Ok(new Document(text, meta)));
        }
        if (n == 0) throw new InputException($"the {Name(kind)} has no entries");
        return results;
    }

    private static string Name(string kind) => kind == "rss" ? "RSS feed" : "Atom feed";

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        var t = HtmlText.FromHtml(s).Replace('\n', ' ');
        return t.Length == 0 ? null : t;
    }

    /// <summary>The fullest body an entry carries: content:encoded, then content, then summary/description.</summary>
    private static string EntryHtml(SyndicationItem item)
    {
        foreach (var ext in item.ElementExtensions)
            if (ext.OuterName == "encoded" && ext.OuterNamespace == ContentNs)
            {
                var s = ext.GetObject<string>();
                if (!string.IsNullOrWhiteSpace(s)) return s;
            }
        switch (item.Content)
        {
            case TextSyndicationContent t when !string.IsNullOrWhiteSpace(t.Text):
                return t.Text;
            case XmlSyndicationContent x:
                using (var r = x.GetReaderAtContent())
                {
                    var inner = r.ReadInnerXml();
                    if (!string.IsNullOrWhiteSpace(inner)) return inner;
                }
                break;
        }
        return item.Summary?.Text ?? "";
    }

    private static string? Link(SyndicationItem item)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate") ?? item.Links.FirstOrDefault();
        if (link?.Uri != null)
        {
            var uri = link.BaseUri != null && !link.Uri.IsAbsoluteUri ? new Uri(link.BaseUri, link.Uri) : link.Uri;
            return uri.IsAbsoluteUri ? uri.AbsoluteUri : uri.OriginalString;
        }
        return item.Id is { } id && Sniff.IsUrl(id) ? id : null;
    }

    /// <summary>Feeds in the wild write dates loosely: an unreadable date leaves the entry undated instead of failing the feed.</summary>
    private static bool ParseDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        value = DateTimeOffset.MinValue;
        if (MetaDates.TryParse(data.DateTimeString, "feed", out var day, out var at))
            value = at ?? new DateTimeOffset(day.Year, day.Month, day.Day, 0, 0, 0, TimeSpan.Zero);
        return true;
    }
}
