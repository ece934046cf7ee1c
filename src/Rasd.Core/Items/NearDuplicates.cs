using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Rasd.Clean;
using Rasd.Model;
using Rasd.Pipeline;

namespace Rasd.Items;

/// <summary>
/// MinHash signatures over normalised word shingles of an item's clean text. Two items' signatures agree in
/// a share of positions that estimates the Jaccard similarity of their shingle sets.
/// </summary>
public sealed class MinHasher
{
    public int Hashes { get; }
    public int ShingleSize { get; }
    private readonly ulong[] _a;
    private readonly ulong[] _b;

    public MinHasher(int hashes = NearDuplicateIndex.DefaultHashes, int shingleSize = NearDuplicateIndex.DefaultShingleSize, ulong seed = 0x5EED_0F_4A5DUL)
    {
        Hashes = hashes;
        ShingleSize = shingleSize;
        _a = new ulong[hashes];
        _b = new ulong[hashes];
        var s = seed;
        for (var i = 0; i < hashes; i++)
        {
            _a[i] = TextScan.Finish(s += 0x9E3779B97F4A7C15UL) | 1UL; // odd multipliers: multiply-shift hashing
            _b[i] = TextScan.Finish(s += 0x9E3779B97F4A7C15UL);
        }
    }

    private struct State : TextScan.IWordSink
    {
        public ulong W0, W1, W2, W3;
        public int N, K;
        public uint[] Sig;
        public MinHasher H;
        public int Shingles;

        public void Word(ulong h, int length)
        {
            W0 = W1; W1 = W2; W2 = W3; W3 = h;
            N++;
            if (N < K) return;
            var sh = K switch
            {
                1 => W3,
                2 => TextScan.Combine(W2, W3),
                3 => TextScan.Combine(TextScan.Combine(W1, W2), W3),
                _ => TextScan.Combine(TextScan.Combine(TextScan.Combine(W0, W1), W2), W3),
            };
            H.Add(Sig, sh);
            Shingles++;
        }
    }

    /// <summary>Signature of the given paragraphs of a text; null when they hold too few words to compare.</summary>
    public uint[]? Signature(string text, IEnumerable<Span> paragraphs)
    {
        var st = new State { Sig = new uint[Hashes], H = this, K = ShingleSize };
        Array.Fill(st.Sig, uint.MaxValue);
        foreach (var p in paragraphs)
        {
            st.N = 0; // shingles do not cross paragraphs: moving a paragraph changes little
            TextScan.ForEachWord(text, p.Start, p.End, ref st);
        }
        return st.Shingles >= MinShingles ? st.Sig : null;
    }

    /// <summary>Signature of a clean text (paragraphs joined by newlines, as <see cref="Item.CleanText"/> holds them).</summary>
    public uint[]? Signature(string cleanText) => Signature(cleanText, Lines(cleanText));

    private static IEnumerable<Span> Lines(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            if (i > start) yield return new Span(start, i);
            start = i + 1;
        }
    }

    /// <summary>Fewer shingles than this and a text is too short for its resemblance to mean anything.</summary>
    public const int MinShingles = 8;

    private void Add(uint[] sig, ulong shingle)
    {
        var a = _a;
        var b = _b;
        var i = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            // 16 hashes at a time: the same 64-bit multiply-add, high halves narrowed, unsigned min.
            var x = Vector512.Create(shingle);
            for (; i + 16 <= sig.Length; i += 16)
            {
                var lo = Vector512.ShiftRightLogical(Vector512.LoadUnsafe(ref a[i]) * x + Vector512.LoadUnsafe(ref b[i]), 32);
                var hi = Vector512.ShiftRightLogical(Vector512.LoadUnsafe(ref a[i + 8]) * x + Vector512.LoadUnsafe(ref b[i + 8]), 32);
                ref var s = ref sig[i];
                Vector512.Min(Vector512.LoadUnsafe(ref s), Vector512.Narrow(lo, hi)).StoreUnsafe(ref s);
            }
        }
        for (; i < sig.Length; i++)
        {
            var v = (uint)((a[i] * shingle + b[i]) >> 32);
            if (v < sig[i]) sig[i] = v;
        }
    }

    /// <summary>Share of positions where two signatures agree: an estimate of the Jaccard similarity.</summary>
    public static double Similarity(uint[] x, uint[] y)
    {
        var n = Math.Min(x.Length, y.Length);
        if (n == 0) return 0;
        var eq = 0;
        for (var i = 0; i < n; i++) if (x[i] == y[i]) eq++;
        return (double)eq / n;
    }
}

/// <summary>
/// Banded LSH over MinHash signatures: items whose signatures agree on all rows of at least one band are
/// candidates, checked against the similarity threshold. Lookups cost the candidates, never all items.
/// Storage is flat arrays (about 0.8 KB per item); with <see cref="Window"/> set, only the most recent items are
/// kept (two generations, the older dropped when the newer fills), so memory stays flat as the corpus grows.
/// </summary>
public sealed class NearDuplicateIndex
{
    public const int DefaultHashes = 60;
    public const int DefaultShingleSize = 3;
    public const int DefaultRows = 2;
    /// <summary>
    /// Estimated Jaccard similarity of word 3-gram sets from which two items are near-duplicates. Measured on ANT
    /// (NearDuplicateEvaluationTests): unrelated same-category articles of other days never pass 0.19; re-posts
    /// with the lead cut, furniture added and words changed sit at 0.5–1.0; pairs of ANT's own articles between
    /// 0.25 and 0.4 were read and are follow-ups of one story in new words, which are not the same text.
    /// </summary>
    public const double DefaultThreshold = 0.40;

    public MinHasher Hasher { get; }
    public int Rows { get; }
    public int Bands { get; }
    public double Threshold { get; }
    /// <summary>Most recent items kept (0: all). Older items leave the index a generation at a time.</summary>
    public int Window { get; }

    private Generation _current;
    private Generation? _previous;
    private long _added;

    public NearDuplicateIndex(MinHasher? hasher = null, int rows = DefaultRows, double threshold = DefaultThreshold, int window = 0)
    {
        Hasher = hasher ?? new MinHasher();
        Rows = rows;
        Bands = Hasher.Hashes / rows;
        Threshold = threshold;
        Window = window;
        _current = new Generation(this, 0);
    }

    public int Count => _current.Count + (_previous?.Count ?? 0);

    /// <summary>Approximate bytes held by the index.</summary>
    public long Bytes => _current.Bytes + (_previous?.Bytes ?? 0);

    private uint BandKey(uint[] sig, int band)
    {
        var h = (ulong)(band + 1) * 0x9E3779B97F4A7C15UL;
        for (var r = 0; r < Rows; r++) h = (h ^ sig[band * Rows + r]) * 0xBF58476D1CE4E5B9UL;
        return (uint)(h >> 32);
    }

    public void Add(string id, uint[] sig)
    {
        if (sig.Length != Hasher.Hashes) throw new ArgumentException($"signature of {sig.Length} values, index expects {Hasher.Hashes}", nameof(sig));
        if (Window > 0 && _current.Count >= Math.Max(1, Window / 2))
        {
            _previous = _current;
            _current = new Generation(this, _added);
        }
        _current.Add(id, sig);
        _added++;
    }

    /// <summary>The earliest indexed item similar enough to the signature, with its estimated similarity.</summary>
    public (string? Id, double Similarity) FindEarliest(uint[] sig)
    {
        var keys = new uint[Bands];
        for (var b = 0; b < Bands; b++) keys[b] = BandKey(sig, b);
        if (_previous != null && _previous.FindEarliest(sig, keys) is { Id: not null } p) return p;
        return _current.FindEarliest(sig, keys);
    }

    /// <summary>Whether two signatures would be compared at all (share a band).</summary>
    public bool AreCandidates(uint[] x, uint[] y)
    {
        for (var band = 0; band < Bands; band++)
        {
            var same = true;
            for (var r = 0; r < Rows && same; r++) same = x[band * Rows + r] == y[band * Rows + r];
            if (same) return true;
        }
        return false;
    }

    public bool IsNearDuplicate(uint[] x, uint[] y) => AreCandidates(x, y) && MinHasher.Similarity(x, y) >= Threshold;

    /// <summary>One generation: signatures in one flat array, band entries chained through an open-addressing table.</summary>
    private sealed class Generation(NearDuplicateIndex owner, long firstOrdinal)
    {
        private readonly List<string> _ids = new();
        private uint[] _sigs = new uint[owner.Hasher.Hashes * 64];
        private int[] _next = new int[owner.Bands * 64];   // entry → previous entry with the same band key (-1: none)
        private uint[] _slotKey = new uint[1024];
        private int[] _slotHead = Fill(new int[1024]);     // slot → latest entry (-1: empty)
        private int _used;
        private HashSet<int>? _checked;

        public int Count => _ids.Count;
        public long Bytes => (long)_sigs.Length * 4 + (long)_next.Length * 4 + (long)_slotKey.Length * 8 + _ids.Count * 64L;
        public long FirstOrdinal => firstOrdinal;

        private static int[] Fill(int[] a) { Array.Fill(a, -1); return a; }

        public void Add(string id, uint[] sig)
        {
            var item = _ids.Count;
            _ids.Add(id);
            var h = owner.Hasher.Hashes;
            if ((item + 1) * h > _sigs.Length) Array.Resize(ref _sigs, _sigs.Length * 2);
            Array.Copy(sig, 0, _sigs, item * h, h);
            var bands = owner.Bands;
            if ((item + 1) * bands > _next.Length) Array.Resize(ref _next, _next.Length * 2);
            for (var b = 0; b < bands; b++)
            {
                var key = owner.BandKey(sig, b);
                var entry = item * bands + b;
                var slot = FindSlot(key);
                if (_slotHead[slot] < 0) { _slotKey[slot] = key; _used++; }
                _next[entry] = _slotHead[slot];
                _slotHead[slot] = entry;
                if (_used * 10 > _slotKey.Length * 7) Grow();
            }
        }

        private int FindSlot(uint key)
        {
            var mask = _slotKey.Length - 1;
            var i = (int)(key * 0x9E3779B1u) & mask;
            while (_slotHead[i] >= 0 && _slotKey[i] != key) i = (i + 1) & mask;
            return i;
        }

        private void Grow()
        {
            var oldKeys = _slotKey;
            var oldHeads = _slotHead;
            _slotKey = new uint[oldKeys.Length * 2];
            _slotHead = Fill(new int[oldKeys.Length * 2]);
            for (var i = 0; i < oldKeys.Length; i++)
            {
                if (oldHeads[i] < 0) continue;
                var s = FindSlot(oldKeys[i]);
                _slotKey[s] = oldKeys[i];
                _slotHead[s] = oldHeads[i];
            }
        }

        public (string? Id, double Similarity) FindEarliest(uint[] sig, uint[] keys)
        {
            var bands = owner.Bands;
            var hashes = owner.Hasher.Hashes;
            var best = int.MaxValue;
            var bestSim = 0.0;
            _checked ??= new HashSet<int>();
            _checked.Clear();
            for (var b = 0; b < bands; b++)
            {
                var slot = FindSlot(keys[b]);
                for (var e = _slotHead[slot]; e >= 0; e = _next[e])
                {
                    if (e % bands != b) continue; // another band whose key collided
                    var item = e / bands;
                    if (item >= best || !_checked.Add(item)) continue;
                    var eq = 0;
                    var off = item * hashes;
                    for (var i = 0; i < hashes; i++) if (_sigs[off + i] == sig[i]) eq++;
                    var sim = (double)eq / hashes;
                    if (sim >= owner.Threshold) { best = item; bestSim = sim; }
                }
            }
            return best == int.MaxValue ? (null, 0) : (_ids[best], bestSim);
        }
    }
}

/// <summary>
/// Corpus stage "near-duplicates": fingerprints each new item and points <see cref="Item.NearDuplicateOf"/> at
/// the earliest earlier item (in any document) with nearly the same text. The index lives in Corpus.State and is
/// rebuilt from the fingerprints kept on Corpus.Items when a corpus comes back from a store.
/// </summary>
public sealed class NearDuplicateStage : ICorpusStage
{
    public const string StateKey = "near-duplicates.index";
    /// <summary>Items the index remembers (about 0.8 KB each): re-posts of items older than this many later items are not looked for.</summary>
    public const int DefaultWindow = 250_000;
    public string Name => "near-duplicates";

    public void Process(Document doc, Corpus corpus)
    {
        var index = corpus.State.TryGetValue(StateKey, out var o) && o is NearDuplicateIndex ix ? ix : null;
        if (index == null)
        {
            index = new NearDuplicateIndex(window: DefaultWindow);
            var current = doc.Items.Select(i => i.Id).ToHashSet();
            foreach (var item in corpus.Items)
            {
                if (current.Contains(item.Id)) continue;
                item.Fingerprint ??= index.Hasher.Signature(item.CleanText);
                if (item.Fingerprint is { } f && f.Length == index.Hasher.Hashes) index.Add(item.Id, f);
            }
            corpus.State[StateKey] = index;
        }
        foreach (var item in doc.Items)
        {
            item.Fingerprint = index.Hasher.Signature(doc.Text, item.Paragraphs);
            if (item.Fingerprint == null) continue;
            var (id, _) = index.FindEarliest(item.Fingerprint);
            if (id != null && id != item.Id) item.NearDuplicateOf = id;
            index.Add(item.Id, item.Fingerprint);
        }
    }
}
