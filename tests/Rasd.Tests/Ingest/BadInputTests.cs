using System.Diagnostics;
using System.Text;
using Rasd.Ingest;
using static Rasd.Tests.Ingest.IngestKit;

namespace Rasd.Tests.Ingest;

/// <summary>Every kind of bad input becomes a rejection naming the input and the reason; nothing throws, the rest is read.</summary>
public class BadInputTests
{
    private const string Good = "أعلنت وزارة التربية عن موعد العودة المدرسية.";

    [Fact]
    public void MissingPath()
    {
        var path = Path.Combine(Path.GetTempPath(), "rasd-no-such-" + Guid.NewGuid().ToString("N"), "article.txt");
        var r = SingleRejection(Inputs.Read([path]));
        Assert.Equal(path, r.Source);
        Assert.Contains("no such file", r.Error);
    }

    [Fact]
    public void EmptyAndWhitespaceFiles()
    {
        using var dir = new Scratch();
        var empty = dir.Write("empty.txt", []);
        var blank = dir.Write("blank.txt", " \n\t\r\n ");
        var results = Inputs.Read([empty, blank]).ToList();
        Assert.Equal(2, results.Count);
        Assert.Equal(empty, results[0].Source);
        Assert.Contains("empty file", results[0].Error);
        Assert.Equal(blank, results[1].Source);
        Assert.Contains("only whitespace", results[1].Error);
    }

    [Fact]
    public void BinaryFile()
    {
        using var dir = new Scratch();
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[100] = 0;
        var path = dir.Write("photo.jpg.txt", bytes);
        var r = SingleRejection(Inputs.Read([path]));
        Assert.Equal(path, r.Source);
        Assert.Contains("binary", r.Error);
    }

    [Fact]
    public void InvalidUtf8ThatIsNotArabicWindows1256()
    {
        using var dir = new Scratch();
        var bytes = Encoding.UTF8.GetBytes("Résumé des négociations").Concat(new byte[] { 0xC3, 0x28, 0xA0, 0xA1, 0xE9, 0x20, 0xF0, 0x28, 0x8C, 0x28 }).ToArray();
        var path = dir.Write("latin.txt", bytes);
        var r = SingleRejection(Inputs.Read([path]));
        Assert.Contains("not valid UTF-8", r.Error);
    }

    [Fact]
    public void FileOverTheLimitIsRejectedWithoutReadingIt()
    {
        using var dir = new Scratch();
        var path = dir.File("huge.txt");
        using (var fs = new FileStream(path, FileMode.CreateNew))
            fs.SetLength(200L * 1024 * 1024); // sparse: no 200 MB written to disk
        var before = GC.GetTotalAllocatedBytes(true);
        var sw = Stopwatch.StartNew();
        var r = SingleRejection(Inputs.Read([path]));
        sw.Stop();
        var allocated = GC.GetTotalAllocatedBytes(true) - before;
        Assert.Equal(path, r.Source);
        Assert.Contains("too large", r.Error);
        Assert.Contains("200 MB", r.Error);
        Assert.Contains("64 MB", r.Error);
        Assert.True(allocated < 16L * 1024 * 1024, $"{allocated:N0} bytes allocated: the file was read");

        // A smaller limit applies to ordinary files too.
        var small = dir.Write("small.txt", Good);
        var limited = SingleRejection(Inputs.Read([small], new InputOptions { MaxBytes = 10 }));
        Assert.Contains("10 bytes", limited.Error);
    }

    [Fact]
    public void FolderOfTenThousandFilesIsStreamedInNameOrder()
    {
        using var dir = new Scratch();
        const int n = 10_000;
        var sub = Directory.CreateDirectory(dir.File("b")).FullName;
        for (var i = 0; i < n; i++)
            File.WriteAllText(Path.Combine(i % 3 == 0 ? sub : dir.Path, $"doc{i:D5}.txt"), $"{Good} رقم {i}");
        dir.Write(".hidden.txt", Good);
        dir.Write(".git/config.txt", Good);

        using var e = Inputs.Read([dir.Path]).GetEnumerator();
        Assert.True(e.MoveNext());
        Assert.True(e.Current.IsOk, e.Current.Error);
        Assert.Equal(Path.Combine(dir.Path, "doc00001.txt"), e.Current.Source);
        // Streaming: files are read only a few ahead of the caller, so a file removed now is reported missing.
        var victim = Path.Combine(dir.Path, "doc09998.txt");
        File.Delete(victim);
        var all = new List<ReadResult> { e.Current };
        while (e.MoveNext()) all.Add(e.Current);

        Assert.Equal(n, all.Count); // hidden files and folders skipped
        Assert.DoesNotContain(all, r => r.Source.Contains(".hidden") || r.Source.Contains(".git"));
        var missing = Assert.Single(all, r => !r.IsOk);
        Assert.Equal(victim, missing.Source);
        Assert.Contains("no such file", missing.Error);
        // A folder's files in name order, then its sub-folders.
        var order = all.Select(r => Path.GetRelativePath(dir.Path, r.Source)).ToList();
        var top = order.TakeWhile(p => !p.Contains(Path.DirectorySeparatorChar)).ToList();
        Assert.Equal(n - (n + 2) / 3, top.Count);
        Assert.Equal(top.Order(StringComparer.Ordinal), top);
        var rest = order.Skip(top.Count).ToList();
        Assert.All(rest, p => Assert.StartsWith("b" + Path.DirectorySeparatorChar, p));
        Assert.Equal(rest.Order(StringComparer.Ordinal), rest);
        Assert.Equal($"{Good} رقم 9999", all[^1].Document!.Text);
    }

    [Fact]
    public void EmptyFolder()
    {
        using var dir = new Scratch();
        var r = SingleRejection(Inputs.Read([dir.Path]));
        Assert.Contains("no files", r.Error);
    }

    [Fact]
    public void UnreadableFile()
    {
        using var dir = new Scratch();
        var path = dir.Write("secret.txt", Good);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
            var results = Inputs.Read([path]).ToList();
            if (!IsRoot)
            {
                var r = SingleRejection(results);
                Assert.Equal(path, r.Source);
                Assert.Contains("permission denied", r.Error);
            }
            else
            {
                // root reads a mode-000 file anyway, so unreadability is tested with files that fail for root too (below).
                Assert.True(Single(results).Text == Good);
            }
        }
        // A FIFO would block a naive reader for ever: it is refused without being opened.
        if (OperatingSystem.IsLinux())
        {
            var fifo = dir.File("pipe.txt");
            using (var p = Process.Start(new ProcessStartInfo("mkfifo", fifo) { UseShellExecute = false })!) p.WaitForExit(5000);
            Assert.True(File.Exists(fifo));
            var r = SingleRejection(Inputs.Read([fifo]));
            Assert.Equal(fifo, r.Source);
            Assert.Contains("not a regular file", r.Error);

            // A file whose read fails with an I/O error (for every user, root included).
            if (File.Exists("/proc/self/mem"))
            {
                var io = SingleRejection(Inputs.Read(["/proc/self/mem"]));
                Assert.Contains("cannot read", io.Error);
            }
        }
    }

    [Fact]
    public void UnlistableFolderWhenNotRoot()
    {
        if (OperatingSystem.IsWindows() || IsRoot) return; // root lists any folder; the file cases above cover root
        using var dir = new Scratch();
        dir.Write("locked/a.txt", Good);
        var locked = dir.File("locked");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var r = SingleRejection(Inputs.Read([dir.Path]));
            Assert.Contains("permission denied", r.Error);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void MalformedFeeds()
    {
        using var dir = new Scratch();
        var truncated = dir.Write("cut.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>قناة</title><item><title>خبر</title><description>نص");
        var badAtom = dir.Write("bad.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><title>x</entry></feed>");
        var noItems = dir.Write("none.rss", "<rss version=\"2.0\"><channel><title>فارغة</title></channel></rss>");
        var results = Inputs.Read([truncated, badAtom, noItems, dir.Write("ok.txt", Good)]).ToList();
        Assert.Equal(4, results.Count);
        Assert.Equal(truncated, results[0].Source);
        Assert.Contains("malformed RSS feed", results[0].Error);
        Assert.Equal(badAtom, results[1].Source);
        Assert.Contains("malformed Atom feed", results[1].Error);
        Assert.Contains("no entries", results[2].Error);
        Assert.True(results[3].IsOk);
    }

    [Fact]
    public void FeedWithExternalEntityIsNeverResolved()
    {
        const string xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>قناة</title>
            <item><title>خبر</title><description>البداية &xxe; النهاية</description></item>
            </channel></rss>
            """;
        using var dir = new Scratch();
        var path = dir.Write("xxe.rss", xxe);
        var sw = Stopwatch.StartNew();
        var results = Inputs.Read([path]).ToList();
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10));
        Assert.NotEmpty(results);
        foreach (var r in results)
        {
            Assert.DoesNotContain("root:", r.Document?.Text ?? "");
            Assert.DoesNotContain("root:", r.Error ?? "");
            Assert.DoesNotContain("/bin/", r.Document?.Text ?? "");
        }
        var rejected = Assert.Single(results);
        Assert.False(rejected.IsOk);
        Assert.Contains("never expanded or resolved", rejected.Error);
    }

    [Fact]
    public void BillionLaughsIsNotExpanded()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
        sb.Append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (var i = 2; i <= 9; i++) sb.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">\n");
        sb.Append("]>\n<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>x</title><description>&lol9;</description></item></channel></rss>");
        var before = GC.GetTotalAllocatedBytes(true);
        var sw = Stopwatch.StartNew();
        var results = Inputs.ReadContent(sb.ToString(), "lol.rss").ToList();
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), $"took {sw.Elapsed}");
        Assert.True(GC.GetTotalAllocatedBytes(true) - before < 64L * 1024 * 1024, "entities were expanded");
        Assert.All(results, r => Assert.DoesNotContain("lollol", (r.Document?.Text ?? "") + r.Error));
        Assert.False(Assert.Single(results).IsOk);
    }

    [Fact]
    public void HarmlessDoctypeInAFeedIsIgnored()
    {
        const string rss = "<?xml version=\"1.0\"?><!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://127.0.0.1:1/rss.dtd\">"
                           + "<rss version=\"2.0\"><channel><title>قناة</title><item><title>خبر</title><description>نص الخبر الكامل.</description></item></channel></rss>";
        var doc = Single(Inputs.ReadContent(rss, "old.rss"));
        Assert.Equal("نص الخبر الكامل.", doc.Text);
    }

    [Fact]
    public void TrecEntitiesAreNotExpanded()
    {
        const string trec = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<DOC>\n<DOCNO>X-1</DOCNO>\n<TEXT>\nنص &xxe; و &#1575; &amp;\n</TEXT>\n</DOC>";
        var doc = Single(Inputs.ReadContent(trec, "x.trec"));
        Assert.Equal("trec", doc.Meta.Format);
        Assert.Equal("نص &xxe; و ا &", doc.Text);
    }

    [Fact]
    public void TelegramExportWithMissingMedia()
    {
        using var dir = new Scratch();
        var path = dir.Write("export/result.json", """
            {"name":"قناة المدينة","type":"public_channel","messages":[
              {"id":10,"type":"message","date":"2025-03-04T18:00:00","photo":"photos/photo_10.jpg","text":"افتتاح جسر جديد على الوادي."},
              {"id":11,"type":"message","date":"2025-03-05T07:30:00","file":"files/report.pdf","text":["تقرير ",{"type":"link","text":"الوزارة"}]}
            ]}
            """);
        var docs = Inputs.Read([path]).ToList();
        Assert.Equal(2, docs.Count);
        Assert.All(docs, r => Assert.True(r.IsOk, r.Error));
        Assert.Contains(docs[0].Document!.Warnings, w => w.Contains("photos/photo_10.jpg") && w.Contains("missing"));
        Assert.Contains(docs[1].Document!.Warnings, w => w.Contains("files/report.pdf") && w.Contains("missing"));
        Assert.Equal("تقرير الوزارة", docs[1].Document!.Text);
        Assert.Equal("2025-03-05", docs[1].Document!.Meta.Published.Iso);
    }

    [Fact]
    public void MalformedTelegramExport()
    {
        var r = SingleRejection(Inputs.ReadContent("{\"name\":\"قناة\",\"messages\":[{\"id\":1,\"text\":\"نص\"", "result.json"));
        Assert.Contains("malformed Telegram export", r.Error);
    }

    [Fact]
    public void UnsupportedSchemeAndEmptyPath()
    {
        var results = Inputs.Read(["ftp://example.org/feed.xml", "", "file:///etc/passwd"]).ToList();
        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.False(r.IsOk));
        Assert.Contains("only http:// and https://", results[0].Error);
        Assert.Contains("empty path", results[1].Error);
    }

    [Fact]
    public void ARunGoesOnAfterEveryKindOfBadInput()
    {
        using var dir = new Scratch();
        var inputs = new[]
        {
            dir.File("missing.txt"),
            dir.Write("empty.txt", []),
            dir.Write("bin.dat", [0x00, 0x01, 0x02, 0x03]),
            dir.Write("cut.rss", "<rss version=\"2.0\"><channel>"),
            dir.Write("good.txt", Good),
        };
        var results = Inputs.Read(inputs).ToList();
        Assert.Equal(inputs.Length, results.Count);
        Assert.Equal(inputs, results.Select(r => r.Source));
        Assert.Equal(1, results.Count(r => r.IsOk));
        Assert.All(results.Where(r => !r.IsOk), r => Assert.False(string.IsNullOrWhiteSpace(r.Error)));
    }

    [Fact]
    public void StoppingEarlyEndsTheReadAheadAndInlineReadingGivesTheSameResults()
    {
        using var dir = new Scratch();
        for (var i = 0; i < 200; i++) dir.Write($"d{i:D3}.txt", $"{Good} {i}");
        var first = Inputs.Read([dir.Path]).Take(3).ToList();
        Assert.Equal(3, first.Count);
        var ahead = Inputs.Read([dir.Path]).Select(r => r.Source + (r.Document?.Id ?? r.Error)).ToList();
        var inline = Inputs.Read([dir.Path], new InputOptions { ReadAhead = 1 }).Select(r => r.Source + (r.Document?.Id ?? r.Error)).ToList();
        Assert.Equal(200, ahead.Count);
        Assert.Equal(inline, ahead);
    }

    [Fact]
    public void AFailingListOfInputsIsTheCallersErrorAndSurfaces()
    {
        static IEnumerable<string> Broken()
        {
            yield return "/nonexistent-rasd-input";
            throw new InvalidOperationException("caller bug");
        }
        var e = Assert.Throws<InvalidOperationException>(() => Inputs.Read(Broken()).ToList());
        Assert.Equal("caller bug", e.Message);
    }
}
