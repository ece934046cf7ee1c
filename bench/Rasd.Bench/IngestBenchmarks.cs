using BenchmarkDotNet.Attributes;
using Rasd.Ingest;

namespace Rasd.Bench;

/// <summary>
/// Ingest hot paths over the first 400 ANT files (in name order), loaded as bytes in GlobalSetup so disk time is
/// not measured: encoding detection, TREC parsing, and the whole in-memory read (decode, detect, parse).
/// One operation is one pass over all files. The corpus comes from RASD_ANT or shared/data/antcorpus above the working directory.
/// </summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private const int Files = 400;
    private List<(string Path, byte[] Bytes)> _files = new();
    private List<string> _texts = new();
    private List<byte[]> _cp1256 = new();
    private readonly TrecReader _trec = new();

    [GlobalSetup]
    public void Setup()
    {
        var dir = Environment.GetEnvironmentVariable("RASD_ANT");
        if (string.IsNullOrEmpty(dir))
            for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d != null && dir == null; d = d.Parent)
                if (Directory.Exists(Path.Combine(d.FullName, "shared", "data", "antcorpus"))) dir = Path.Combine(d.FullName, "shared", "data", "antcorpus");
        if (dir == null || !Directory.Exists(dir)) throw new DirectoryNotFoundException("ANT corpus not found: set RASD_ANT to the antcorpus folder");
        _files = Directory.EnumerateFiles(dir, "JA-*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(Files)
            .Select(f => (f, File.ReadAllBytes(f))).ToList();
        _texts = _files.Select(f => TextDecoder.Decode(f.Bytes).Text!).ToList();
        _cp1256 = _texts.Select(t => TextDecoder.Windows1256Encoding.GetBytes(t)).ToList();
    }

    [Benchmark(Description = "decode UTF-8 (detect encoding)")]
    public int DecodeUtf8()
    {
        var n = 0;
        foreach (var (_, bytes) in _files) n += TextDecoder.Decode(bytes).Text!.Length;
        return n;
    }

    [Benchmark(Description = "decode Windows-1256 (detect encoding)")]
    public int DecodeWindows1256()
    {
        var n = 0;
        foreach (var bytes in _cp1256) n += TextDecoder.Decode(bytes).Text!.Length;
        return n;
    }

    [Benchmark(Description = "TREC parse")]
    public int TrecParse()
    {
        var n = 0;
        foreach (var t in _texts)
            foreach (var d in _trec.Read(t, "ant")) n += d.Text.Length;
        return n;
    }

    [Benchmark(Description = "read from bytes (decode + detect + parse)")]
    public int ReadBytes()
    {
        var n = 0;
        foreach (var (path, bytes) in _files)
            foreach (var r in Inputs.ReadBytes(bytes, path))
                if (r.IsOk) n++;
        return n;
    }
}
