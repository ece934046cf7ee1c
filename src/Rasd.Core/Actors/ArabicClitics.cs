namespace Rasd.Actors;

/// <summary>
/// Proclitics and enclitics of Arabic words, on normalised text (see <see cref="Rasd.Language.ArabicNormalizer"/>).
/// Used for features (one best guess) and for linking (every plausible reading, tried against a lexicon).
/// </summary>
public static class ArabicClitics
{
    // Longest first. Conjunction + preposition + article combinations cover وبالكرملين، فللرئيس، وال...
    private static readonly string[] Prefixes =
    {
        "وبال", "فبال", "وكال", "فكال", "وللا", "وال", "فال", "بال", "كال", "لل", "ال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك",
    };

    private static readonly string[] Suffixes = { "هما", "كما", "هم", "هن", "ها", "كم", "نا", "ات", "ون", "ين", "ان", "ه", "ي" };

    /// <summary>The proclitic a feature extractor strips: the longest prefix leaving at least <paramref name="minStem"/> chars.</summary>
    public static int PrefixLength(ReadOnlySpan<char> norm, int minStem = 3)
    {
        foreach (var p in Prefixes)
        {
            if (norm.Length - p.Length < minStem || !norm.StartsWith(p)) continue;
            // "لل" is ل + ال: للرئيس → رئيس
            return p.Length;
        }
        return 0;
    }

    /// <summary>Length of a pronoun/plural suffix to strip for a stem feature (0 when none leaves 3 chars).</summary>
    public static int SuffixLength(ReadOnlySpan<char> norm)
    {
        foreach (var s in Suffixes)
            if (norm.Length - s.Length >= 3 && norm.EndsWith(s)) return s.Length;
        return 0;
    }

    /// <summary>
    /// Every reading of a normalised word with proclitics removed, the word itself first, then shorter ones.
    /// "وبالكرملين" → وبالكرملين, بالكرملين, الكرملين, كرملين.
    /// </summary>
    public static List<(string Stem, int Stripped)> Readings(string norm)
    {
        var result = new List<(string, int)>(4) { (norm, 0) };
        // Conjunction first, then a preposition, then the article, in that order only.
        var conj = norm.Length > 3 && (norm[0] == 'و' || norm[0] == 'ف');
        ReadFrom(norm, 0, result);
        if (IsPreposition(norm, 0)) ReadFrom(norm, 1, result);
        if (conj)
        {
            ReadFrom(norm, 1, result);
            if (IsPreposition(norm, 1)) ReadFrom(norm, 2, result);
        }
        return result;
    }

    /// <summary>A reading of a word without allocating: the text is an optional alef then the word from <see cref="Start"/>.</summary>
    public readonly record struct Reading(int Start, bool Alef, int Stripped)
    {
        public int Length(string norm) => norm.Length - Start + (Alef ? 1 : 0);

        public void CopyTo(string norm, Span<char> dst)
        {
            if (Alef) dst[0] = 'ا';
            norm.AsSpan(Start).CopyTo(dst[(Alef ? 1 : 0)..]);
        }
    }

    /// <summary>Most readings a word has (<see cref="Readings(string, Span{Reading})"/>).</summary>
    public const int MaxReadings = 16;

    /// <summary>The readings of <see cref="Readings(string)"/>, in the same order, into <paramref name="dst"/>; returns their count.</summary>
    public static int Readings(string norm, Span<Reading> dst)
    {
        var n = 0;
        dst[n++] = new Reading(0, false, 0);
        var conj = norm.Length > 3 && (norm[0] == 'و' || norm[0] == 'ف');
        ReadFrom(norm, 0, dst, ref n);
        if (IsPreposition(norm, 0)) ReadFrom(norm, 1, dst, ref n);
        if (conj)
        {
            ReadFrom(norm, 1, dst, ref n);
            if (IsPreposition(norm, 1)) ReadFrom(norm, 2, dst, ref n);
        }
        return n;
    }

    private static void ReadFrom(string norm, int s, Span<Reading> dst, ref int n)
    {
        var rest = norm.Length - s;
        if (s > 0) Add(norm, dst, ref n, new Reading(s, false, s));
        if (s > 0 && norm[s - 1] == 'ل' && rest > 3 && norm[s] == 'ل')
        {
            Add(norm, dst, ref n, new Reading(s, true, s + 1));
            Add(norm, dst, ref n, new Reading(s + 1, false, s + 1));
        }
        if (rest > 4 && norm[s] == 'ا' && norm[s + 1] == 'ل') Add(norm, dst, ref n, new Reading(s + 2, false, s + 2));
    }

    private static void Add(string norm, Span<Reading> dst, ref int n, Reading r)
    {
        if (r.Length(norm) < 2) return;
        for (var k = 0; k < n; k++)
            if (SameText(norm, dst[k], r)) return;
        dst[n++] = r;
    }

    // Texts of equal length are equal when they start at the same place, or when the one with an alef starts one
    // later and the other starts with an alef.
    private static bool SameText(string norm, Reading a, Reading b)
    {
        if (a.Length(norm) != b.Length(norm)) return false;
        if (a.Alef == b.Alef) return a.Start == b.Start;
        var plain = a.Alef ? b : a;
        return norm[plain.Start] == 'ا';
    }

    private static bool IsPreposition(string norm, int s) => norm.Length - s > 3 && (norm[s] == 'ب' || norm[s] == 'ل' || norm[s] == 'ك');

    private static void ReadFrom(string norm, int s, List<(string, int)> result)
    {
        var rest = s == 0 ? norm : norm[s..];
        if (s > 0) Add(result, rest, s);
        // لل = ل + ال with the alef dropped: للرئيس → الرئيس, رئيس (the surface left is رئيس: no substring spells الرئيس)
        if (s > 0 && norm[s - 1] == 'ل' && rest.Length > 3 && rest[0] == 'ل')
        {
            Add(result, "ا" + rest, s + 1);
            Add(result, rest[1..], s + 1);
        }
        if (rest.Length > 4 && rest.StartsWith("ال", StringComparison.Ordinal)) Add(result, rest[2..], s + 2);
    }

    private static void Add(List<(string, int)> result, string stem, int stripped)
    {
        if (stem.Length < 2) return;
        foreach (var (r, _) in result)
            if (string.Equals(r, stem, StringComparison.Ordinal)) return;
        result.Add((stem, stripped));
    }
}
