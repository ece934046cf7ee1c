using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rasd.Ingest;

namespace Rasd.Tests.Ingest;

/// <summary>Properties of decoding and reading on random strings.</summary>
public sealed class IngestPropertyTests
{
    private static readonly string[] TextTokens =
        ["ب", "ت", "ع", "ة", "ى", "ء", "لا", " ", " ", "\n", "\r\n", "\t", "A", "z", "é", "٣", "7", "،", "؟", ".", "😀", "\u200C", "«", "»"];

    private static readonly string[] Cp1256Tokens = ["ب", "ت", "ع", "ة", "ى", "ء", "لا", "ش", " ", " ", "\n", "A", "z", "7", ".", ",", "-"];

    // Markup and JSON pieces as well, to fuzz detection and every reader.
    private static readonly string[] AnyTokens =
        [.. TextTokens, "<", ">", "</", "&", "&amp;", "&#1575;", "{", "}", "[", "]", "\"", ":", "<DOC>", "<TEXT>", "</TEXT>", "<rss>", "<feed>", "<html>", "<p>",
         "<!DOCTYPE", "<!ENTITY", "<?xml", "\"messages\":[", "\"text\":", "\0", "\u0001"];

    private static Arbitrary<string> From(string[] tokens) =>
        Gen.ArrayOf(Gen.Elements(tokens)).Select(a => string.Concat(a)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Utf8AndUtf16RoundTrip() =>
        Prop.ForAll(From(TextTokens), s =>
        {
            if (s.Length == 0) return !TextDecoder.Decode(Encoding.UTF8.GetBytes(s)).Ok;
            byte[] Bom(byte[] bom, byte[] body) => bom.Concat(body).ToArray();
            return TextDecoder.Decode(Encoding.UTF8.GetBytes(s)).Text == s
                   && TextDecoder.Decode(Bom([0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes(s))).Text == s
                   && TextDecoder.Decode(Bom([0xFF, 0xFE], Encoding.Unicode.GetBytes(s))).Text == s
                   && TextDecoder.Decode(Bom([0xFE, 0xFF], Encoding.BigEndianUnicode.GetBytes(s))).Text == s;
        });

    [Property(MaxTest = 300)]
    public Property Windows1256ArabicRoundTrips() =>
        Prop.ForAll(From(Cp1256Tokens), s =>
        {
            var arabic = s.Count(c => c is >= '\u0600' and <= '\u06FF');
            if (arabic < 2) return true;
            var d = TextDecoder.Decode(TextDecoder.Windows1256Encoding.GetBytes(s));
            return d.Text == s && d.Encoding == TextDecoder.Windows1256;
        });

    [Property(MaxTest = 300)]
    public Property TrecTextIsTheTextElement() =>
        Prop.ForAll(From(TextTokens), s =>
        {
            var trimmed = s.Trim();
            if (trimmed.Length == 0) return true;
            var docs = TrecReader.Read($"<DOC>\n<DOCNO>P-1</DOCNO>\n<TITLE>t</TITLE>\n<TEXT>\n{s}\n</TEXT>\n</DOC>\n", "p.trec", includeTime: true).ToList();
            return docs.Count == 1 && docs[0].Text == trimmed;
        });

    [Property(MaxTest = 400)]
    public Property ReadingAnyContentNeverThrowsAndAlwaysAnswers() =>
        Prop.ForAll(From(AnyTokens), s =>
        {
            var results = Inputs.ReadContent(s, "fuzz").ToList();
            var bytes = Inputs.ReadBytes(Encoding.UTF8.GetBytes(s), "fuzz-bytes").ToList();
            return results.Count > 0 && bytes.Count > 0
                   && results.Concat(bytes).All(r => r.IsOk ? r.Document!.Text.Length > 0 : !string.IsNullOrWhiteSpace(r.Error))
                   // "could not read as" marks an unexpected exception inside a reader (a bug), not bad input.
                   && results.Concat(bytes).All(r => r.Error?.Contains("could not read as") != true);
        });
}
