using Rasd.Model;

namespace Rasd.Ingest;

/// <summary>One outcome of reading an input: a document, or a rejection naming the input and the reason.</summary>
public sealed record ReadResult(Document? Document, string Source, string? Error)
{
    public static ReadResult Ok(Document d) => new(d, d.Meta.Source, null);
    public static ReadResult Rejected(string source, string reason) => new(null, source, reason);
    public bool IsOk => Document != null;
}

/// <summary>A reader for one input format, chosen by content (not by file name alone).</summary>
public interface IDocumentReader
{
    /// <summary>Short name: text, html, rss, atom, telegram, trec, jsonl.</summary>
    string Format { get; }
    /// <summary>True when the decoded content looks like this format.</summary>
    bool CanRead(string content, string source);
    /// <summary>Documents in the content (a feed or export holds many). Throws <see cref="InputException"/> on malformed input.</summary>
    IEnumerable<Document> Read(string content, string source);
}

/// <summary>Bad input: the message names the reason; the caller adds the source.</summary>
public sealed class InputException(string message) : Exception(message);
