using Rasd.Model;

namespace Rasd.Tests.Server;

/// <summary>
/// A small analysed corpus written for the tests (as if the pipeline had run): two outlets reporting one
/// sanction, a statement only one source gives, an undated planned meeting, and a hostile article whose text
/// carries markup. Offsets are computed from the text, never typed in.
/// </summary>
internal static class Fixture
{
    public const string OutletA = "وكالة الأنباء المحلية";
    public const string OutletB = "صحيفة المساء";
    public const string StoryId = "story-sanctions";
    public const string HostileStoryId = "story-hostile";
    public const string SanctionEvent = "ev-sanction";
    public const string StatementEvent = "ev-statement";
    public const string MeetingEvent = "ev-meeting";
    public const string HostileEvent = "ev-hostile";
    public const string Eu = "org-eu";
    public const string Commission = "org-commission";

    public const string TextA =
        "فرض الاتحاد الأوروبي عقوبات جديدة على شركات الشحن يوم 12 فبراير 2024.\n" +
        "وقال المتحدث باسم المفوضية إن العقوبات تشمل تجميد الأصول وحظر السفر.\n" +
        "وأعلنت الحكومة أنها ستعقد اجتماعا طارئا لبحث الرد.";

    public const string TextB =
        "رحبت أحزاب المعارضة بالقرار والعقوبات المفروضة على الشركات.\n" +
        "وذكرت الصحيفة أن الاتحاد الأوروبي فرض العقوبات على الشركات في 12 فبراير.";

    public const string HostileText =
        "خبر عاجل <script>window.__pwned = 'script';</script> عن اجتماع الوزراء.\n" +
        "صورة <img src=x onerror=\"window.__pwned = 'img'\"> ورابط <a href=\"javascript:window.__pwned='link'\">اضغط هنا</a> في النص.";

    public static Span Find(string text, string part, int from = 0)
    {
        var i = text.IndexOf(part, from, StringComparison.Ordinal);
        if (i < 0) throw new InvalidOperationException("fixture text lacks: " + part);
        return new Span(i, i + part.Length);
    }

    private static Item ItemOf(Document d, string storyId, string title)
    {
        var item = new Item { Id = d.Id + "-0", Span = new Span(0, d.Text.Length), DocumentId = d.Id, Title = title, Story = storyId, CleanText = d.Text };
        var start = 0;
        foreach (var line in d.Text.Split('\n'))
        {
            item.Paragraphs.Add(new Span(start, start + line.Length));
            start += line.Length + 1;
        }
        d.Items.Add(item);
        return item;
    }

    private static Mention MentionOf(Document d, string part, string? outlet, string? attribution = null, string? attributionText = null)
    {
        var span = Find(d.Text, part);
        return new Mention { Document = d.Id, Item = d.Id + "-0", Span = span, Text = part, Outlet = outlet, Attribution = attribution, AttributionText = attributionText };
    }

    /// <summary>The documents and corpus; documents are saved the way the pipeline would leave them.</summary>
    public static (List<Document> Docs, Corpus Corpus) Build(bool hostile = true)
    {
        var day = DateValue.OfDay(new DateOnly(2024, 2, 12), "explicit");
        var a = new Document(TextA, new DocumentMeta { Source = "fixture:a", Outlet = OutletA, Title = "عقوبات أوروبية على شركات الشحن", Url = "https://example.org/a", Published = day });
        var b = new Document(TextB, new DocumentMeta { Source = "fixture:b", Outlet = OutletB, Title = "المعارضة ترحب بالعقوبات", Published = DateValue.OfDay(new DateOnly(2024, 2, 13), "metadata") });
        var corpus = new Corpus();
        corpus.Items.Add(ItemOf(a, StoryId, a.Meta.Title!));
        corpus.Items.Add(ItemOf(b, StoryId, b.Meta.Title!));

        var eu = new Entity { Id = Eu, Name = "الاتحاد الأوروبي", NameEn = "European Union", Type = EntityType.Organization };
        eu.AddAlias("الاتحاد الأوروبي");
        eu.AddAlias("الاتحاد");
        eu.AddRole(new Role("منظمة إقليمية", null));
        var commission = new Entity { Id = Commission, Name = "المفوضية الأوروبية", Type = EntityType.Organization };
        commission.AddAlias("المفوضية");
        corpus.Entities[eu.Id] = eu;
        corpus.Entities[commission.Id] = commission;

        var sanction = new Event { Id = SanctionEvent, Story = StoryId, Type = "SANCTION", Cameo = "163", Summary = "الاتحاد الأوروبي يفرض عقوبات على شركات الشحن", Date = day };
        sanction.SourceActors.Add(Eu);
        sanction.Mentions.Add(MentionOf(a, "فرض الاتحاد الأوروبي عقوبات جديدة على شركات الشحن يوم 12 فبراير 2024", OutletA));
        sanction.Mentions.Add(MentionOf(b, "الاتحاد الأوروبي فرض العقوبات على الشركات في 12 فبراير", OutletB, null, "وذكرت الصحيفة"));

        var statement = new Event { Id = StatementEvent, Story = StoryId, Type = "STATEMENT", Cameo = "010", Summary = "المفوضية: العقوبات تشمل تجميد الأصول", Date = DateValue.OfDay(new DateOnly(2024, 2, 13), "explicit") };
        statement.SourceActors.Add(Commission);
        statement.Mentions.Add(MentionOf(a, "العقوبات تشمل تجميد الأصول وحظر السفر", OutletA, Commission, "وقال المتحدث باسم المفوضية"));

        var meeting = new Event { Id = MeetingEvent, Story = StoryId, Type = "MEET", Cameo = "040", Summary = "الحكومة تعقد اجتماعا طارئا", Date = DateValue.Unknown("the meeting is announced without a date"), Modality = Modality.Planned };
        meeting.Mentions.Add(MentionOf(a, "ستعقد اجتماعا طارئا لبحث الرد", OutletA) with { Modality = Modality.Planned });

        corpus.Events.AddRange(new[] { sanction, statement, meeting });
        var story = new Story { Id = StoryId, Title = "عقوبات الاتحاد الأوروبي على شركات الشحن", First = day, Last = statement.Date };
        story.Items.AddRange(new[] { a.Id + "-0", b.Id + "-0" });
        story.Events.AddRange(new[] { SanctionEvent, StatementEvent, MeetingEvent });
        corpus.Stories.Add(story);
        var docs = new List<Document> { a, b };

        if (hostile)
        {
            var h = new Document(HostileText, new DocumentMeta { Source = "fixture:hostile", Outlet = "<b>منفذ</b>", Title = "<img src=x onerror=\"window.__pwned='title'\">عنوان", Url = "javascript:window.__pwned='url'", Published = day });
            corpus.Items.Add(ItemOf(h, HostileStoryId, h.Meta.Title!));
            var he = new Event { Id = HostileEvent, Story = HostileStoryId, Type = "MEET", Cameo = "040", Summary = "<script>window.__pwned='summary'</script>اجتماع الوزراء", Date = day };
            he.Mentions.Add(MentionOf(h, "<img src=x onerror=\"window.__pwned = 'img'\">", h.Meta.Outlet));
            corpus.Events.Add(he);
            var hs = new Story { Id = HostileStoryId, Title = "<script>window.__pwned='story'</script>قصة عدائية", First = day, Last = day };
            hs.Items.Add(h.Id + "-0");
            hs.Events.Add(HostileEvent);
            corpus.Stories.Add(hs);
            docs.Add(h);
        }
        return (docs, corpus);
    }

    /// <summary>Puts the fixture into a store and the index, as an ingestion run would.</summary>
    public static void Seed(Rasd.Store.IStore store, Rasd.Search.ISearchIndex? index, bool hostile = true)
    {
        var (docs, corpus) = Build(hostile);
        foreach (var d in docs)
        {
            store.Put(d);
            store.SaveAnalysis(d, corpus);
        }
        index?.Rebuild(store);
    }
}
