using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Rasd.Server;

namespace Rasd.Tests.Server;

public class ServerApiTests
{
    private static async Task<JsonElement> Json(HttpResponseMessage r)
    {
        var s = await r.Content.ReadAsStringAsync();
        return JsonDocument.Parse(s).RootElement;
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage r, HttpStatusCode status)
    {
        Assert.Equal(status, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var p = await Json(r);
        Assert.Equal((int)status, p.GetProperty("status").GetInt32());
        return p;
    }

    [Fact]
    public async Task Stories_are_listed_with_dates_and_outlets_and_paginated()
    {
        await using var h = await ServerHost.StartAsync();
        var page = await Json(await h.Client.GetAsync("/api/stories?page=1&size=1"));
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());
        var all = await Json(await h.Client.GetAsync("/api/stories"));
        var story = all.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("id").GetString() == Fixture.StoryId);
        Assert.Equal(2, story.GetProperty("outlets").GetInt32());
        Assert.Equal(3, story.GetProperty("events").GetInt32());
        Assert.Equal("2024-02-12", story.GetProperty("first").GetProperty("iso").GetString());
        Assert.Equal("2024-02-13", story.GetProperty("last").GetProperty("iso").GetString());
        var second = await Json(await h.Client.GetAsync("/api/stories?page=2&size=1"));
        Assert.NotEqual(page.GetProperty("items")[0].GetProperty("id").GetString(), second.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Story_has_dated_events_in_order_and_undated_apart_with_reason()
    {
        await using var h = await ServerHost.StartAsync();
        var s = await Json(await h.Client.GetAsync("/api/stories/" + Fixture.StoryId));
        var dated = s.GetProperty("timeline").GetProperty("dated").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal(new[] { Fixture.SanctionEvent, Fixture.StatementEvent }, dated);
        var undated = s.GetProperty("timeline").GetProperty("undated").EnumerateArray().Single();
        Assert.Equal(Fixture.MeetingEvent, undated.GetProperty("event").GetProperty("id").GetString());
        Assert.Equal("the meeting is announced without a date", undated.GetProperty("reason").GetString());
        Assert.Equal(2, s.GetProperty("items").GetProperty("total").GetInt32());
        Assert.Equal(2, s.GetProperty("items").GetProperty("items").GetArrayLength());
        Assert.Equal(2, s.GetProperty("outlets").GetInt32());
        var paged = await Json(await h.Client.GetAsync("/api/stories/" + Fixture.StoryId + "?page=2&size=1"));
        Assert.Equal(Fixture.OutletB, paged.GetProperty("items").GetProperty("items")[0].GetProperty("outlet").GetString());
        Assert.Equal(2, paged.GetProperty("timeline").GetProperty("dated").GetArrayLength());
    }

    [Fact]
    public async Task Event_gives_each_mention_with_its_paragraph_and_offsets()
    {
        await using var h = await ServerHost.StartAsync();
        var e = await Json(await h.Client.GetAsync("/api/events/" + Fixture.SanctionEvent));
        Assert.False(e.GetProperty("event").GetProperty("singleSource").GetBoolean());
        var mentions = e.GetProperty("mentions").EnumerateArray().ToList();
        Assert.Equal(2, mentions.Count);
        Assert.Equal(new[] { Fixture.OutletA, Fixture.OutletB }, mentions.Select(m => m.GetProperty("outlet").GetString()));
        foreach (var m in mentions)
        {
            var p = m.GetProperty("paragraph");
            var text = p.GetProperty("text").GetString()!;
            var ms = p.GetProperty("mention").GetProperty("start").GetInt32();
            var me = p.GetProperty("mention").GetProperty("end").GetInt32();
            // The offsets within the paragraph select exactly the mention's words.
            Assert.Equal(m.GetProperty("text").GetString(), text[ms..me]);
            Assert.DoesNotContain('\n', text);
            var span = m.GetProperty("span");
            Assert.Equal(span.GetProperty("start").GetInt32() - p.GetProperty("start").GetInt32(), ms);
        }
        Assert.Equal("وذكرت الصحيفة", mentions[1].GetProperty("attributionText").GetString());

        var single = await Json(await h.Client.GetAsync("/api/events/" + Fixture.StatementEvent));
        Assert.True(single.GetProperty("event").GetProperty("singleSource").GetBoolean());
        Assert.Equal("المفوضية الأوروبية", single.GetProperty("mentions")[0].GetProperty("attributionName").GetString());
    }

    [Fact]
    public async Task Entity_has_aliases_roles_and_events()
    {
        await using var h = await ServerHost.StartAsync();
        var e = await Json(await h.Client.GetAsync("/api/entities/" + Fixture.Eu));
        Assert.Equal("الاتحاد الأوروبي", e.GetProperty("name").GetString());
        Assert.Contains("الاتحاد", e.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("منظمة إقليمية", e.GetProperty("roles")[0].GetProperty("title").GetString());
        Assert.Equal(Fixture.SanctionEvent, e.GetProperty("events").GetProperty("items")[0].GetProperty("id").GetString());
        // The commission is the source of its statement and the attribution of it.
        var c = await Json(await h.Client.GetAsync("/api/entities/" + Fixture.Commission));
        Assert.Equal(1, c.GetProperty("events").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Search_finds_inflected_forms_with_highlights_on_the_original_words()
    {
        await using var h = await ServerHost.StartAsync();
        var r = await Json(await h.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString("العقوبات")));
        var hits = r.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(hits, x => x.GetProperty("kind").GetString() == "item");
        Assert.Contains(hits, x => x.GetProperty("kind").GetString() == "event" && x.GetProperty("id").GetString() == Fixture.SanctionEvent);
        var marked = new HashSet<string>();
        foreach (var hit in hits)
        {
            var sn = hit.GetProperty("snippet");
            var text = sn.GetProperty("text").GetString()!;
            foreach (var hl in sn.GetProperty("highlights").EnumerateArray())
                marked.Add(text[hl.GetProperty("start").GetInt32()..hl.GetProperty("end").GetInt32()]);
        }
        Assert.Contains("عقوبات", marked);
        Assert.Contains("والعقوبات", marked);
        Assert.Contains("العقوبات", marked);

        var events = await Json(await h.Client.GetAsync("/api/search?kind=event&q=" + Uri.EscapeDataString("عقوبات")));
        Assert.All(events.GetProperty("items").EnumerateArray(), x => Assert.Equal("event", x.GetProperty("kind").GetString()));
        var none = await Json(await h.Client.GetAsync("/api/search?q=" + Uri.EscapeDataString("زلزال")));
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Posting_a_document_stores_it_once_and_makes_it_searchable()
    {
        await using var h = await ServerHost.StartAsync(seed: false);
        const string text = "أعلنت وزارة الصحة افتتاح مستشفى جديد في مدينة صفاقس.";
        var first = await h.Client.PostAsync("/api/documents?outlet=" + Uri.EscapeDataString("إذاعة"), new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var j = await Json(first);
        Assert.Equal(1, j.GetProperty("stored").GetInt32());
        Assert.Equal("stored", j.GetProperty("documents")[0].GetProperty("outcome").GetString());
        var again = await h.Client.PostAsync("/api/documents", new StringContent(text, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var k = await Json(again);
        Assert.Equal(0, k.GetProperty("stored").GetInt32());
        Assert.Equal("duplicate", k.GetProperty("documents")[0].GetProperty("outcome").GetString());
        Assert.Equal(j.GetProperty("documents")[0].GetProperty("id").GetString(), k.GetProperty("documents")[0].GetProperty("id").GetString());
        Assert.Equal(1, h.Store.Stats().Documents);

        var s = await Json(await h.Client.GetAsync("/api/search?kind=item&q=" + Uri.EscapeDataString("المستشفى")));
        Assert.Equal(1, s.GetProperty("total").GetInt32());
        Assert.Equal("إذاعة", s.GetProperty("items")[0].GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task Errors_are_problem_details_with_clear_messages()
    {
        await using var h = await ServerHost.StartAsync(maxBody: 1024);
        var p404 = await Problem(await h.Client.GetAsync("/api/stories/nope"), HttpStatusCode.NotFound);
        Assert.Contains("nope", p404.GetProperty("detail").GetString());
        await Problem(await h.Client.GetAsync("/api/events/nope"), HttpStatusCode.NotFound);
        await Problem(await h.Client.GetAsync("/api/entities/nope"), HttpStatusCode.NotFound);
        await Problem(await h.Client.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
        var bad = await Problem(await h.Client.GetAsync("/api/stories?page=zero"), HttpStatusCode.BadRequest);
        Assert.Contains("page", bad.GetProperty("detail").GetString());
        await Problem(await h.Client.GetAsync("/api/stories?size=1000"), HttpStatusCode.BadRequest);
        await Problem(await h.Client.GetAsync("/api/search"), HttpStatusCode.BadRequest);
        await Problem(await h.Client.GetAsync("/api/search?q=x&kind=story"), HttpStatusCode.BadRequest);
        await Problem(await h.Client.GetAsync("/api/export?format=xlsx"), HttpStatusCode.BadRequest);
        var big = await Problem(await h.Client.PostAsync("/api/documents", new StringContent(new string('ب', 2000), Encoding.UTF8, "text/plain")), HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1,024", big.GetProperty("detail").GetString());
        var media = await Problem(await h.Client.PostAsync("/api/documents", new ByteArrayContent(new byte[] { 1, 2, 3 }) { Headers = { ContentType = new MediaTypeHeaderValue("image/png") } }), HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("image/png", media.GetProperty("detail").GetString());
        await Problem(await h.Client.PostAsync("/api/documents", new StringContent("", Encoding.UTF8, "text/plain")), HttpStatusCode.BadRequest);
        var binary = await Problem(await h.Client.PostAsync("/api/documents", new ByteArrayContent(new byte[] { 0x41, 0x00, 0x42, 0x43 }) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } }), HttpStatusCode.BadRequest);
        Assert.Contains("NUL", binary.GetProperty("detail").GetString());
        await Problem(await h.Client.PostAsync("/api/documents", new StringContent("x", Encoding.UTF8, "text/plain") { Headers = { ContentType = MediaTypeHeaderValue.Parse("text/plain; charset=x-no-such") } }), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Html_and_feeds_go_through_the_same_readers_as_the_cli()
    {
        await using var h = await ServerHost.StartAsync(seed: false);
        const string html = "<!doctype html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>افتتاح معرض الكتاب</title>" +
            "<script>var tracking = 'مراقبة';</script></head><body><nav>الرئيسية | رياضة</nav><article><h1>افتتاح معرض الكتاب</h1>" +
            "<p>افتتح وزير الثقافة صباح اليوم الدورة الجديدة لمعرض الكتاب بمشاركة مئات الناشرين من البلدان العربية.</p>" +
            "<p>ويستمر المعرض عشرة أيام وتقام على هامشه ندوات فكرية وأمسيات شعرية.</p></article></body></html>";
        var r = await h.Client.PostAsync("/api/documents", new StringContent(html, Encoding.UTF8, "text/html"));
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var j = await Json(r);
        Assert.Equal("html", j.GetProperty("documents")[0].GetProperty("format").GetString());
        Assert.Equal(1, (await Json(await h.Client.GetAsync("/api/search?kind=item&q=" + Uri.EscapeDataString("الناشرين")))).GetProperty("total").GetInt32());
        // Script content is not article text.
        Assert.Equal(0, (await Json(await h.Client.GetAsync("/api/search?kind=item&q=" + Uri.EscapeDataString("مراقبة")))).GetProperty("total").GetInt32());

        const string rss = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>إذاعة المدينة</title><link>https://radio.example/</link>" +
            "<item><title>انطلاق موسم جني الزيتون</title><link>https://radio.example/1</link><pubDate>Mon, 20 Nov 2023 09:00:00 GMT</pubDate>" +
            "<description>انطلق موسم جني الزيتون في ولايات الوسط وسط توقعات بصابة قياسية.</description></item>" +
            "<item><title>تساقط الأمطار</title><link>https://radio.example/2</link><pubDate>Tue, 21 Nov 2023 09:00:00 GMT</pubDate>" +
            "<description>شهدت عدة مناطق تساقط كميات هامة من الأمطار خلال الليلة الماضية.</description></item></channel></rss>";
        var f = await h.Client.PostAsync("/api/documents", new StringContent(rss, Encoding.UTF8, "application/rss+xml"));
        Assert.Equal(HttpStatusCode.Created, f.StatusCode);
        var fj = await Json(f);
        Assert.Equal(2, fj.GetProperty("stored").GetInt32());
        Assert.Equal(1, (await Json(await h.Client.GetAsync("/api/search?kind=item&q=" + Uri.EscapeDataString("الزيتون")))).GetProperty("total").GetInt32());
        // The feed again: both entries are duplicates.
        var again = await Json(await h.Client.PostAsync("/api/documents", new StringContent(rss, Encoding.UTF8, "application/rss+xml")));
        Assert.Equal(2, again.GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public async Task Windows_1256_without_a_charset_is_detected()
    {
        await using var h = await ServerHost.StartAsync(seed: false);
        var bytes = Encoding.GetEncoding("windows-1256").GetBytes("ارتفعت أسعار الخضر في الأسواق البلدية هذا الأسبوع بشكل ملحوظ.");
        var r = await h.Client.PostAsync("/api/documents", new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        Assert.Equal(1, (await Json(await h.Client.GetAsync("/api/search?kind=item&q=" + Uri.EscapeDataString("الأسواق")))).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_declared_charset_is_honoured()
    {
        await using var h = await ServerHost.StartAsync(seed: false);
        var bytes = Encoding.GetEncoding("windows-1256").GetBytes("انعقد مؤتمر الطاقة في تونس.");
        var r = await h.Client.PostAsync("/api/documents", new ByteArrayContent(bytes) { Headers = { ContentType = MediaTypeHeaderValue.Parse("text/plain; charset=windows-1256") } });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var s = await Json(await h.Client.GetAsync("/api/search?kind=item&q=" + Uri.EscapeDataString("مؤتمر")));
        Assert.Equal(1, s.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        await using var h = await ServerHost.StartAsync();
        foreach (var path in new[] { "/", "/app.js", "/api/stories", "/api/events/nope" })
        {
            var r = await h.Client.GetAsync(path);
            var csp = string.Join(" ", r.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("default-src 'self'", csp);
            Assert.Contains("script-src 'self'", csp);
            Assert.Contains("object-src 'none'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Equal("nosniff", r.Headers.GetValues("X-Content-Type-Options").Single());
        }
        var page = await h.Client.GetStringAsync("/");
        Assert.Contains("dir=\"rtl\"", page);
        Assert.Contains("lang=\"ar\"", page);
        var js = await h.Client.GetStringAsync("/app.js");
        Assert.DoesNotContain(".innerHTML", js);
        Assert.DoesNotContain("insertAdjacentHTML", js);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_endpoints()
    {
        await using var h = await ServerHost.StartAsync();
        var doc = await Json(await h.Client.GetAsync("/openapi/v1.json"));
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var p in new[] { "/api/documents", "/api/stories", "/api/stories/{id}", "/api/events/{id}", "/api/entities/{id}", "/api/search", "/api/export" })
            Assert.Contains(p, paths);
    }

    [Fact]
    public async Task Export_writes_json_jsonl_and_csv()
    {
        await using var h = await ServerHost.StartAsync();
        var json = await Json(await h.Client.GetAsync("/api/export?format=json"));
        Assert.Equal("rasd.report/1", json.GetProperty("schema").GetString());
        Assert.Equal(4, json.GetProperty("events").GetArrayLength());
        var lines = (await h.Client.GetStringAsync("/api/export?format=jsonl")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var kinds = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("kind").GetString()).ToList();
        Assert.Equal(3, kinds.Count(k => k == "document"));
        Assert.Equal(4, kinds.Count(k => k == "event"));
        var csv = await h.Client.GetStringAsync("/api/export?format=csv");
        var rows = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id,story_id,date", rows[0]);
        Assert.Equal(5, rows.Length);
        Assert.Contains(rows, r => r.StartsWith(Fixture.MeetingEvent + ",") && r.Contains("the meeting is announced without a date"));
    }

    [Fact]
    public async Task Writes_need_the_token_when_one_is_set()
    {
        await using var h = await ServerHost.StartAsync(seed: false, token: "s3cret");
        var none = await h.Client.PostAsync("/api/documents", new StringContent("نص", Encoding.UTF8, "text/plain"));
        await Problem(none, HttpStatusCode.Unauthorized);
        var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new StringContent("نص", Encoding.UTF8, "text/plain") };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "guess");
        await Problem(await h.Client.SendAsync(wrong), HttpStatusCode.Unauthorized);
        var right = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = new StringContent("نص عربي قصير", Encoding.UTF8, "text/plain") };
        right.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret");
        Assert.Equal(HttpStatusCode.Created, (await h.Client.SendAsync(right)).StatusCode);
        // Reads stay open.
        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/api/stories")).StatusCode);
    }

    [Fact]
    public void A_non_loopback_address_without_a_token_is_refused()
    {
        var ex = Assert.Throws<ServerConfigException>(() => RasdServer.Create(new ServerOptions
        {
            Store = new MemoryStore(), Search = Rasd.Search.LuceneSearchIndex.InMemory(), Urls = new[] { "http://0.0.0.0:5080" },
        }));
        Assert.Contains("token", ex.Message);
        Assert.True(RasdServer.IsLoopback("http://127.0.0.1:5080"));
        Assert.True(RasdServer.IsLoopback("http://localhost:5080"));
        Assert.True(RasdServer.IsLoopback("http://[::1]:5080"));
        Assert.False(RasdServer.IsLoopback("http://0.0.0.0:5080"));
        Assert.False(RasdServer.IsLoopback("http://*:5080"));
        Assert.False(RasdServer.IsLoopback("http://+:5080"));
        Assert.False(RasdServer.IsLoopback("http://192.168.1.4:5080"));
    }

    [Fact]
    public async Task Hostile_text_is_returned_as_data_not_markup()
    {
        await using var h = await ServerHost.StartAsync();
        var r = await h.Client.GetAsync("/api/events/" + Fixture.HostileEvent);
        Assert.Equal("application/json", r.Content.Headers.ContentType?.MediaType);
        var e = await Json(r);
        Assert.Contains("onerror", e.GetProperty("mentions")[0].GetProperty("paragraph").GetProperty("text").GetString());
    }
}

public class ServerSniffingTests
{
    [Fact]
    public async Task A_body_without_content_type_is_accepted_and_sniffed()
    {
        await using var h = await ServerHost.StartAsync(seed: false);
        var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("بيان صحفي حول نتائج الانتخابات البلدية."));
        content.Headers.ContentType = null;
        var r = await h.Client.PostAsync("/api/documents", content);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
    }
}
