using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Rasd.Ingest;
using Rasd.Model;
using Rasd.Pipeline;
using Rasd.Store;

namespace Rasd.Cli.Commands;

/// <summary>
/// `rasd bench --corpus DIR`: documents/s, MB/s and peak working set for read + store, for each stage and for
/// the whole pipeline. The last line, which scripts read, is exactly
/// "total: N documents in S s = D docs/s, peak M MB" (the whole pipeline).
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "folder (or file) of input documents", Required = true };
        var n = new Option<int?>("--n") { Description = "use only the first N documents" };
        var noStore = new Option<bool>("--no-store") { Description = "analysis alone: read into memory, no store" };
        var store = CliCommon.StoreOption();
        store.Description = "store to write (default: a temporary store, deleted afterwards)";
        var cmd = new Command("bench", "measure read + store, each stage and the whole pipeline") { corpus, n, noStore, store };
        cmd.SetAction(pr =>
        {
            var w = CliCommon.Out(pr);
            var input = pr.GetValue(corpus)!;
            if (!Directory.Exists(input) && !File.Exists(input))
            {
                CliCommon.Err(pr).WriteLine($"rasd bench: {input}: no such file or directory");
                return 1;
            }
            var max = pr.GetValue(n) ?? int.MaxValue;
            var start = RuntimeFigures.Now();
            var analyzer = Analyzer.Default();
            var total = Stopwatch.StartNew();
            int docs;
            int analysedDocs;
            long bytes;
            if (pr.GetValue(noStore))
            {
                // As ingestion runs it, less the store: documents read on a thread of their own while earlier ones are
                // analysed, and dropped from memory once linked.
                var sw = Stopwatch.StartNew();
                long read = 0, readBytes = 0;
                var stream = Ingestion.ReadInputs([input]).Where(r => r.IsOk).Select(r => r.Document!).Take(max)
                    .Select(d => { read++; readBytes += System.Text.Encoding.UTF8.GetByteCount(d.Text); return d; });
                analyzer.Run(stream, new Corpus(), keepDocuments: false);
                docs = analysedDocs = (int)read;
                bytes = readBytes;
                Report(w, "read + analyse", docs, bytes, sw.Elapsed);
            }
            else
            {
                var spec = pr.GetValue(store);
                var temp = spec == null ? Path.Combine(Path.GetTempPath(), "rasd-bench-" + Guid.NewGuid().ToString("N")[..8]) : null;
                try
                {
                    using var s = spec != null ? CliCommon.OpenStore(pr, store, "bench") : StoreFactory.Open(temp!);
                    if (s == null) return 1;
                    var ingestion = new Ingestion(s, analyzer);
                    var rejected = 0;
                    var summary = ingestion.Run(Ingestion.ReadInputs([input]).Where(r => r.IsOk || ++rejected < 0).Take(max), new IngestionOptions { Analyse = false });
                    docs = summary.Read;
                    bytes = summary.Bytes;
                    Report(w, $"read + store ({summary.Stored} stored, {summary.Duplicates} duplicates, {rejected} inputs rejected)", docs, bytes, summary.ReadTime);
                    var sw = Stopwatch.StartNew();
                    var (analysed, failed) = ingestion.AnalysePending();
                    analysedDocs = analysed + failed;
                    Report(w, $"analyse + save ({analysed} analysed, {failed} failed)", analysedDocs, bytes, sw.Elapsed);
                }
                finally
                {
                    if (temp != null) try { Directory.Delete(temp, true); } catch (IOException) { }
                }
            }
            foreach (var (stage, time) in analyzer.StageTimes.OrderByDescending(kv => kv.Value))
                w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  stage {stage,-16} {time.TotalSeconds,8:0.000} s (summed over threads) = {Rate(analysedDocs, time),8:0} docs/s, {(time.TotalSeconds > 0 ? bytes / 1e6 / time.TotalSeconds : 0),6:0.0} MB/s{CpuNote(analyzer, stage, analysedDocs)}, alloc {analyzer.StageAllocations.GetValueOrDefault(stage) / 1e6:0} MB"));
            var el = total.Elapsed;
            w.WriteLine(Runtime(start));
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"total: {docs} documents in {el.TotalSeconds:0.00} s = {Rate(docs, el):0} docs/s, peak {PeakMb():0} MB"));
            return docs == 0 ? 1 : 0;
        });
        return cmd;
    }

    /// <summary>The stage's thread CPU time: unlike wall time it does not grow when other processes share the cores.</summary>
    private static string CpuNote(Analyzer analyzer, string stage, int docs) =>
        ThreadCpu.Available && analyzer.StageCpuTimes.TryGetValue(stage, out var cpu)
            ? string.Create(CultureInfo.InvariantCulture, $"; cpu {cpu.TotalSeconds:0.000} s = {Rate(docs, cpu):0} docs/s per core")
            : "";

    private readonly record struct RuntimeFigures(TimeSpan Cpu, TimeSpan Jit, long Methods, long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan Pause)
    {
        public static RuntimeFigures Now()
        {
            using var p = Process.GetCurrentProcess();
            return new(p.TotalProcessorTime, System.Runtime.JitInfo.GetCompilationTime(), System.Runtime.JitInfo.GetCompiledMethodCount(),
                GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        }
    }

    /// <summary>
    /// Where the process's CPU went besides the stages: JIT compiling and garbage collection. Allocated bytes and
    /// collection counts do not depend on how busy the machine is, so they compare runs on a shared machine.
    /// </summary>
    private static string Runtime(RuntimeFigures start)
    {
        var now = RuntimeFigures.Now();
        return string.Create(CultureInfo.InvariantCulture,
            $"runtime: process cpu {(now.Cpu - start.Cpu).TotalSeconds:0.00} s; jit {now.Methods - start.Methods} methods in {(now.Jit - start.Jit).TotalSeconds:0.00} s; " +
            $"gc {now.Gen0 - start.Gen0}/{now.Gen1 - start.Gen1}/{now.Gen2 - start.Gen2} (gen0/1/2), paused {(now.Pause - start.Pause).TotalSeconds:0.00} s, allocated {(now.Allocated - start.Allocated) / 1e6:0} MB");
    }

    private static double Rate(int docs, TimeSpan t) => t.TotalSeconds > 0 ? docs / t.TotalSeconds : 0;

    private static double PeakMb()
    {
        using var p = Process.GetCurrentProcess();
        p.Refresh();
        return p.PeakWorkingSet64 / (1024.0 * 1024.0);
    }

    private static void Report(TextWriter w, string what, int docs, long bytes, TimeSpan t) =>
        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {docs} documents, {bytes / 1e6:0.0} MB in {t.TotalSeconds:0.00} s = {Rate(docs, t):0} docs/s, {(t.TotalSeconds > 0 ? bytes / 1e6 / t.TotalSeconds : 0):0.0} MB/s, peak so far {PeakMb():0} MB"));
}
