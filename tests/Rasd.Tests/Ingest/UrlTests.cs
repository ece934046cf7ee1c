using System.Diagnostics;
using System.Text;
using Rasd.Ingest;
using static Rasd.Tests.Ingest.IngestKit;

namespace Rasd.Tests.Ingest;

/// <summary>http(s) inputs, against a server on 127.0.0.1.</summary>
public class UrlTests
{
    [Fact]
    public void FeedFromAUrl()
    {
        using var http = new LocalHttp(new()
        {
            ["/feed"] = new(200, "application/rss+xml; charset=utf-8", File.ReadAllBytes(Fixture("feed.rss"))),
        });
        var url = http.Url("/feed");
        var results = Inputs.Read([url]).ToList();
        Assert.Equal(3, results.Count);
        Assert.Equal(url + "#1", results[0].Source);
        Assert.Equal("rss", results[0].Document!.Meta.Format);
        Assert.Equal("وكالة الأنباء الجهوية", results[0].Document!.Meta.Outlet);
    }

    [Fact]
    public void HtmlPageFromAUrlInWindows1256()
    {
        var html = "<!DOCTYPE html><html lang=\"ar\"><head><title>صفحة قديمة</title><link rel=\"canonical\" href=\"/news/1\"></head><body><article><p>"
                   + string.Concat(Enumerable.Repeat("افتتح والي الجهة معرضا للصناعات التقليدية بمشاركة عشرات الحرفيين. ", 12)) + "</p></article></body></html>";
        using var http = new LocalHttp(new()
        {
            ["/old"] = new(200, "text/html; charset=windows-1256", TextDecoder.Windows1256Encoding.GetBytes(html)),
        });
        var doc = Single(Inputs.Read([http.Url("/old")]));
        Assert.Equal("html", doc.Meta.Format);
        Assert.StartsWith("صفحة قديمة\nافتتح والي الجهة معرضا للصناعات التقليدية", doc.Text);
        Assert.Equal(http.Url("/news/1"), doc.Meta.Url);
        Assert.Equal("windows-1256", doc.Meta.Encoding);
    }

    [Fact]
    public void HttpErrorIsARejection()
    {
        using var http = new LocalHttp(new());
        var url = http.Url("/nothing-here");
        var r = SingleRejection(Inputs.Read([url]));
        Assert.Equal(url, r.Source);
        Assert.Contains("404", r.Error);
    }

    [Fact]
    public void UnreachableUrl()
    {
        const string url = "http://127.0.0.1:1/feed.xml";
        var sw = Stopwatch.StartNew();
        var r = SingleRejection(Inputs.Read([url], new InputOptions { HttpTimeout = TimeSpan.FromSeconds(10) }));
        Assert.Equal(url, r.Source);
        Assert.Contains("unreachable", r.Error);
        Assert.Contains("refused", r.Error);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(15));
    }

    [Fact]
    public void SilentServerTimesOut()
    {
        using var http = new LocalHttp(new() { ["/slow"] = new(200, "text/plain", [], Hang: true) });
        var sw = Stopwatch.StartNew();
        var r = SingleRejection(Inputs.Read([http.Url("/slow")], new InputOptions { HttpTimeout = TimeSpan.FromSeconds(1) }));
        Assert.Contains("within 1 s", r.Error);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), $"took {sw.Elapsed}");
    }

    [Fact]
    public void DownloadOverTheLimit()
    {
        using var http = new LocalHttp(new() { ["/big"] = new(200, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(new string('ن', 5000))) });
        var r = SingleRejection(Inputs.Read([http.Url("/big")], new InputOptions { MaxBytes = 1000 }));
        Assert.Contains("too large", r.Error);
    }

    [Fact]
    public void BinaryDownloadIsRejected()
    {
        using var http = new LocalHttp(new() { ["/img"] = new(200, "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]) });
        var r = SingleRejection(Inputs.Read([http.Url("/img")]));
        Assert.Contains("binary", r.Error);
    }
}
