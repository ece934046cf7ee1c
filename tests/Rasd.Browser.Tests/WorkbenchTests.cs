using System.Net;
using System.Text;
using Microsoft.Playwright;
using Rasd.Tests.Server;

namespace Rasd.Browser.Tests;

/// <summary>An analyst's path through the UI: stories → timeline → event → search, with screenshots.</summary>
public class WorkbenchTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private static async Task Ready(IPage page, string hash)
    {
        // app.js marks the body once the page for this hash is rendered.
        await page.WaitForFunctionAsync("h => document.body.getAttribute('data-ready') === h", hash);
        // Nothing missing is printed as "null" or "undefined".
        var text = await page.Locator("main").InnerTextAsync();
        Assert.DoesNotMatch(@"\b(null|undefined|NaN)\b", text);
    }

    [Fact]
    public async Task Analyst_walks_from_the_story_list_to_an_event_and_searches()
    {
        // Articles ingested through the API, as a user would add them.
        foreach (var (text, outlet) in new[]
        {
            ("أعلنت هيئة الانتخابات أن العقوبات على المخالفين ستطبق فورا.", "إذاعة تونس"),
            ("قالت الهيئة إن نسبة المشاركة في الانتخابات بلغت أربعين في المئة.", "جريدة الصباح"),
        })
        {
            var r = await fx.Server.Client.PostAsync("/api/documents?outlet=" + Uri.EscapeDataString(outlet), new StringContent(text, Encoding.UTF8, "text/plain"));
            Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        }

        var shots = BrowserFixture.ScreenshotDir();
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/");
        await Ready(page, "/");
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
        Assert.Equal("ar", await page.GetAttributeAsync("html", "lang"));
        var story = page.Locator($"[data-story='{Fixture.StoryId}']");
        await Assertions.Expect(story).ToContainTextAsync("عقوبات الاتحاد الأوروبي على شركات الشحن");
        await Assertions.Expect(story).ToContainTextAsync("منافذ: 2");
        await Assertions.Expect(story).ToContainTextAsync("2024-02-12");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "fixture-1-stories.png"), FullPage = true });

        await story.Locator("a").First.ClickAsync();
        await Ready(page, "/story/" + Fixture.StoryId);
        var dated = page.Locator(".timeline [data-event]");
        await Assertions.Expect(dated).ToHaveCountAsync(2);
        Assert.Equal(Fixture.SanctionEvent, await dated.Nth(0).GetAttributeAsync("data-event"));
        Assert.Equal(Fixture.StatementEvent, await dated.Nth(1).GetAttributeAsync("data-event"));
        await Assertions.Expect(page.Locator(".reason")).ToContainTextAsync("the meeting is announced without a date");
        await Assertions.Expect(page.Locator($".timeline [data-event='{Fixture.StatementEvent}'] .badge.single")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "fixture-2-timeline.png"), FullPage = true });

        await dated.Nth(0).Locator("a").First.ClickAsync();
        await Ready(page, "/event/" + Fixture.SanctionEvent);
        var mentions = page.Locator(".mention");
        await Assertions.Expect(mentions).ToHaveCountAsync(2);
        await Assertions.Expect(mentions.Nth(0).Locator(".outlet")).ToContainTextAsync(Fixture.OutletA);
        await Assertions.Expect(mentions.Nth(1).Locator(".outlet")).ToContainTextAsync(Fixture.OutletB);
        // The mark holds exactly the mention's words inside the whole original paragraph.
        Assert.Equal("الاتحاد الأوروبي فرض العقوبات على الشركات في 12 فبراير", await mentions.Nth(1).Locator("mark").TextContentAsync());
        Assert.Equal("وذكرت الصحيفة أن الاتحاد الأوروبي فرض العقوبات على الشركات في 12 فبراير.", await mentions.Nth(1).Locator(".paragraph").TextContentAsync());
        await Assertions.Expect(page.Locator("h2 .badge.single")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "fixture-3-event.png"), FullPage = true });

        await page.FillAsync("#search-input", "العقوبات");
        await page.PressAsync("#search-input", "Enter");
        await Ready(page, "/search?q=" + Uri.EscapeDataString("العقوبات"));
        var marks = await page.Locator(".hit .snippet mark").AllTextContentsAsync();
        Assert.Contains("عقوبات", marks);
        Assert.Contains("والعقوبات", marks);
        Assert.Contains("العقوبات", marks);
        // The article ingested through the API is found too.
        await Assertions.Expect(page.Locator(".hit[data-kind='item']").Filter(new() { HasText = "إذاعة تونس" })).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "fixture-4-search.png"), FullPage = true });
        await page.Locator(".filters a").Filter(new() { HasText = "الأحداث" }).ClickAsync();
        await Ready(page, "/search?q=" + Uri.EscapeDataString("العقوبات") + "&kind=event");
        // The fixture's two events, and the statement of the one-sentence article ingested through the API (its only
        // sentence is its lead, not a headline over it).
        Assert.Equal(new[] { "event", "event", "event" }, await page.EvaluateAsync<string[]>("[...document.querySelectorAll('.hit')].map(h => h.dataset.kind)"));

        // The single-source statement shows its badge on its own page, and the entity page lists it.
        await page.GotoAsync("/#/event/" + Fixture.StatementEvent);
        await Ready(page, "/event/" + Fixture.StatementEvent);
        await Assertions.Expect(page.Locator("h2 .badge.single")).ToHaveCountAsync(1);
        await page.Locator(".attribution a").ClickAsync();
        await Ready(page, "/entity/" + Fixture.Commission);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("المفوضية الأوروبية");
        await Assertions.Expect(page.Locator($"[data-event='{Fixture.StatementEvent}']")).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "fixture-5-entity.png"), FullPage = true });
    }

    [Fact]
    public async Task Hostile_article_text_never_runs_and_shows_as_text()
    {
        // Enough Arabic around the markup for the readers to take it as an Arabic article.
        const string hostile = "أفادت مصادر مطلعة بأن جولة جديدة من المحادثات بين الأطراف المعنية ستنطلق الأسبوع المقبل في العاصمة، " +
            "وسط توقعات بأن تتناول الملفات الاقتصادية والأمنية العالقة منذ أشهر طويلة دون حلول واضحة. " +
            "تقرير مريب <script>window.__pwned='api-script'</script> " +
            "<img src=x onerror=\"window.__pwned='api-img'\"> <a href=\"javascript:window.__pwned='api-link'\">رابط خبيث</a> عن المفاوضات.";
        var r = await fx.Server.Client.PostAsync("/api/documents?title=" + Uri.EscapeDataString("<img src=x onerror=alert(1)>عنوان"),
            new StringContent(hostile, Encoding.UTF8, "text/plain"));
        Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await r.Content.ReadAsStringAsync());

        var page = await fx.NewPageAsync();
        var dialogs = 0;
        page.Dialog += async (_, d) => { dialogs++; await d.DismissAsync(); };
        var shots = BrowserFixture.ScreenshotDir();

        async Task AssertInert(string what)
        {
            Assert.Null(await page.EvaluateAsync<string?>("window.__pwned === undefined ? null : String(window.__pwned)"));
            Assert.Equal(0, dialogs);
            // Only the app's own script; no element from the data.
            Assert.Equal(new[] { "/app.js" }, await page.EvaluateAsync<string[]>("[...document.scripts].map(s => new URL(s.src).pathname)"));
            Assert.Equal(0, await page.Locator("main img").CountAsync());
            Assert.Equal(0, await page.Locator("a[href^='javascript' i]").CountAsync());
            Assert.Equal(0, await page.Locator("main b").CountAsync());
            Assert.True(await page.Locator("main").CountAsync() == 1, what);
        }

        await page.GotoAsync("/");
        await Ready(page, "/");
        await Assertions.Expect(page.Locator($"[data-story='{Fixture.HostileStoryId}']")).ToContainTextAsync("<script>window.__pwned='story'</script>قصة عدائية");
        await AssertInert("story list");

        await page.GotoAsync("/#/story/" + Fixture.HostileStoryId);
        await Ready(page, "/story/" + Fixture.HostileStoryId);
        await AssertInert("story");

        await page.GotoAsync("/#/event/" + Fixture.HostileEvent);
        await Ready(page, "/event/" + Fixture.HostileEvent);
        await AssertInert("event");
        // The javascript: URL of the document is shown as text, not as a link.
        await Assertions.Expect(page.Locator(".mention")).ToContainTextAsync("javascript:window.__pwned='url'");
        Assert.Equal("<img src=x onerror=\"window.__pwned = 'img'\">", await page.Locator(".mention mark").TextContentAsync());
        await Assertions.Expect(page.Locator(".mention .paragraph")).ToContainTextAsync("<a href=\"javascript:window.__pwned='link'\">اضغط هنا</a>");

        await page.FillAsync("#search-input", "المفاوضات");
        await page.PressAsync("#search-input", "Enter");
        await Ready(page, "/search?q=" + Uri.EscapeDataString("المفاوضات"));
        await Assertions.Expect(page.Locator(".hit .snippet").First).ToContainTextAsync("<script>window.__pwned='api-script'</script>");
        await AssertInert("search");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "fixture-6-hostile.png"), FullPage = true });
    }
}
