using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Rasd.Model;
using Rasd.Store.Sqlite;
using Rasd.Tests.Cli;

namespace Rasd.Tests.Store;

/// <summary>
/// `rasd ingest` killed with SIGKILL in the middle of a large batch: the store opens, is sound, every stored
/// document is whole, and ingesting again finishes the rest without storing anything twice.
/// </summary>
public class CrashSafetyTests
{
    private static long Count(string db, string sql)
    {
        try
        {
            using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=false");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            return (long)cmd.ExecuteScalar()!;
        }
        catch (SqliteException)
        {
            return -1; // not created yet, or busy
        }
    }

    [Fact]
    public void Killing_ingest_mid_batch_loses_nothing_committed_and_a_rerun_completes_it()
    {
        using var dir = new TempDir();
        var input = Path.Combine(dir.Path, "in");
        Directory.CreateDirectory(input);
        const int n = 700;
        for (var i = 0; i < n; i++)
            File.WriteAllText(Path.Combine(input, $"d{i:D5}.txt"), $"عنوان الخبر {i}\nأعلنت الوزارة اليوم أن الاجتماع {i} عقد في العاصمة بحضور الوفد.\n");
        var store = Path.Combine(dir.Path, "store");
        var db = Path.Combine(store, "rasd.db");

        var cli = Path.Combine(AppContext.BaseDirectory, "rasd.dll");
        Assert.True(File.Exists(cli), "the built CLI is beside the tests: " + cli);
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { cli, "ingest", input, "--store", store, "--quiet" }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        p.StandardOutput.ReadToEndAsync();
        p.StandardError.ReadToEndAsync();

        // Kill once some analyses are committed and some documents still wait.
        var deadline = Stopwatch.StartNew();
        var killed = false;
        while (deadline.Elapsed < TimeSpan.FromSeconds(120) && !p.HasExited)
        {
            if (Count(db, "SELECT count(*) FROM documents WHERE status = 'done'") >= 10
                && Count(db, "SELECT count(*) FROM documents WHERE status = 'pending'") > 0)
            {
                p.Kill(); // SIGKILL on Unix: no chance to clean up
                killed = true;
                break;
            }
            Thread.Sleep(20);
        }
        if (!p.HasExited) { p.Kill(); killed = true; }
        p.WaitForExit();
        Assert.True(killed, "the ingest finished before it could be killed; the test needs a larger batch");

        using (var s = new SqliteStore(db))
        {
            Assert.Equal("ok", s.IntegrityCheck());
            var stats = s.Stats();
            Assert.True(stats.Documents > 0 && stats.Documents <= n);
            // Every stored document is whole: its text hashes to its id, done ⇔ an analysis exists, items only of done documents.
            foreach (var info in s.Infos())
            {
                var doc = s.GetDocument(info.Id)!;
                Assert.Equal(info.Id, ContentHash.Of(doc.Text));
            }
            Assert.Equal(0, Count(db, "SELECT count(*) FROM documents d WHERE status = 'done' AND NOT EXISTS (SELECT 1 FROM analyses a WHERE a.document_id = d.id)"));
            Assert.Equal(0, Count(db, "SELECT count(*) FROM documents d WHERE status <> 'done' AND EXISTS (SELECT 1 FROM analyses a WHERE a.document_id = d.id)"));
            Assert.Equal(0, Count(db, "SELECT count(*) FROM items i JOIN documents d ON d.id = i.document_id WHERE d.status <> 'done'"));
        }

        var before = Count(db, "SELECT count(*) FROM documents");
        var rerun = CliRunner.Run("ingest", input, "--store", store, "--quiet");
        Assert.Equal(0, rerun.Exit);
        Assert.Contains($"{n} read, {n - before} stored, {before} duplicates, 0 rejected", rerun.Out);
        using (var s = new SqliteStore(db))
        {
            var stats = s.Stats();
            Assert.Equal(n, stats.Documents);
            Assert.Equal(0, stats.Pending);
            Assert.Equal(0, stats.Failed);
            Assert.Equal("ok", s.IntegrityCheck());
        }
    }
}
