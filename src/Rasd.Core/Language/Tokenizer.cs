using Rasd.Model;

namespace Rasd.Language;

public enum TokenKind { Word, Number, Punct, Symbol }

/// <summary>A token: its span in the original text and its normalised form for matching.</summary>
public readonly record struct Token(Span Span, string Text, string Norm, TokenKind Kind);

/// <summary>Splits text into words, numbers and punctuation, keeping original offsets.</summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text) => Tokenize(text, new Span(0, text.Length));

    public static List<Token> Tokenize(string text, Span within)
    {
        // At most about one token per four characters of Arabic news text: sized once instead of regrowing.
        var tokens = new List<Token>(Math.Max(4, within.Length / 4));
        var i = within.Start;
        var end = within.End;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || ArabicNormalizer.Map(c) == '\0') { i++; continue; }
            var start = i;
            TokenKind kind;
            if (IsWordChar(c))
            {
                var digits = true;
                while (i < end && (IsWordChar(text[i]) || (ArabicNormalizer.Map(text[i]) == '\0' && !char.IsWhiteSpace(text[i]))))
                {
                    if (digits && !char.IsDigit(text[i]) && ArabicNormalizer.Map(text[i]) != '\0') digits = false;
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
}
