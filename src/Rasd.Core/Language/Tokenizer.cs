using Rasd.Model;

namespace Rasd.Language;

public enum TokenKind { Word, Number, Punct, Symbol }

/// <summary>A token: its span in the original text and its normalised form for matching.</summary>
public readonly record struct Token(Span Span, string Text, string Norm, TokenKind Kind);

/// <summary>Splits text into words, numbers and punctuation, keeping original offsets.</summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text) => Tokenize(text, new Span(0, text.Length));

    /// <summary>
    /// The tokens of a span of the document, made once while the document is analysed: the actors and events stages
    /// read the same sentences. The list is shared: callers must not change it.
    /// </summary>
    public static List<Token> Tokens(Document doc, Span span)
    {
        if (doc.Scratch is not Dictionary<Span, List<Token>> cache) doc.Scratch = cache = new Dictionary<Span, List<Token>>();
        if (!cache.TryGetValue(span, out var tokens)) cache[span] = tokens = Tokenize(doc.Text, span);
        return tokens;
    }

    public static List<Token> Tokenize(string text, Span within)
    {
        // At most about one token per four characters of Arabic news text: sized once instead of regrowing.
        var tokens = new List<Token>(Math.Max(4, within.Length / 4));
        var i = within.Start;
        var end = within.End;
        var flags = Flags;
        while (i < end)
        {
            var c = text[i];
            var f = flags[c];
            if ((f & (White | Dropped)) != 0) { i++; continue; }
            var start = i;
            TokenKind kind;
            if ((f & Word) != 0)
            {
                var digits = true;
                while (i < end && ((f = flags[text[i]]) & Word) != 0 | (f & (Dropped | White)) == Dropped)
                {
                    if ((f & (Digit | Dropped)) == 0) digits = false;
                    i++;
                }
                // Keep decimals and thousands separators inside numbers: 1,500 / 3.5 / ٣٫٥
                while (digits && i + 1 < end && (text[i] is '.' or ',' or '٫' or '٬') && char.IsDigit(text[i + 1]))
                {
                    i++;
                    while (i < end && char.IsDigit(text[i])) i++;
                }
                kind = digits ? TokenKind.Number : TokenKind.Word;
            }
            else
            {
                i++;
                kind = char.IsPunctuation(c) ? TokenKind.Punct : TokenKind.Symbol;
                // Emoji and other surrogate pairs stay one token.
                if (char.IsHighSurrogate(c) && i < end && char.IsLowSurrogate(text[i])) i++;
            }
            var span = new Span(start, i);
            var raw = text.Substring(start, i - start);
            tokens.Add(new Token(span, raw, ArabicNormalizer.Normalize(raw), kind));
        }
        return tokens;
    }

    // The Arabic letters ء..ي (all letters in Unicode) answered before the Unicode category table.
    public static bool IsWordChar(char c) => (uint)(c - '\u0621') <= '\u064A' - '\u0621' || char.IsLetterOrDigit(c) || ArabicNormalizer.IsDiacritic(c) || c == '_';

    // Per char: word char, digit, white space, dropped by the normaliser; one lookup instead of Unicode category calls.
    private const byte Word = 1, Digit = 2, White = 4, Dropped = 8;
    private static readonly byte[] Flags = BuildFlags();

    private static byte[] BuildFlags()
    {
        var t = new byte[65536];
        for (var i = 0; i < t.Length; i++)
        {
            var c = (char)i;
            if (IsWordChar(c)) t[i] |= Word;
            if (char.IsDigit(c)) t[i] |= Digit;
            if (char.IsWhiteSpace(c)) t[i] |= White;
            if (ArabicNormalizer.Map(c) == '\0') t[i] |= Dropped;
        }
        return t;
    }
}
