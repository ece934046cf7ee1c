namespace Rasd.Actors;

/// <summary>
/// The tagger's second stage (stacking, after Krishnan &amp; Manning 2006): the first stage's emission scores of a
/// token plus weights for what the first stage predicted for the same word stem elsewhere in a window of
/// sentences around it (the document, in the pipeline), so a name recognised in one sentence helps its repeats
/// in others. Trained on out-of-fold first-stage outputs (each training sentence scored by a model that did not
/// see it), so it learns how far to trust those predictions on new text. The first stage's per-word score cache
/// serves both stages: the second costs a count per token, its few features and a second Viterbi.
/// </summary>
public sealed class NerStack
{
    /// <summary>Tags: the model's BILOU tags; weights are dense [bucket * T + tag] in the first stage's float units.</summary>
    public int Tags { get; }
    public int Bits { get; }
    /// <summary>Sentences on each side whose first-stage predictions a token sees.</summary>
    public int Window { get; }
    public float[] Weights { get; }
    /// <summary>Added to the first stage's transition weights, [(prev) * T + tag].</summary>
    public float[] Transitions { get; }
    public float OutsideBias { get; set; }
    /// <summary>Added to each tag's score in this stage ("O" unused), or empty for none (see <see cref="NerModel.TagBias"/>); set before the stack is given to a model.</summary>
    public float[] TagBias { get; set; } = Array.Empty<float>();
    /// <summary>What the first stage predicted for each word stem over unlabelled text (<see cref="LexiconCode"/>
    /// by <see cref="NerFeatures.StemKey(string)"/>), or null: a feature of every token whose stem it holds.</summary>
    public Dictionary<ulong, byte>? Lexicon { get; set; }
    /// <summary>Most features a token gets.</summary>
    public const int MaxFeatures = 48;
    // BILOU tag index → entity type (0 = O, 1..4 PERS/LOC/ORG/MISC) and whether it is a unit (one-word) name.
    private readonly int[] _type;
    private readonly bool[] _unit;
    private readonly int _mask;

    public NerStack(int tags, int bits, int window, float[]? weights = null, float[]? transitions = null)
    {
        if (tags != NerModel.BilouTags.Length) throw new ArgumentException("stacking needs the BILOU tag set");
        if (bits is < 8 or > 20) throw new ArgumentException("stack bits must be 8–20");
        if (window < 0) throw new ArgumentException("window must be ≥ 0");
        Tags = tags;
        Bits = bits;
        Window = window;
        Weights = weights ?? new float[(1 << bits) * tags];
        Transitions = transitions ?? new float[(tags + 1) * tags];
        if (Weights.Length != (1 << bits) * tags || Transitions.Length != (tags + 1) * tags) throw new ArgumentException("stack weights have the wrong size");
        _mask = (1 << bits) - 1;
        _type = new int[tags];
        _unit = new bool[tags];
        for (var c = 1; c < tags; c++)
        {
            _type[c] = (c - 1) / 4 + 1;
            _unit[c] = NerModel.BilouTags[c][0] == 'U';
        }
    }

    /// <summary>Tag counts (first-stage BILOU tags) per word stem over a sliding window of sentences; reusable
    /// (its count arrays are pooled, so a document costs no allocation once the pool is warm).</summary>
    public sealed class WindowCounts
    {
        private readonly Dictionary<ulong, int[]> _counts = new();
        private readonly List<int[]> _pool = new();
        private readonly int _tags;
        private int _used, _added, _removed;
        public WindowCounts(int tags) => _tags = tags;

        public void Reset()
        {
            _counts.Clear();
            _used = _added = _removed = 0;
        }

        /// <summary>Makes the window that of sentence <paramref name="s"/>: sentences [s − window, s + window]
        /// (sentence k is tokens [offsets[k], offsets[k + 1]) of the flat arrays). Sentences go in order after <see cref="Reset"/>.</summary>
        public void MoveTo(int s, int window, ReadOnlySpan<ulong> stems, ReadOnlySpan<int> tags, ReadOnlySpan<int> offsets)
        {
            var n = offsets.Length - 1;
            for (; _added < n && _added <= s + window; _added++) Add(stems, tags, offsets[_added], offsets[_added + 1], 1);
            for (; _removed < s - window; _removed++) Add(stems, tags, offsets[_removed], offsets[_removed + 1], -1);
        }

        private void Add(ReadOnlySpan<ulong> stems, ReadOnlySpan<int> tags, int from, int to, int sign)
        {
            for (var i = from; i < to; i++)
            {
                if (stems[i] == 0) continue;
                var a = Entry(stems[i]);
                a[tags[i]] += sign;
                a[_tags] += sign;
                // Two words in a row: counted by the type of the name they are both inside (0: not one name).
                if (i == from || stems[i - 1] == 0) continue;
                var p = Entry(PairKey(stems[i - 1], stems[i]));
                p[Joined(tags[i - 1], tags[i])] += sign;
                p[_tags] += sign;
            }
        }

        private int[] Entry(ulong key)
        {
            if (_counts.TryGetValue(key, out var a)) return a;
            if (_used == _pool.Count) _pool.Add(new int[_tags + 1]);
            a = _pool[_used++];
            Array.Clear(a);
            _counts[key] = a;
            return a;
        }

        /// <summary>Key of two stems in a row (even, so never a stem key, which is odd).</summary>
        public static ulong PairKey(ulong a, ulong b) => ((a * 0x9E3779B97F4A7C15UL) ^ (b + 0x632BE59BD9B4E019UL)) & ~1UL;

        /// <summary>The type (1..4) of the name two consecutive BILOU tags are both inside, else 0.</summary>
        public static int Joined(int prev, int cur)
        {
            if (prev == 0 || cur == 0 || (prev - 1) / 4 != (cur - 1) / 4) return 0;
            var p = NerModel.BilouTags[prev][0];
            var c = NerModel.BilouTags[cur][0];
            return p is 'B' or 'I' && c is 'I' or 'L' ? (cur - 1) / 4 + 1 : 0;
        }

        /// <summary>Counts of a stem (or a <see cref="PairKey"/>), last entry the total (null when never seen).</summary>
        public int[]? Get(ulong stem) => stem == 0 ? null : _counts.GetValueOrDefault(stem);
    }

    /// <summary>Majority type of each token's stem elsewhere in the window (5: nowhere else), for <see cref="Features"/>.</summary>
    public void Majorities(ReadOnlySpan<ulong> stems, ReadOnlySpan<int> tags, WindowCounts counts, Span<int> majority)
    {
        Span<int> tmp = stackalloc int[5];
        for (var i = 0; i < stems.Length; i++) majority[i] = Summary(counts.Get(stems[i]), tags[i], tmp, out _, out _, out _, out _, out _);
    }

    /// <summary>Features of token <paramref name="i"/> of a sentence (stems and first-stage tags) given the window counts.</summary>
    public int Features(ReadOnlySpan<ulong> stems, ReadOnlySpan<int> tags, int i, WindowCounts counts, Span<int> dst)
    {
        Span<int> majority = stems.Length <= 1024 ? stackalloc int[stems.Length] : new int[stems.Length];
        Majorities(stems, tags, counts, majority);
        return Features(stems, tags, majority, i, counts, dst, Lexicon);
    }

    /// <summary>
    /// A stem's code in a <see cref="Lexicon"/> from the first stage's tags of its occurrences in unlabelled text
    /// (counts of O, PERS, LOC, ORG, MISC): the majority type, the share of its occurrences inside names (0–4)
    /// and how often it occurs (2–4, 5–19, 20–99, 100+); 0 when seen fewer than twice.
    /// </summary>
    public static byte LexiconCode(ReadOnlySpan<int> counts)
    {
        var total = 0;
        var best = 0;
        for (var x = 0; x < 5; x++) { total += counts[x]; if (counts[x] > counts[best]) best = x; }
        if (total < 2) return 0;
        var named = total - counts[0];
        var share = named == total ? 4 : 4 * named / total;
        var often = total < 5 ? 0 : total < 20 ? 1 : total < 100 ? 2 : 3;
        return (byte)(1 + (best * 5 + share) * 4 + often);
    }

    /// <summary>A <see cref="Lexicon"/>: the first stage of <paramref name="model"/> tags <paramref name="sentences"/>.</summary>
    public static Dictionary<ulong, byte> BuildLexicon(NerModel model, IEnumerable<string[]> sentences)
    {
        var first = model.WithCache(NerModel.DefaultCacheSlots);
        first.Stack = null;
        var counts = new Dictionary<ulong, int[]>();
        foreach (var s in sentences)
        {
            var tags = first.Tag(s);
            for (var i = 0; i < s.Length; i++)
            {
                var key = NerFeatures.StemKey(s[i]);
                if (key == 0) continue;
                if (!counts.TryGetValue(key, out var a)) counts[key] = a = new int[5];
                var t = tags[i];
                a[t == "O" ? 0 : Array.IndexOf(TypeNames, t[2..]) + 1]++;
            }
        }
        var lexicon = new Dictionary<ulong, byte>();
        foreach (var (k, a) in counts)
        {
            var code = LexiconCode(a);
            if (code != 0) lexicon[k] = code;
        }
        return lexicon;
    }

    private static readonly string[] TypeNames = { "PERS", "LOC", "ORG", "MISC" };

    /// <summary>As <see cref="Features(ReadOnlySpan{ulong}, ReadOnlySpan{int}, int, WindowCounts, Span{int})"/> with the sentence's <see cref="Majorities"/>.</summary>
    public int Features(ReadOnlySpan<ulong> stems, ReadOnlySpan<int> tags, ReadOnlySpan<int> majority, int i, WindowCounts counts, Span<int> dst,
        IReadOnlyDictionary<ulong, byte>? lexicon)
    {
        var k = 0;
        var own = tags[i];
        dst[k++] = Hash(1, own);
        if (lexicon != null && stems[i] != 0)
        {
            int code = lexicon.GetValueOrDefault(stems[i]);
            dst[k++] = Hash(20, code);
            dst[k++] = Hash(21, code * 32 + own);
            if (i > 0 && stems[i - 1] != 0) dst[k++] = Hash(22, code * 256 + lexicon.GetValueOrDefault(stems[i - 1]));
        }
        Span<int> byType = stackalloc int[5];
        var maj = Summary(counts.Get(stems[i]), own, byType, out var total, out var multi, out var unit, out var first, out var last);
        if (total == 0)
        {
            dst[k++] = Hash(2, stems[i] == 0 ? 0 : 1);
            dst[k++] = Hash(3, own * 8);
        }
        else
        {
            dst[k++] = Hash(4, maj * 4 + Math.Min(total, 3));
            dst[k++] = Hash(5, own * 8 + maj + 1);
            for (var x = 1; x <= 4; x++)
            {
                if (byType[x] == 0) continue;
                dst[k++] = Hash(6, x * 4 + Math.Min(byType[x], 3));
                dst[k++] = Hash(7, x * 8 + ShareBucket(byType[x], total));
                if ((multi & (1 << x)) != 0) dst[k++] = Hash(8, x);
                if ((unit & (1 << x)) != 0) dst[k++] = Hash(9, x);
                if ((first & (1 << x)) != 0) dst[k++] = Hash(14, x);
                if ((last & (1 << x)) != 0) dst[k++] = Hash(15, x);
            }
            if (byType[0] == total) dst[k++] = Hash(10, Math.Min(total, 4));
        }
        // The pairs with the previous and the next word: inside one name elsewhere, or seen but never inside one.
        if (i > 0 && stems[i - 1] != 0 && stems[i] != 0) k += PairFeatures(counts.Get(WindowCounts.PairKey(stems[i - 1], stems[i])), WindowCounts.Joined(tags[i - 1], own), 16, dst[k..]);
        if (i + 1 < stems.Length && stems[i] != 0 && stems[i + 1] != 0) k += PairFeatures(counts.Get(WindowCounts.PairKey(stems[i], stems[i + 1])), WindowCounts.Joined(own, tags[i + 1]), 18, dst[k..]);
        // The neighbours' majority types: a stem known as a name elsewhere pulls its neighbours into the name.
        var prev = i > 0 ? majority[i - 1] : 6;
        var next = i + 1 < stems.Length ? majority[i + 1] : 6;
        dst[k++] = Hash(11, prev);
        dst[k++] = Hash(12, next);
        dst[k++] = Hash(13, prev * 8 + maj + 1);
        return k;
    }

    private int PairFeatures(int[]? counts, int own, int template, Span<int> dst)
    {
        if (counts == null) return 0;
        var k = 0;
        var total = counts[Tags] - 1;
        if (total <= 0) return 0;
        var inside = 0;
        for (var x = 1; x <= 4; x++)
        {
            var v = counts[x] - (x == own ? 1 : 0);
            if (v > 0) { dst[k++] = Hash(template, x); inside += v; }
        }
        if (inside == 0) dst[k++] = Hash(template + 1, Math.Min(total, 3));
        return k;
    }

    // Majority type (0..4, 5 = no other occurrence) of a stem's other occurrences, after removing the token's own tag.
    private int Summary(int[]? counts, int own, Span<int> byType, out int total, out int multi, out int unit, out int first, out int last)
    {
        byType.Clear();
        total = 0;
        multi = 0;
        unit = 0;
        first = 0;
        last = 0;
        if (counts == null) return 5;
        for (var c = 0; c < Tags; c++)
        {
            var v = counts[c] - (c == own ? 1 : 0);
            if (v <= 0) continue;
            byType[_type[c]] += v;
            total += v;
            if (c > 0) { if (_unit[c]) unit |= 1 << _type[c]; else multi |= 1 << _type[c]; }
            if (c > 0 && NerModel.BilouTags[c][0] == 'B') first |= 1 << _type[c];
            if (c > 0 && NerModel.BilouTags[c][0] == 'L') last |= 1 << _type[c];
        }
        if (total == 0) return 5;
        var best = 0;
        for (var x = 1; x <= 4; x++) if (byType[x] > byType[best]) best = x;
        return best;
    }

    private static int ShareBucket(int part, int total) => part == total ? 4 : (4 * part / total);

    private int Hash(int template, int value)
    {
        var h = (ulong)template * 0x9E3779B97F4A7C15UL ^ (ulong)value * 0xC2B2AE3D27D4EB4FUL;
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 32;
        return (int)(h & (ulong)_mask);
    }

    public void Save(BinaryWriter w)
    {
        w.Write(Bits);
        w.Write(Window);
        w.Write(OutsideBias);
        foreach (var x in Transitions) w.Write(x);
        var rows = 0;
        for (var b = 0; b <= _mask; b++) if (Row(b)) rows++;
        w.Write(rows);
        var prev = -1;
        for (var b = 0; b <= _mask; b++)
        {
            if (!Row(b)) continue;
            w.Write7BitEncodedInt(b - prev);
            prev = b;
            for (var c = 0; c < Tags; c++) w.Write(Weights[b * Tags + c]);
        }
    }

    private bool Row(int b)
    {
        for (var c = 0; c < Tags; c++) if (Weights[b * Tags + c] != 0) return true;
        return false;
    }

    public static NerStack Load(BinaryReader r, int tags)
    {
        var bits = r.ReadInt32();
        var window = r.ReadInt32();
        if (bits is < 8 or > 20 || window is < 0 or > 1000) throw new InvalidDataException("corrupt NER model stack header");
        var stack = new NerStack(tags, bits, window) { OutsideBias = r.ReadSingle() };
        for (var i = 0; i < stack.Transitions.Length; i++) stack.Transitions[i] = r.ReadSingle();
        var rows = r.ReadInt32();
        if (rows < 0 || rows > 1 << bits) throw new InvalidDataException("corrupt NER model stack weights");
        var b = -1;
        for (var i = 0; i < rows; i++)
        {
            b += r.Read7BitEncodedInt();
            if (b < 0 || b > stack._mask) throw new InvalidDataException("corrupt NER model stack weights");
            for (var c = 0; c < tags; c++) stack.Weights[b * tags + c] = r.ReadSingle();
        }
        return stack;
    }
}
