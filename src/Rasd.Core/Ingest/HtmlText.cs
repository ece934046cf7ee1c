using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Rasd.Ingest;

/// <summary>HTML to plain text: one paragraph (block) per line, whitespace collapsed inside a line, no markup.</summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "thead", "tbody",
        "blockquote", "section", "article", "header", "footer", "main", "aside", "nav", "pre", "figure", "figcaption", "hr",
        "address", "form", "fieldset", "details", "summary", "caption", "body", "html",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "head", "select", "button",
    };

    /// <summary>Text of an HTML fragment or page (feeds carry HTML in descriptions).</summary>
    public static string FromHtml(string html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        // Plain text without markup or entities needs no parsing (most feed summaries).
        if (html.IndexOf('<') < 0 && html.IndexOf('&') < 0) return Lines(html);
        var doc = new HtmlParser().ParseDocument(html);
        return doc.Body is { } body ? FromElement(body) : Lines(doc.DocumentElement?.TextContent ?? "");
    }

    /// <summary>Text of an element: blocks on their own lines, empty lines dropped.</summary>
    public static string FromElement(INode root)
    {
        var sb = new StringBuilder();
        Walk(root, sb);
        return Lines(sb.ToString());
    }

    private static void Walk(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    sb.Append(t.Data);
                    break;
                case IElement e:
                    if (Skipped.Contains(e.LocalName)) break;
                    if (e.HasAttribute("hidden")) break;
                    var block = Blocks.Contains(e.LocalName);
                    if (block) sb.Append('\n');
                    else if (e.LocalName is "td" or "th") sb.Append(' ');
                    Walk(e, sb);
                    if (block) sb.Append('\n');
                    break;
            }
        }
    }

    /// <summary>Collapses whitespace inside lines, trims them and drops empty ones.</summary>
    internal static string Lines(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var raw in s.Split('\n'))
        {
            var line = Collapse(raw);
            if (line.Length == 0) continue;
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(line);
        }
        return sb.ToString();
    }

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
