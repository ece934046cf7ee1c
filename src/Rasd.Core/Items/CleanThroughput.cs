using System.Diagnostics;
using Rasd.Clean;
using Rasd.Model;

namespace Rasd.Items;

/// <summary>
/// Measures cleaning + items/sentences + near-duplicate indexing on one thread over a stream of texts
/// (used by the benchmarks and `rasd bench`): documents are not kept, so memory grows only with the index.
/// </summary>
public static class CleanThroughput
{
    public sealed record Result(int Documents, long Chars, TimeSpan Elapsed, long HeapBefore, long HeapAfter, int Items, int NearDuplicates, int Sentences, long IndexBytes, TimeSpan Cpu)
    {
        /// <summary>Documents per second of processor time: the one-core rate, less sensitive than wall time to a busy machine.</summary>
        public double DocumentsPerCpuSecond => Documents / Math.Max(1e-9, Cpu.TotalSeconds);
        public double DocumentsPerSecond => Documents / Elapsed.TotalSeconds;
        public double MegabytesPerSecond => Chars * 2 / 1e6 / Elapsed.TotalSeconds;
        public double HeapGrowthBytesPerDocument => (double)(HeapAfter - HeapBefore) / Math.Max(1, Documents);
        public override string ToString() =>
            $"{Documents:N0} docs, {Chars / 1e6:0.0} M chars in {Elapsed.TotalSeconds:0.00} s: {DocumentsPerSecond:N0} docs/s wall, {DocumentsPerCpuSecond:N0} docs/s of CPU time ({MegabytesPerSecond:0.0} MB/s UTF-16); " +
            $"items {Items:N0}, near-duplicates {NearDuplicates:N0}, sentences {Sentences:N0}; " +
            $"heap {HeapBefore / 1e6:0.0} → {HeapAfter / 1e6:0.0} MB ({HeapGrowthBytesPerDocument:0} B/doc retained; index {IndexBytes / 1e6:0.0} MB)";
    }

    /// <summary>Runs every text through clean, items and the near-duplicate index, in order, on the calling thread.</summary>
    public static Result Run(IEnumerable<string> texts, NearDuplicateIndex? index = null, bool measureHeap = true)
    {
        index ??= new NearDuplicateIndex();
        var clean = new CleanStage();
        var items = new ItemsStage();
        var before = measureHeap ? GC.GetTotalMemory(true) : 0;
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        int docs = 0, itemCount = 0, dups = 0, sentences = 0;
        long chars = 0;
        foreach (var text in texts)
        {
            var doc = new Document(text, new DocumentMeta { Source = "bench" });
            clean.Process(doc);
            items.Process(doc);
            foreach (var item in doc.Items)
            {
                var sig = index.Hasher.Signature(doc.Text, item.Paragraphs);
                if (sig == null) continue;
                if (index.FindEarliest(sig).Id != null) dups++;
                index.Add(item.Id, sig);
            }
            docs++;
            chars += text.Length;
            itemCount += doc.Items.Count;
            sentences += doc.Sentences.Count;
        }
        sw.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
        var after = measureHeap ? GC.GetTotalMemory(true) : 0;
        GC.KeepAlive(index);
        return new Result(docs, chars, sw.Elapsed, before, after, itemCount, dups, sentences, index.Bytes, cpu);
    }

    /// <summary>
    /// The texts repeated <paramref name="times"/> times, each repetition perturbed (a few words swapped, a line of
    /// furniture added) so that repeats are new documents, as a growing corpus would bring.
    /// </summary>
    public static IEnumerable<string> Repeat(IReadOnlyList<string> texts, int times, int seed = 1)
    {
        var rng = new Random(seed);
        for (var r = 0; r < times; r++)
        {
            foreach (var t in texts)
            {
                if (r == 0) { yield return t; continue; }
                var words = t.Split(' ');
                for (var k = 0; k < 3 && words.Length > 0; k++)
                {
                    var i = rng.Next(words.Length);
                    var j = rng.Next(words.Length);
                    (words[i], words[j]) = (words[j], words[i]);
                }
                yield return "الرئيسية » أخبار\n" + string.Join(' ', words) + "\nشارك\nالمصدر: نسخة " + r.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}
