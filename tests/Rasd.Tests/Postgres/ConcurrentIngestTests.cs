using System.Text.RegularExpressions;
using Rasd.Store.Postgres;
using Xunit.Abstractions;

namespace Rasd.Tests.Postgres;

public sealed partial class ConcurrentIngestTests(ITestOutputHelper output)
{
    [GeneratedRegex(@"(\d+) read, (\d+) stored, (\d+) duplicates")]
    private static partial Regex SummaryLine();

    [PgFact]
    public void Two_ingests_of_the_same_folder_at_the_same_time_store_each_document_once()
    {
        using var db = new PgTestDatabase();
        var folder = Path.Combine(Path.GetTempPath(), "rasd-ingest-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            // 1,500 ANT files (TREC, one document each; enough for the two runs to overlap), plus a copy of 50 of them under other names: same content.
            var files = Directory.EnumerateFiles(ScaleOutKit.AntFolder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Skip(3000).Take(1500).ToList();
            Directory.CreateDirectory(Path.Combine(folder, "copies"));
            foreach (var f in files) File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
            foreach (var f in files.Take(50)) File.Copy(f, Path.Combine(folder, "copies", "copy-" + Path.GetFileName(f)));

            var a = ScaleOutKit.StartCli("ingest", folder, "--store", db.Url, "--quiet");
            var b = ScaleOutKit.StartCli("ingest", folder, "--store", db.Url, "--quiet");
            var ra = ScaleOutKit.Wait(a, TimeSpan.FromMinutes(2));
            var rb = ScaleOutKit.Wait(b, TimeSpan.FromMinutes(2));
            Assert.True(ra.Code == 0 && rb.Code == 0, $"ingest failed: {ra.Err} {rb.Err}");
            output.WriteLine(ra.Out.Trim() + "\n" + rb.Out.Trim());
            var sa = SummaryLine().Match(ra.Out);
            var sb = SummaryLine().Match(rb.Out);
            Assert.True(sa.Success && sb.Success, "no summary line in: " + ra.Out + rb.Out);
            int Read(Match m) => int.Parse(m.Groups[1].Value);
            int Stored(Match m) => int.Parse(m.Groups[2].Value);

            var distinct = db.Count("SELECT count(DISTINCT id) FROM documents");
            Assert.Equal(distinct, db.Count("SELECT count(*) FROM documents"));
            Assert.Equal(Read(sa), Read(sb));
            Assert.True(distinct <= Read(sa) - 50, $"{distinct} documents stored from {Read(sa)} read, 50 of which are copies");
            // Between them the two runs stored each document exactly once; the rest were reported as duplicates.
            Assert.Equal(distinct, Stored(sa) + Stored(sb));
            // PostgreSQL mode enqueues: nothing analysed yet, everything pending for the workers.
            using var store = new PostgresStore(db.Url);
            var q = store.Queue();
            Assert.Equal((distinct, 0L), (q.Pending, q.Done));
        }
        finally
        {
            try { Directory.Delete(folder, true); } catch (IOException) { }
        }
    }
}
