using System.Text;

namespace Rasd.Ingest;

/// <summary>The outcome of decoding bytes: the text and the encoding found, or why the bytes are not text.</summary>
public sealed record DecodedText(string? Text, string? Encoding, string? Error)
{
    public bool Ok => Text != null;
}

/// <summary>
/// Finds the encoding of input bytes: UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM), and Windows-1256
/// when the bytes are not valid UTF-8 but decode to mostly Arabic letters. Binary content is refused.
/// </summary>
public static class TextDecoder
{
    public const string Utf8 = "utf-8";
    public const string Utf8Bom = "utf-8-bom";
    public const string Utf16Le = "utf-16le";
    public const string Utf16Be = "utf-16be";
    public const string Windows1256 = "windows-1256";

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(false, false, true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(true, false, true);
    private static readonly Encoding Cp1256;

    static TextDecoder()
    {
        // Windows-1256 is not built into .NET: the code pages provider must be registered once.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Cp1256 = Encoding.GetEncoding(1256);
    }

    /// <summary>The Windows-1256 encoding (registers the code pages provider).</summary>
    public static Encoding Windows1256Encoding => Cp1256;

    /// <summary>Decodes bytes; never throws. A leading byte-order mark is not part of the text.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) return Fail("empty file (0 bytes)");

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            var body = bytes[3..];
            if (!System.Text.Unicode.Utf8.IsValid(body)) return Fail($"invalid UTF-8 after a UTF-8 byte-order mark ({DescribeInvalidUtf8(body, 3)})");
            return Checked(StrictUtf8.GetString(body), Utf8Bom);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var le = bytes[0] == 0xFF;
            var body = bytes[2..];
            if (body.Length % 2 != 0) return Fail($"invalid UTF-16 {(le ? "LE" : "BE")}: odd number of bytes after the byte-order mark");
            string s;
            try { s = (le ? StrictUtf16Le : StrictUtf16Be).GetString(body); }
            catch (DecoderFallbackException) { return Fail($"invalid UTF-16 {(le ? "LE" : "BE")}: unpaired surrogate"); }
            return Checked(s, le ? Utf16Le : Utf16Be);
        }

        if (LooksBinary(bytes, out var why)) return Fail(why);

        if (System.Text.Unicode.Utf8.IsValid(bytes)) return Checked(Encoding.UTF8.GetString(bytes), Utf8);

        // UTF-8 with a few damaged bytes is still UTF-8 (and must not be read as Windows-1256 mojibake).
        if (MostlyUtf8(bytes)) return Fail($"not valid UTF-8 ({DescribeInvalidUtf8(bytes, 0)})");
        var cp = Cp1256.GetString(bytes);
        if (MostlyArabic(cp)) return Checked(cp, Windows1256);
        return Fail($"not valid UTF-8 ({DescribeInvalidUtf8(bytes, 0)}) and not Windows-1256 Arabic text");
    }

    /// <summary>Decodes with a charset named by the source (an HTTP header), falling back to detection when it is unknown or wrong.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset) || HasBom(bytes)) return Decode(bytes);
        var name = charset.Trim().Trim('"').ToLowerInvariant();
        if (name is "utf-8" or "utf8" or "us-ascii" or "ascii") return Decode(bytes);
        Encoding enc;
        try { enc = Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback); }
        catch (ArgumentException) { return Decode(bytes); }
        if (enc is UTF8Encoding || enc is UnicodeEncoding) return Decode(bytes);
        if (LooksBinary(bytes, out var why)) return Fail(why);
        // A declared single-byte charset is wrong when the bytes are valid multi-byte UTF-8: trust the bytes.
        if (System.Text.Unicode.Utf8.IsValid(bytes) && !IsAscii(bytes)) return Decode(bytes);
        try { return Checked(enc.GetString(bytes), enc.WebName); }
        catch (DecoderFallbackException) { return Decode(bytes); }
    }

    private static bool HasBom(ReadOnlySpan<byte> b) =>
        b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);

    private static bool IsAscii(ReadOnlySpan<byte> b) => System.Text.Ascii.IsValid(b);

    private static DecodedText Fail(string why) => new(null, null, why);

    private static DecodedText Checked(string text, string encoding)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (LooksBinary(text, out var why)) return Fail(why);
        return new DecodedText(text, encoding, null);
    }

    /// <summary>Control characters other than tab, newlines, form feed and escape are rare in text; NUL never appears.</summary>
    private static bool IsOddControl(int c) => c < 0x20 && c is not (0x09 or 0x0A or 0x0B or 0x0C or 0x0D or 0x1B);

    // The same set for vectorised counting: most texts hold none, so one scan finds that.
    private static readonly string OddControls = new(Enumerable.Range(0, 0x20).Where(IsOddControl).Select(c => (char)c).ToArray());
    private static readonly System.Buffers.SearchValues<byte> OddControlBytes = System.Buffers.SearchValues.Create(OddControls.Select(c => (byte)c).ToArray());
    private static readonly System.Buffers.SearchValues<char> OddControlChars = System.Buffers.SearchValues.Create(OddControls);

    private static int CountOddControls(ReadOnlySpan<byte> s)
    {
        var n = 0;
        for (var k = s.IndexOfAny(OddControlBytes); k >= 0; k = s.IndexOfAny(OddControlBytes)) { n++; s = s[(k + 1)..]; }
        return n;
    }

    private static int CountOddControls(ReadOnlySpan<char> s)
    {
        var n = 0;
        for (var k = s.IndexOfAny(OddControlChars); k >= 0; k = s.IndexOfAny(OddControlChars)) { n++; s = s[(k + 1)..]; }
        return n;
    }

    internal static bool LooksBinary(ReadOnlySpan<byte> bytes, out string why)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            why = $"binary file: NUL byte at offset {nul} (not text)";
            return true;
        }
        return TooManyControls(CountOddControls(bytes), bytes.Length, out why);
    }

    private static bool LooksBinary(string text, out string why)
    {
        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            why = $"binary content: NUL character at position {nul} (not text)";
            return true;
        }
        return TooManyControls(CountOddControls(text.AsSpan()), text.Length, out why);
    }

    private static bool TooManyControls(int odd, int length, out string why)
    {
        // A stray control character can occur in scraped text; more than 1% (and a handful) means binary data.
        if (odd > 8 && odd * 100L > length)
        {
            why = $"binary file: {odd} control characters in {length} bytes (not text)";
            return true;
        }
        why = "";
        return false;
    }

    /// <summary>Letters decoded from bytes 0x80..0xFF in Windows-1256 are mostly Arabic in Arabic text and mostly accented Latin or symbols otherwise.</summary>
    internal static bool MostlyArabic(string text)
    {
        int arabic = 0, otherHigh = 0;
        foreach (var c in text)
        {
            if (c < 0x80) continue;
            if (c is >= '\u0600' and <= '\u06FF') arabic++;
            else if (char.IsLetter(c) || char.IsSymbol(c) || char.IsControl(c)) otherHigh++;
        }
        return arabic >= 2 && arabic >= 4 * otherHigh;
    }

    /// <summary>True when more non-ASCII bytes form valid UTF-8 sequences than not.</summary>
    internal static bool MostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        long valid = 0, invalid = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80) { i++; continue; }
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out var n);
            if (status == System.Buffers.OperationStatus.Done) valid += n;
            else invalid += Math.Max(1, n);
            i += Math.Max(1, n);
        }
        return valid > invalid;
    }

    private static string DescribeInvalidUtf8(ReadOnlySpan<byte> bytes, int baseOffset)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out var n);
            if (status == System.Buffers.OperationStatus.NeedMoreData) return $"truncated sequence at offset {baseOffset + i}";
            if (status != System.Buffers.OperationStatus.Done) return $"invalid byte 0x{bytes[i]:X2} at offset {baseOffset + i}";
            i += n;
        }
        return "invalid byte sequence";
    }
}
