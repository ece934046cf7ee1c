using Rasd.Model;
using Xunit.Abstractions;
using static Rasd.Tests.Clean.CleanTestKit;

namespace Rasd.Tests.Clean;

/// <summary>Documents written for these tests, with furniture the examples do not have.</summary>
public sealed class SyntheticTests(ITestOutputHelper output)
{
    private const string Body1 = "أعلنت وزارة الخارجية في بيان رسمي صدر صباح اليوم أن الوزير سيتوجه إلى العاصمة الأردنية لبحث التطورات الإقليمية مع نظيره.";
    private const string Body2 = "وأوضح البيان أن الزيارة تستمر يومين، وتشمل لقاءات مع عدد من المسؤولين لبحث ملفات التعاون الاقتصادي والأمني بين البلدين.";
    private const string Body3 = "ويأتي ذلك في ظل تصاعد التوتر في المنطقة خلال الأسابيع الماضية، وسط دعوات دولية إلى التهدئة وضبط النفس.";

    private Document RunAndShow(string text)
    {
        var doc = Run(text);
        output.WriteLine(Describe(doc));
        return doc;
    }

    [Fact]
    public void WordPressArticleWithNavigationBylineDateAndCommentForm()
    {
        var text = string.Join("\n",
            "الرئيسيةأخبارسياسة",
            "الرئيسية » أخبار » عربي ودولي",
            "سياسة",
            "وزير الخارجية يزور عمّان لبحث التطورات الإقليمية",
            "كتب: محمد علي",
            "تاريخ النشر: الأربعاء 12 فبراير 2025 - 10:30",
            "![صورة الوزير](https://example.org/wp-content/uploads/2025/02/minister.jpg)",
            "صورة: أرشيفية (رويترز)",
            Body1, Body2, Body3,
            "الوسوم: الخارجية، الأردن، زيارة",
            "شارك",
            "فيسبوك",
            "تويتر",
            "اشترك في النشرة البريدية لتصلك آخر الأخبار",
            "اترك تعليقاً",
            "لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *",
            "التعليق *",
            "الاسم *",
            "البريد الإلكتروني *",
            "احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.",
            "جميع الحقوق محفوظة © 2025");
        var doc = RunAndShow(text);
        var item = Assert.Single(doc.Items);
        Assert.Equal(string.Join("\n", "وزير الخارجية يزور عمّان لبحث التطورات الإقليمية", Body1, Body2, Body3), item.CleanText);
        Assert.Equal("وزير الخارجية يزور عمّان لبحث التطورات الإقليمية", item.Title);
        AssertRemoved(doc, "الرئيسيةأخبارسياسة", RemovedKind.Navigation);
        AssertRemoved(doc, "الرئيسية » أخبار", RemovedKind.Navigation);
        AssertRemoved(doc, "سياسة\n", RemovedKind.Navigation);
        AssertRemoved(doc, "كتب: محمد علي", RemovedKind.Metadata);
        AssertRemoved(doc, "تاريخ النشر", RemovedKind.Metadata);
        AssertRemoved(doc, "![صورة الوزير]", RemovedKind.Media);
        AssertRemoved(doc, "صورة: أرشيفية", RemovedKind.Media);
        AssertRemoved(doc, "الوسوم:", RemovedKind.Tags);
        AssertRemoved(doc, "شارك", RemovedKind.Promo);
        AssertRemoved(doc, "فيسبوك", RemovedKind.Promo);
        AssertRemoved(doc, "اشترك في النشرة", RemovedKind.Promo);
        AssertRemoved(doc, "اترك تعليقاً", RemovedKind.Comments);
        AssertRemoved(doc, "لن يتم نشر عنوان بريدك", RemovedKind.Comments);
        AssertRemoved(doc, "الاسم *", RemovedKind.Comments);
        AssertRemoved(doc, "احفظ اسمي", RemovedKind.Comments);
        AssertRemoved(doc, "جميع الحقوق محفوظة", RemovedKind.Boilerplate);
        Assert.Equal("محمد علي", doc.Meta.Byline);
        Assert.Contains(doc.Meta.DateEvidence, e => e.Basis == "dateline" && doc.Slice(e.Where!.Value).StartsWith("تاريخ النشر", StringComparison.Ordinal));
        Assert.Contains(doc.Meta.DateEvidence, e => e.Basis == "url" && e.Date.Iso == "2025-02");
    }

    [Fact]
    public void SpacedMenuEndingInTheSiteNameAndAnUpdateStampAreNoHeadline()
    {
        // a menu of spaced words with the site's name among them, then a date line with its update stamp
        var text = string.Join("\n",
            "الرئيسية أخبار الوطن عربي ودولي اقتصاد رياضة فيديو نافذة الشرق",
            "الأربعاء 12 شباط/فبراير 2025 | آخر تحديث: 10:30 GMT",
            "وزير الخارجية يزور عمّان لبحث التطورات الإقليمية",
            Body1, Body2, Body3);
        var doc = RunAndShow(text);
        var item = Assert.Single(doc.Items);
        Assert.Equal("وزير الخارجية يزور عمّان لبحث التطورات الإقليمية", item.Title);
        AssertRemoved(doc, "الرئيسية أخبار الوطن", RemovedKind.Navigation);
        AssertRemoved(doc, "آخر تحديث", RemovedKind.Metadata);
        // an English date line with an abbreviated weekday and month
        doc = RunAndShow(string.Join("\n", "Tue 15 Apr 2025 | 18:20 BST", "وزير الخارجية يزور عمّان لبحث التطورات الإقليمية", Body1, Body2, Body3));
        AssertRemoved(doc, "Tue 15 Apr", RemovedKind.Metadata);
        Assert.Equal("وزير الخارجية يزور عمّان لبحث التطورات الإقليمية", Assert.Single(doc.Items).Title);
        // a headline that opens with a menu word stays ("أخبار" and "رياضة" are words of menus too)
        doc = RunAndShow(string.Join("\n", "أخبار سارة لعشاق الرياضة في عمّان وإربد والزرقاء", Body1, Body2, Body3));
        Assert.Equal("أخبار سارة لعشاق الرياضة في عمّان وإربد والزرقاء", Assert.Single(doc.Items).Title);
    }

    [Fact]
    public void EnglishDateLineBylineAndFollowPrompts()
    {
        var text = string.Join("\n",
            "Home | News | Middle East",
            "بوتين يبحث مع الشرع العلاقات الثنائية",
            "Published: 20th, March 2025 GMT",
            "By Sarah Jones",
            Body1, Body2,
            "تابعونا على تلغرام وفيسبوك لمتابعة آخر الأخبار",
            "Follow us on Twitter",
            "#سوريا #روسيا",
            "Your email address will not be published. Required fields are marked *");
        var doc = RunAndShow(text);
        var item = Assert.Single(doc.Items);
        Assert.Equal(string.Join("\n", "بوتين يبحث مع الشرع العلاقات الثنائية", Body1, Body2), item.CleanText);
        AssertRemoved(doc, "Home | News", RemovedKind.Navigation);
        AssertRemoved(doc, "Published:", RemovedKind.Metadata);
        AssertRemoved(doc, "By Sarah", RemovedKind.Metadata);
        AssertRemoved(doc, "تابعونا", RemovedKind.Promo);
        AssertRemoved(doc, "Follow us", RemovedKind.Promo);
        AssertRemoved(doc, "#سوريا", RemovedKind.Tags);
        AssertRemoved(doc, "Your email", RemovedKind.Comments);
        Assert.Equal("Sarah Jones", doc.Meta.Byline);
        var dl = Assert.Single(doc.Meta.DateEvidence, e => e.Basis == "dateline");
        Assert.Equal("Published: 20th, March 2025 GMT", dl.Text);
        Assert.False(dl.Date.Resolved); // the time stage parses date lines
    }

    [Fact]
    public void RelatedListAfterBodyIsRemovedAsRelated()
    {
        var text = string.Join("\n",
            "انطلاق محادثات السلام في جنيف",
            Body1, Body2, Body3,
            "أخبار ذات صلة",
            "الأمم المتحدة ترحب بانطلاق المحادثات",
            "وفد المعارضة يصل إلى جنيف",
            "واشنطن تدعو إلى وقف إطلاق النار",
            "قد يعجبك أيضاً",
            "أسعار الذهب اليوم في الأسواق المحلية",
            "متابعة/ قسم الأخبار الدولية");
        var doc = RunAndShow(text);
        var item = Assert.Single(doc.Items);
        Assert.Equal(string.Join("\n", "انطلاق محادثات السلام في جنيف", Body1, Body2, Body3), item.CleanText);
        AssertRemoved(doc, "أخبار ذات صلة", RemovedKind.Related);
        AssertRemoved(doc, "الأمم المتحدة ترحب", RemovedKind.Related);
        AssertRemoved(doc, "واشنطن تدعو", RemovedKind.Related);
        AssertRemoved(doc, "قد يعجبك", RemovedKind.Related);
        AssertRemoved(doc, "أسعار الذهب", RemovedKind.Related);
        AssertRemoved(doc, "متابعة/", RemovedKind.Metadata);
        Assert.Equal("قسم الأخبار الدولية", doc.Meta.Byline);
    }

    [Fact]
    public void A_wire_brief_of_one_sentence_after_read_also_is_its_own_item()
    {
        var text = string.Join("\n",
            "12 فبراير شباط 2025 2:16 ص بتوقيت جرينتش",
            "وزير الخارجية يزور عمّان",
            Body1, Body2, Body3,
            "اقرأ أيضاً",
            "الحكومة تؤجل موعد الانتخابات البلدية",
            "أعلنت الحكومة يوم الإثنين أنها ستؤجل الانتخابات البلدية التي كانت مقررة في الربيع إلى موعد لاحق بسبب الأوضاع الأمنية في عدة محافظات.");
        var doc = RunAndShow(text);
        Assert.Equal(2, doc.Items.Count);
        Assert.Equal("الحكومة تؤجل موعد الانتخابات البلدية", doc.Items[1].Title);
        // A date line with its time in GMT ("بتوقيت جرينتش") is metadata, not the headline.
        Assert.Equal("وزير الخارجية يزور عمّان", doc.Items[0].Title);
        AssertRemoved(doc, "12 فبراير", RemovedKind.Metadata);
    }

    [Theory]
    [InlineData("اقرأ أيضاً")]
    [InlineData("إقرأ أيضاً:")]
    [InlineData("اقرأ المزيد")]
    [InlineData("اقرا ايضا")]
    public void StoryAppendedAfterReadAlsoIsItsOwnItem(string marker)
    {
        const string other1 = "وقع الرئيس الأمريكي أمراً تنفيذياً جديداً يفرض رسوماً جمركية على واردات الصلب والألمنيوم من عدة دول، في خطوة أثارت انتقادات الشركاء التجاريين.";
        const string other2 = "ويتوقع اقتصاديون أن ترتفع أسعار السلع المصنعة في الأسواق الأمريكية خلال الأشهر المقبلة نتيجة هذه الرسوم الجديدة.";
        var text = string.Join("\n",
            "وزير الخارجية يزور عمّان",
            Body1, Body2, Body3,
            marker,
            "واشنطن تفرض رسوماً جديدة على الصلب",
            other1, other2,
            "المصدر: وكالات");
        var doc = RunAndShow(text);
        Assert.Equal(2, doc.Items.Count);
        Assert.Equal(string.Join("\n", "وزير الخارجية يزور عمّان", Body1, Body2, Body3), doc.Items[0].CleanText);
        Assert.Equal(string.Join("\n", "واشنطن تفرض رسوماً جديدة على الصلب", other1, other2), doc.Items[1].CleanText);
        Assert.Equal("واشنطن تفرض رسوماً جديدة على الصلب", doc.Items[1].Title);
        AssertRemoved(doc, marker, RemovedKind.Related);
        Assert.True(doc.Items[0].Span.Covers(doc.Removed.First(r => r.Kind == RemovedKind.Related).Span));
        Assert.True(doc.Items[1].Span.Start > doc.Items[0].Span.End);
    }

    [Fact]
    public void ReadAlsoLinkInsideAnArticleDoesNotSplitIt()
    {
        var text = string.Join("\n",
            "وزير الخارجية يزور عمّان لبحث التطورات الإقليمية",
            Body1, Body2,
            "اقرأ أيضا: الخارجية تعلن تفاصيل زيارة الوزير إلى عمّان",
            "وأضاف البيان أن الوزير سيبحث مع نظيره الأردني في العاصمة الأردنية ملفات التعاون الاقتصادي والأمني والتطورات الإقليمية بين البلدين خلال الزيارة الرسمية.");
        var doc = RunAndShow(text);
        var item = Assert.Single(doc.Items);
        AssertRemoved(doc, "اقرأ أيضا:", RemovedKind.Related);
        Assert.Contains("وأضاف البيان", item.CleanText);
    }

    [Fact]
    public void ChannelPostsSeparatedByDateLinesAndSignOffs()
    {
        var text = string.Join("\n",
            "12.02.2025 14:30",
            "⚡️ " + Body1,
            Body2,
            "@MFA_Channel",
            "13.02.2025 09:10",
            "📌 " + Body3,
            "وأكد المتحدث أن الاتصالات مستمرة مع جميع الأطراف المعنية من أجل التوصل إلى حل سياسي شامل للأزمة.",
            "@MFA_Channel");
        var doc = RunAndShow(text);
        Assert.Equal(2, doc.Items.Count);
        Assert.Equal("⚡️ " + Body1 + "\n" + Body2, doc.Items[0].CleanText);
        Assert.StartsWith("📌 ", doc.Items[1].CleanText);
        AssertRemoved(doc, "12.02.2025", RemovedKind.Metadata);
        AssertRemoved(doc, "13.02.2025", RemovedKind.Metadata);
        AssertRemoved(doc, "@MFA_Channel", RemovedKind.Promo);
        Assert.Equal(2, doc.Meta.DateEvidence.Count(e => e.Basis == "dateline"));
        Assert.Contains(doc.Meta.DateEvidence, e => e.Basis == "dateline" && e.Date.Iso == "2025-02-12" || e.Basis == "dateline" && !e.Date.Resolved);
    }

    [Fact]
    public void PostsStartingWithEmojiAndDateSplitWithoutSeparators()
    {
        var text = string.Join("\n",
            "🗓 في 3 مارس، " + Body1,
            Body2,
            "🔴 في 5 مارس، " + Body3,
            "وأكد المتحدث أن الاتصالات مستمرة مع جميع الأطراف المعنية من أجل التوصل إلى حل سياسي شامل للأزمة.");
        var doc = RunAndShow(text);
        Assert.Equal(2, doc.Items.Count);
        Assert.StartsWith("🔴 في 5 مارس", doc.Items[1].CleanText);
    }

    [Fact]
    public void ParagraphStartingWithADateInsideAnArticleDoesNotSplitIt()
    {
        var text = string.Join("\n",
            "وزير الخارجية يزور عمّان",
            Body1,
            "في 3 فبراير الماضي، " + Body2,
            Body3);
        var doc = RunAndShow(text);
        Assert.Single(doc.Items);
    }

    [Fact]
    public void NearDuplicateParagraphIsRemovedKeepingTheFirst()
    {
        var changed = Body2.Replace("وأوضح", "وأكد").Replace("،", "");
        var text = string.Join("\n", "عنوان الخبر هنا للاختبار", Body1, Body2, Body3, changed);
        var doc = RunAndShow(text);
        AssertRemoved(doc, changed, RemovedKind.Duplicate);
        Assert.Contains(Body2, doc.Items[0].CleanText);
    }

    [Fact]
    public void HeadlineRepeatedAsFirstLineIsDuplicate()
    {
        var text = string.Join("\n", "وزير الخارجية يزور عمّان", "وزير الخارجية يزور عمّان", Body1, Body2);
        var doc = RunAndShow(text);
        Assert.Equal(BlockKind.Headline, doc.Blocks[0].Kind);
        Assert.Equal(RemovedKind.Duplicate, doc.Blocks[1].Removed);
    }

    [Fact]
    public void CookieAndAppPromptsAreRemoved()
    {
        var text = string.Join("\n",
            "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا",
            "موافق",
            "عنوان الخبر الرئيسي اليوم",
            Body1, Body2,
            "حمّل تطبيق الموقع على هاتفك",
            "انضم إلى قناتنا على تيليجرام");
        var doc = RunAndShow(text);
        AssertRemoved(doc, "نستخدم ملفات", RemovedKind.Promo);
        AssertRemoved(doc, "موافق", RemovedKind.Promo);
        AssertRemoved(doc, "حمّل تطبيق", RemovedKind.Promo);
        AssertRemoved(doc, "انضم إلى قناتنا", RemovedKind.Promo);
        Assert.Equal("عنوان الخبر الرئيسي اليوم", doc.Items.Single().Title);
    }

    [Fact]
    public void AllFurnitureDocumentGivesNoItemAndAWarning()
    {
        var text = string.Join("\n", "الرئيسية | أخبار | رياضة", "شارك", "فيسبوك", "تويتر", "جميع الحقوق محفوظة © 2025", "اتصل بنا");
        var doc = RunAndShow(text);
        Assert.Empty(doc.Items);
        Assert.Empty(doc.Sentences);
        var w = Assert.Single(doc.Warnings);
        Assert.Contains("furniture", w);
        Assert.All(doc.Blocks, b => Assert.Equal(BlockKind.Removed, b.Kind));
    }

    [Fact]
    public void EmptyDocumentGivesAWarning()
    {
        var doc = Run("  \n\n ");
        Assert.Empty(doc.Items);
        Assert.Single(doc.Warnings);
    }

    [Fact]
    public void EachTimeStampedMessageOfAChatExportIsAnItem()
    {
        var doc = RunAndShow(string.Join("\n",
            "12/02/2025, 19:31 - مراسل دمشق: عاجل | الكرملين: الرئيس أجرى اتصالا هاتفيا اليوم",
            "12/02/2025, 19:45 - مراسل دمشق: الاتصال تناول الوضع والتعاون الثنائي",
            "[13/02/2025, 09:10:05] مراسل دمشق: الرئاسة تنشر بيانا حول الاتصال"));
        Assert.Equal(3, doc.Items.Count);
        // a match schedule of an article (date and time inside the line) stays one item
        var schedule = RunAndShow(string.Join("\n", Body1, "الاحد 7 ماي 2017 الساعة 16:00 الترجي الرياضي - النادي الصفاقسي", "الاحد 7 ماي 2017 الساعة 18:00 النجم الساحلي - نجم المتلوي"));
        Assert.Single(schedule.Items);
    }
}

public sealed class SyntheticLayoutTests(ITestOutputHelper output)
{
    private const string Body1 = "قالت الشرطة إن حادث سير وقع صباح اليوم على الطريق السريع أسفر عن إصابة خمسة أشخاص بجروح متفاوتة.";
    private const string Body2 = "وأضافت أن فرق الإسعاف نقلت المصابين إلى المستشفى القريب، فيما فتحت السلطات تحقيقاً لمعرفة أسباب الحادث.";

    [Fact]
    public void MarkdownScrapeWithMenuLinksRelatedLinksAndRelativeDate()
    {
        var text = string.Join("\n",
            "* [الرئيسية](https://news.example/)",
            "* [سياسة](https://news.example/politics)",
            "# إصابة خمسة أشخاص في حادث سير على الطريق السريع",
            "منذ 3 ساعات",
            "بواسطة: سارة أحمد",
            "![](https://news.example/img/2024/11/05/crash.jpg)",
            "صورة من موقع الحادث (رويترز)",
            Body1, Body2,
            "التعليقات (0)",
            "- [انقلاب شاحنة على الطريق الساحلي](https://news.example/2024/11/04/truck)",
            "- [الحكومة تعلن خطة لتحسين السلامة المرورية](https://news.example/2024/11/03/plan)",
            "https://news.example/2024/11/05/crash",
            "المصدر: وكالات");
        var doc = CleanTestKit.Run(text);
        output.WriteLine(CleanTestKit.Describe(doc));
        var item = Assert.Single(doc.Items);
        Assert.Equal(string.Join("\n", "# إصابة خمسة أشخاص في حادث سير على الطريق السريع", Body1, Body2), item.CleanText);
        CleanTestKit.AssertRemoved(doc, "* [الرئيسية]", RemovedKind.Navigation);
        CleanTestKit.AssertRemoved(doc, "* [سياسة]", RemovedKind.Navigation);
        CleanTestKit.AssertRemoved(doc, "منذ 3 ساعات", RemovedKind.Metadata);
        CleanTestKit.AssertRemoved(doc, "بواسطة", RemovedKind.Metadata);
        CleanTestKit.AssertRemoved(doc, "صورة من موقع", RemovedKind.Media);
        CleanTestKit.AssertRemoved(doc, "التعليقات (0)", RemovedKind.Comments);
        CleanTestKit.AssertRemoved(doc, "- [انقلاب", RemovedKind.Related);
        CleanTestKit.AssertRemoved(doc, "https://news.example/2024/11/05/crash\n", RemovedKind.Media);
        CleanTestKit.AssertRemoved(doc, "المصدر: وكالات", RemovedKind.Metadata);
        Assert.Null(doc.Meta.Outlet); // "agencies" names no outlet
        Assert.Equal("سارة أحمد", doc.Meta.Byline);
        Assert.Contains(doc.Meta.DateEvidence, e => e.Basis == "url" && e.Date.Iso == "2024-11-05");
        Assert.Contains(doc.Meta.DateEvidence, e => e.Basis == "dateline" && e.Text == "منذ 3 ساعات");
    }

    [Fact]
    public void FooterMenuAndCopyrightAfterTheBody()
    {
        var text = string.Join("\n",
            "حادث سير على الطريق السريع",
            Body1, Body2,
            "من نحن | اتصل بنا | سياسة الخصوصية | أعلن معنا",
            "© 2024 جميع الحقوق محفوظة لموقع الأخبار");
        var doc = CleanTestKit.Run(text);
        output.WriteLine(CleanTestKit.Describe(doc));
        CleanTestKit.AssertRemoved(doc, "من نحن |", RemovedKind.Boilerplate);
        CleanTestKit.AssertRemoved(doc, "© 2024", RemovedKind.Boilerplate);
        Assert.Equal(string.Join("\n", "حادث سير على الطريق السريع", Body1, Body2), doc.Items.Single().CleanText);
    }
}

public sealed class CleanStageContractTests
{
    private const string A = "أعلنت وزارة الخارجية في بيان رسمي صدر صباح اليوم أن الوزير سيتوجه إلى العاصمة الأردنية لبحث التطورات الإقليمية مع نظيره.";
    private const string B = "وأوضح البيان أن الزيارة تستمر يومين، وتشمل لقاءات مع عدد من المسؤولين لبحث ملفات التعاون الاقتصادي والأمني بين البلدين.";
    private const string C = "ويأتي ذلك في ظل تصاعد التوتر في المنطقة خلال الأسابيع الماضية، وسط دعوات دولية إلى التهدئة وضبط النفس.";

    [Fact]
    public void RunOfParagraphsRepeatedAsOneParagraphIsDuplicate()
    {
        var doc = CleanTestKit.Run(string.Join("\n", "عنوان الخبر للاختبار", A, B, C, A + " " + B));
        CleanTestKit.AssertRemoved(doc, A + " " + B, RemovedKind.Duplicate);
        Assert.Equal(string.Join("\n", "عنوان الخبر للاختبار", A, B, C), doc.Items.Single().CleanText);
    }

    [Fact]
    public void ParallelRunsGiveTheSameResultAsSequentialOnes()
    {
        var texts = new[] { CleanTestKit.Example("002"), CleanTestKit.Example("003"), string.Join("\n", "عنوان", A, "شارك", B, "#وسم", "🗓 في 3 مارس، " + C, B) };
        var expected = texts.Select(t => CleanTestKit.Describe(CleanTestKit.Run(t))).ToArray();
        var got = new string[300];
        Parallel.For(0, got.Length, i => got[i] = CleanTestKit.Describe(CleanTestKit.Run(texts[i % texts.Length])));
        for (var i = 0; i < got.Length; i++) Assert.Equal(expected[i % texts.Length], got[i]);
    }

    [Fact]
    public void CleaningTwiceChangesNothing()
    {
        var doc = CleanTestKit.Run(CleanTestKit.Example("002"));
        var before = (CleanTestKit.Describe(doc), doc.Meta.DateEvidence.Count, doc.Removed.Count);
        new Rasd.Clean.CleanStage().Process(doc);
        new Rasd.Items.ItemsStage().Process(doc);
        Assert.Equal(before, (CleanTestKit.Describe(doc), doc.Meta.DateEvidence.Count, doc.Removed.Count));
        Assert.Single(doc.Items);
    }

    [Fact]
    public void OriginalTextIsNeverChangedAndSpansSliceIt()
    {
        var text = CleanTestKit.Example("003");
        var doc = CleanTestKit.Run(text);
        Assert.Same(text, doc.Text);
        foreach (var r in doc.Removed) Assert.Equal(r.Span.Length, doc.Slice(r.Span).Length);
        // Every line is exactly one block: kept or removed, nothing lost, nothing counted twice.
        var lines = text.Split('\n').Count(l => l.Trim().Length > 0);
        Assert.Equal(lines, doc.Blocks.Count);
    }
}

public sealed class HeadlineTests
{
    private const string Body = "وقال مصدر دبلوماسي إن الزيارة تأتي في إطار تعزيز العلاقات الثنائية بين البلدين، وبحث عدد من الملفات الإقليمية.";

    [Fact]
    public void HeadlineThenSubtitleThenByline()
    {
        var doc = CleanTestKit.Run(string.Join("\n",
            "الرئيس يصل إلى موسكو في زيارة رسمية",
            "ويبحث خلال الزيارة التي تستمر يومين ملفات التعاون الاقتصادي والعسكري بين البلدين",
            "أحمد خالد",
            Body));
        var item = doc.Items.Single();
        Assert.Equal("الرئيس يصل إلى موسكو في زيارة رسمية", item.Title);
        Assert.Contains("ويبحث خلال الزيارة", item.CleanText);
        Assert.Equal(RemovedKind.Metadata, CleanTestKit.KindOf(doc, "أحمد خالد"));
        Assert.Equal("أحمد خالد", doc.Meta.Byline);
    }

    [Fact]
    public void KickerAboveTheHeadline()
    {
        var doc = CleanTestKit.Run(string.Join("\n", "عاجل", "تقرير خاص", "الرئيس يصل إلى موسكو في زيارة رسمية تستمر يومين", Body));
        Assert.Equal("الرئيس يصل إلى موسكو في زيارة رسمية تستمر يومين", doc.Items.Single().Title);
        Assert.Equal(RemovedKind.Boilerplate, CleanTestKit.KindOf(doc, "عاجل"));
        Assert.Equal(RemovedKind.Navigation, CleanTestKit.KindOf(doc, "تقرير خاص"));
    }
}

public sealed class ReadAlsoTests
{
    private const string Syria1 = "أجرى الرئيس الروسي اتصالاً هاتفياً مع رئيس المرحلة الانتقالية في سوريا، بحثا خلاله العلاقات الثنائية وسبل تطويرها.";
    private const string Syria2 = "وأكد الكرملين أن الطرفين اتفقا على مواصلة الاتصالات، وأن موسكو مستعدة لتقديم المساعدات الإنسانية لسوريا.";
    private const string Syria3 = "وكانت روسيا قد أرسلت وفداً رسمياً إلى دمشق الشهر الماضي للمرة الأولى منذ تغيير السلطة في البلاد.";
    private const string Us1 = "قال البيت الأبيض إن الرئيس الأمريكي سيلتقي نظيره الروسي في قمة تعقد الشهر المقبل لبحث الحرب في أوكرانيا والحد من التسلح.";
    private const string Us2 = "وأوضح المتحدث باسم الخارجية الأمريكية أن التحضيرات للقمة جارية، وأن واشنطن تنتظر ردود موسكو على مقترحاتها الأخيرة بشأن وقف إطلاق النار.";

    [Fact]
    public void InlineReadAlsoLinkFollowedByAnotherStoryStartsAnItem()
    {
        var doc = CleanTestKit.Run(string.Join("\n", "اتصال بين بوتين والشرع", Syria1, Syria2, Syria3, "اقرأ أيضاً: قمة روسية أمريكية الشهر المقبل", Us1, Us2));
        Assert.Equal(2, doc.Items.Count);
        Assert.Equal(Us1 + "\n" + Us2, doc.Items[1].CleanText);
        CleanTestKit.AssertRemoved(doc, "اقرأ أيضاً:", RemovedKind.Related);
    }

    [Fact]
    public void ReadAlsoListOfLinksAtTheEndIsRelated()
    {
        var doc = CleanTestKit.Run(string.Join("\n", "اتصال بين بوتين والشرع", Syria1, Syria2, Syria3, "اقرأ أيضاً", "قمة روسية أمريكية الشهر المقبل", "موسكو ترحب بقرار رفع العقوبات", "وفد روسي في دمشق"));
        Assert.Single(doc.Items);
        CleanTestKit.AssertRemoved(doc, "موسكو ترحب", RemovedKind.Related);
        CleanTestKit.AssertRemoved(doc, "وفد روسي في دمشق", RemovedKind.Related);
    }

    [Fact]
    public void EmbeddedLinkListAfterReadAlsoKeepsTheArticleWhole()
    {
        // A list of headlines between "read also" and the rest of the article (numbered entries as some sites
        // are scraped): the headlines are related links and the article goes on as one item.
        var doc = CleanTestKit.Run(string.Join("\n", "اتصال بين بوتين والشرع", Syria1, "اقرأ أيضا",
            "list 1 of 2", "قمة روسية أمريكية الشهر المقبل", "list 2 of 2", "موسكو ترحب بقرار رفع العقوبات", "end of list", Syria2, Syria3));
        var item = Assert.Single(doc.Items);
        Assert.Equal(string.Join("\n", "اتصال بين بوتين والشرع", Syria1, Syria2, Syria3), item.CleanText);
        Assert.Equal(RemovedKind.Related, CleanTestKit.KindOf(doc, "list 1 of 2"));
        Assert.Equal(RemovedKind.Related, CleanTestKit.KindOf(doc, "end of list"));
        CleanTestKit.AssertRemoved(doc, "موسكو ترحب", RemovedKind.Related);
    }

    [Fact]
    public void SeveralHeadlinesAfterReadAlsoThenTheSameArticleIsOneItem()
    {
        var doc = CleanTestKit.Run(string.Join("\n", "اتصال بين بوتين والشرع", Syria1, "اقرأ أيضاً",
            "قمة روسية أمريكية الشهر المقبل", "موسكو ترحب بقرار رفع العقوبات", Syria2, Syria3, Us1));
        var item = Assert.Single(doc.Items);
        Assert.StartsWith("اتصال بين بوتين والشرع\n" + Syria1 + "\n" + Syria2, item.CleanText);
        CleanTestKit.AssertRemoved(doc, "قمة روسية أمريكية", RemovedKind.Related);
    }
}

public sealed class SourceLineTests
{
    private const string Body = "أعلنت وزارة الخارجية في بيان رسمي صدر صباح اليوم أن الوزير سيتوجه إلى العاصمة الأردنية لبحث التطورات الإقليمية مع نظيره.";

    [Fact]
    public void HeadlineQuotingASourceIsNotASourceLine()
    {
        var doc = CleanTestKit.Run(string.Join("\n", "مصدر: الوزير طلب من الحكومة تأجيل الزيارة إلى الشهر المقبل", Body));
        var item = Assert.Single(doc.Items);
        Assert.Equal("مصدر: الوزير طلب من الحكومة تأجيل الزيارة إلى الشهر المقبل", item.Title);
        Assert.Null(doc.Meta.Outlet);
    }

    [Theory]
    [InlineData("المصدر: الجزيرة + وكالات", "الجزيرة")]
    [InlineData("المصدر: الجزيرة ووكالات", "الجزيرة")]
    [InlineData("المصدر: سكاي نيوز عربية - أبوظبي", "سكاي نيوز عربية - أبوظبي")]
    [InlineData("مصدر: سانا", "سانا")]
    [InlineData("المصدر: وكالات", null)]
    [InlineData("المصدر: رويترز + أ ف ب", null)]
    public void SourceLineNamesTheOutletWithoutGenericAgencies(string line, string? outlet)
    {
        var doc = CleanTestKit.Run(string.Join("\n", "الوزير يزور عمّان", Body, line));
        Assert.Equal(RemovedKind.Metadata, CleanTestKit.KindOf(doc, line));
        Assert.Equal(outlet, doc.Meta.Outlet);
    }
}

public sealed class ShortPostTests
{
    [Fact]
    public void OneLineFlashIsAnItem()
    {
        var doc = CleanTestKit.Run("🔴 عاجل | انفجار قرب مطار دمشق الدولي\n#سوريا");
        var item = Assert.Single(doc.Items);
        Assert.Equal("🔴 عاجل | انفجار قرب مطار دمشق الدولي", item.CleanText);
        Assert.Equal(RemovedKind.Tags, CleanTestKit.KindOf(doc, "#سوريا"));
    }
}

public sealed class TailSectionTests
{
    private const string Body1 = "أعلنت وزارة الخارجية في بيان رسمي صدر صباح اليوم أن الوزير سيتوجه إلى العاصمة الأردنية لبحث التطورات الإقليمية مع نظيره.";
    private const string Body2 = "وأوضح البيان أن الزيارة تستمر يومين، وتشمل لقاءات مع عدد من المسؤولين لبحث ملفات التعاون الاقتصادي والأمني بين البلدين.";

    [Fact]
    public void ReadersCommentsUnderTheCommentsHeaderAreComments()
    {
        var doc = CleanTestKit.Run(string.Join("\n",
            "وزير الخارجية يزور عمّان", Body1, Body2,
            "التعليقات",
            "أبو محمد",
            "زيارة مهمة جداً ونتمنى أن تؤدي إلى نتائج إيجابية للبلدين وللمنطقة كلها في هذه الظروف الصعبة التي نعيشها جميعاً منذ سنوات طويلة.",
            "سارة",
            "شكراً على الخبر."));
        Assert.Equal(string.Join("\n", "وزير الخارجية يزور عمّان", Body1, Body2), doc.Items.Single().CleanText);
        Assert.Equal(RemovedKind.Comments, CleanTestKit.KindOf(doc, "زيارة مهمة جداً"));
        Assert.Equal(RemovedKind.Comments, CleanTestKit.KindOf(doc, "شكراً على الخبر"));
    }

    [Fact]
    public void RelatedHeadlinesWithTheirDatesAreRelated()
    {
        var doc = CleanTestKit.Run(string.Join("\n",
            "وزير الخارجية يزور عمّان", Body1, Body2,
            "مقالات ذات صلة",
            "الأردن وسوريا يبحثان ملف اللاجئين",
            "11 فبراير 2025",
            "وزير الخارجية يلتقي نظيره المصري في القاهرة",
            "10 فبراير 2025"));
        Assert.Equal(RemovedKind.Related, CleanTestKit.KindOf(doc, "الأردن وسوريا"));
        Assert.Equal(RemovedKind.Related, CleanTestKit.KindOf(doc, "يلتقي نظيره المصري"));
        Assert.Equal(RemovedKind.Metadata, CleanTestKit.KindOf(doc, "10 فبراير 2025"));
        Assert.Single(doc.Items);
    }

    [Fact]
    public void An_agency_masthead_is_no_headline()
    {
        var doc = CleanTestKit.Run(string.Join("\n",
            "سانا - الوكالة العربية السورية للأنباء",
            "الرئيسيةسياسةمحلياقتصاد",
            "الشيباني وفيدان في مؤتمر صحفي بأنقرة: سوريا موحدة",
            Body1, Body2));
        CleanTestKit.AssertRemoved(doc, "الوكالة العربية السورية للأنباء", RemovedKind.Navigation);
        Assert.Equal("الشيباني وفيدان في مؤتمر صحفي بأنقرة: سوريا موحدة", doc.Meta.Title);
        // a headline about an agency is kept
        doc = CleanTestKit.Run(string.Join("\n", "وكالة الأنباء الكويتية تحتفل بمرور ستين عاما على تأسيسها في حفل كبير", Body1, Body2));
        CleanTestKit.AssertKept(doc, "تحتفل بمرور ستين عاما");
    }

    [Fact]
    public void ChannelFeedWithHeaderViewCountsAndOneLinePosts()
    {
        // A channel's name, handle and subscriber count above its first post; posts of one line with no full stop;
        // a view count under each post; a joining promo at the end.
        var text = string.Join("\n",
            "أخبار المشرق أولاً 🌍",
            "@mashreq_first",
            "23.4K subscribers",
            "",
            "🔴 04.03.2025 | 09:10",
            "مجلس الوزراء يقر مشروع الموازنة العامة للعام المقبل بعد جلسة مطولة 📑",
            "#الموازنة",
            "👁 12.5K",
            "",
            "📌 04.03.2025 | 11:40",
            "النقابات ترفض الموازنة ⛔",
            "قالت النقابات في بيان مشترك إن الموازنة تحمّل العمال أعباء جديدة، ودعت إلى التظاهر أمام البرلمان.",
            "#النقابات",
            "👁 9.1K",
            "",
            "🇯🇴 04.03.2025 | 13:05",
            "وزير المالية يدافع عن الموازنة ويقول إنها تحمي الفئات الأضعف وتخفض العجز تدريجياً 💬",
            "👁 7.7K",
            "",
            "📢 انضموا إلى «أخبار المشرق أولاً» لمتابعة الخبر أولاً بأول 👇");
        var doc = CleanTestKit.Run(text);
        Assert.True(doc.Items.Count == 3, CleanTestKit.Describe(doc));
        Assert.StartsWith("مجلس الوزراء يقر", doc.Items[0].Title);
        Assert.Equal("النقابات ترفض الموازنة ⛔", doc.Items[1].Title);
        Assert.StartsWith("وزير المالية يدافع", doc.Items[2].Title);
        AssertRemoved(doc, "أخبار المشرق أولاً 🌍", RemovedKind.Navigation);
        AssertRemoved(doc, "23.4K subscribers", RemovedKind.Metadata);
        foreach (var views in new[] { "👁 12.5K", "👁 9.1K", "👁 7.7K" }) AssertRemoved(doc, views, RemovedKind.Metadata);
        AssertRemoved(doc, "📢 انضموا", RemovedKind.Promo);
        Assert.DoesNotContain(doc.Items, i => i.CleanText.Contains("👁", StringComparison.Ordinal));
    }
}
