using Rasd.Events;
using Rasd.Model;
using Rasd.Stories;
using static Rasd.Tests.Events.Ids;
using static Rasd.Tests.Events.CorpusKit;

namespace Rasd.Tests.Events;

/// <summary>
/// Talks held somewhere, as different outlets tell them: the speaker's "talks with X", a host's "talks between X and Y",
/// "the talks of Muscat", a relative clause naming the host, and the reports of one round merged across those wordings.
/// </summary>
public class TalksRulesTests
{
    private const string Araghchi = "rasd:person:abbas-araghchi";
    private const string Witkoff = "rasd:person:steve-witkoff";
    private const string Oman = "Q842";
    private const string Muscat = "rasd:loc:muscat";

    private static List<EventMention> Run(Document doc) => Extraction.Run(doc);

    [Fact]
    public void Talks_with_someone_reported_by_a_speaker_are_the_speakers_and_a_hosting_relative_clause_is_their_place()
    {
        var doc = new DocBuilder("أعلن وزير الخارجية الإيراني عباس عراقجي أن الجولة الأولى من المحادثات غير المباشرة مع المبعوث الأمريكي ستيف ويتكوف، التي استضافتها العاصمة العمانية مسقط اليوم، جرت في أجواء بناءة.")
            .Entity("وزير الخارجية الإيراني عباس عراقجي", Araghchi).Entity("المبعوث الأمريكي ستيف ويتكوف", Witkoff)
            .Entity("مسقط", Muscat, EntityType.Location).Build();
        var events = Run(doc);
        var talks = Assert.Single(events, e => EventFamilies.Of(e.Cameo) == "consult");
        Assert.Equal(new[] { Araghchi }, talks.SourceActors);
        Assert.Equal(new[] { Witkoff }, talks.TargetActors);
        Assert.Equal(Muscat, talks.Location);
        // Muscat hosts the talks: no visit received by Oman, no guest.
        Assert.DoesNotContain(events, e => e.Cameo is "042" or "043");
    }

    [Fact]
    public void Talks_with_someone_stay_without_a_source_when_nobody_speaks()
    {
        var doc = new DocBuilder("وتركزت المحادثات مع المبعوث الأمريكي ستيف ويتكوف على الملف النووي.")
            .Entity("المبعوث الأمريكي ستيف ويتكوف", Witkoff).Build();
        Assert.All(Run(doc), e => Assert.DoesNotContain(Araghchi, e.SourceActors));
    }

    [Fact]
    public void A_city_after_a_meeting_noun_is_where_it_was_held_not_a_party()
    {
        var doc = new DocBuilder("وصف البيت الأبيض محادثات مسقط مع إيران بأنها إيجابية.")
            .Entity("مسقط", Muscat, EntityType.Location).Entity("إيران", Iran, EntityType.Country).Build();
        var talks = Assert.Single(Run(doc), e => EventFamilies.Of(e.Cameo) == "consult");
        Assert.Equal(Muscat, talks.Location);
        Assert.DoesNotContain("rasd:government:OMN", talks.SourceActors.Concat(talks.TargetActors));
    }

    [Fact]
    public void A_country_hosting_talks_between_two_others_is_their_third_location()
    {
        var doc = new DocBuilder("استضافت سلطنة عمان اليوم جولة من المحادثات بين الجمهورية الإسلامية الإيرانية والولايات المتحدة الأمريكية.")
            .Entity("سلطنة عمان", Oman, EntityType.Country).Entity("الجمهورية الإسلامية الإيرانية", Iran, EntityType.Country)
            .Entity("الولايات المتحدة الأمريكية", Usa, EntityType.Country).Build();
        var talks = Assert.Single(Run(doc), e => EventFamilies.Of(e.Cameo) == "consult");
        Assert.Equal("044", talks.Cameo);
        Assert.Equal(new[] { Iran }, talks.SourceActors);
        Assert.Equal(new[] { Usa }, talks.TargetActors);
        Assert.Equal(Oman, talks.Location);
    }

    [Theory]
    [InlineData("وتحدث الرئيس الأمريكي دونالد ترامب مع الرئيس الروسي فلاديمير بوتين.", true)]
    [InlineData("وقال البيت الأبيض إن ترامب تحدث مباشرة مع بوتين.", true)]
    [InlineData("وتحدث ترامب عن الحرب في أوكرانيا.", false)]
    // "مع" is a word of its own: "معركة" (a battle) is no one talked with.
    [InlineData("وتحدث ترامب عن معركة انتخابية قاسية.", false)]
    public void Talking_with_someone_is_a_consultation(string text, bool consult)
    {
        var doc = new DocBuilder(text).Entity("ترامب", Trump).Entity("الرئيس الأمريكي دونالد ترامب", Trump)
            .Entity("بوتين", Putin).Entity("الرئيس الروسي فلاديمير بوتين", Putin).Build();
        var events = Run(doc);
        if (!consult) { Assert.DoesNotContain(events, e => e.Cameo == "040"); return; }
        var e = Assert.Single(events, x => x.Cameo == "040");
        Assert.Equal(new[] { Trump }, e.SourceActors);
        Assert.Equal(new[] { Putin }, e.TargetActors);
    }

    [Fact]
    public void The_ministers_talks_and_the_talks_between_their_countries_are_one_event_with_each_party_on_its_side()
    {
        var corpus = new Corpus();
        Link(corpus, new DocBuilder("أعلن وزير الخارجية الإيراني عباس عراقجي أن المحادثات مع المبعوث الأمريكي ستيف ويتكوف في مسقط يوم 12 أبريل 2025 جرت في أجواء بناءة.")
            .Entity("وزير الخارجية الإيراني عباس عراقجي", Araghchi).Entity("المبعوث الأمريكي ستيف ويتكوف", Witkoff)
            .Entity("مسقط", Muscat, EntityType.Location).Time("12 أبريل 2025", Day(2025, 4, 12)).Outlet("irna").Build("a.txt"));
        Link(corpus, new DocBuilder("استضافت سلطنة عمان في 12 أبريل جولة من المحادثات بين إيران والولايات المتحدة.")
            .Entity("سلطنة عمان", Oman, EntityType.Country).Entity("إيران", Iran, EntityType.Country)
            .Entity("الولايات المتحدة", Usa, EntityType.Country).Time("12 أبريل", YearLess(4, 12)).Outlet("ona").Build("b.txt"));
        var ev = Assert.Single(corpus.Events, e => EventFamilies.Of(e.Cameo) == "consult");
        Assert.Equal(2, ev.Documents);
        Assert.Equal("2025-04-12", ev.Date.Iso);
        Assert.Contains(Araghchi, ev.SourceActors);
        Assert.Contains(Iran, ev.SourceActors);
        Assert.Contains(Witkoff, ev.TargetActors);
        Assert.Contains(Usa, ev.TargetActors);
    }

    [Theory]
    [InlineData("046", "044", true)]
    [InlineData("046", "042", true)]
    [InlineData("046", "041", false)]
    [InlineData("041", "042", false)]
    public void Negotiations_are_held_in_person(string a, string b, bool compatible) =>
        Assert.Equal(compatible, EventFamilies.Compatible(a, b));
}

public class DerivedTitleTests
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void A_first_sentence_taken_as_title_is_the_lead_and_keeps_its_events(bool derived, bool kept)
    {
        // With no headline line (a corpus whose headline is metadata, a post), the item is named by its first sentence:
        // that sentence is the body's lead, not a headline the body repeats.
        var doc = new DocBuilder("استقبل بوتين الشرع في الكرملين.", "وكان بوتين قد زار دمشق في وقت سابق.")
            .Entity("بوتين", Putin).Entity("الشرع", Sharaa).Entity("دمشق", Damascus, EntityType.Location).Build();
        var item = doc.Items[0];
        item.TitleSpan = item.Paragraphs[0];
        item.Title = doc.Slice(item.Paragraphs[0]);
        item.TitleDerived = derived;
        var events = Extraction.Run(doc);
        Assert.Equal(kept, events.Any(e => e.Cameo == "043" && e.SourceActors.Contains(Putin) && e.TargetActors.Contains(Sharaa)));
    }
}
