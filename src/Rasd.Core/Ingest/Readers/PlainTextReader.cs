using Rasd.Model;

namespace Rasd.Ingest;

/// <summary>Plain text and markdown (scraped articles, copied posts): the decoded text is the document, unchanged.</summary>
public sealed class PlainTextReader : IScoredReader
{
    public string Format => "text";
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".markdown", ".text"];

    public bool CanRead(string content, string source) => true;

    /// <summary>Anything decoded is text; every other reader outranks this one when it recognises the content.</summary>
    public Confidence Score(string content, string source) => Confidence.Weak;

    public IEnumerable<Document> Read(string content, string source) =>
        ReadEntries(content, source, InputOptions.Default).Where(r => r.IsOk).Select(r => r.Document!);

    public IEnumerable<ReadResult> ReadEntries(string content, string source, InputOptions options)
    {
        if (string.IsNullOrWhiteSpace(content)) throw new InputException("no text (only whitespace)");
        return [ReadResult.Ok(new Document(content, new DocumentMeta { Source = source, Format = "text" }))];
    }
}
