using Rasd.Events;
using Rasd.Model;
using static Rasd.Tests.Events.Ids;

namespace Rasd.Tests.Events;

/// <summary>Argument rules found on the development set: receiving forms, pronoun subjects, back-references, title qualifiers, hosted meetings, accusations.</summary>
public class ArgumentRulesTests
{
    private const string Shaibani = "rasd:person:asaad-al-shaibani";
    private const string Rubio = "rasd:person:marco-rubio";
    private const string Lavrov = "rasd:person:sergey-lavrov";

    private static List<EventMention> Run(Document doc) => Extraction.Run(doc);

    [Fact]
    public void The_receiver_of_a_call_is_its_target()
    {
        var doc = new DocBuilder("تلقى السيد الرئيس أحمد الشرع اليوم اتصالاً هاتفياً من الرئيس الروسي فلاديمير بوتين.")
            .Entity("أحمد الشرع", Sharaa).Entity("الرئيس الروسي", Putin).Entity("فلاديمير بوتين", Putin).Build();
        var e = Assert.Single(Run(doc));
        Assert.Equal("041", e.Cameo);
        Assert.Equal(new[] { Putin }, e.SourceActors);
        Assert.Equal(new[] { Sharaa }, e.TargetActors);
    }

    [Fact]
    public void A_complementizer_with_a_pronoun_takes_the_speaker_as_subject()
    {
        var doc = new DocBuilder("قال الرئيس الأمريكي دونالد ترامب إنه أجرى اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين.")
            .Entity("دونالد ترامب", Trump).Entity("فلاديمير بوتين", Putin).Build();
        var e = Run(doc).Single(x => x.Cameo == "041");
        Assert.Equal(new[] { Trump }, e.SourceActors);
        Assert.Equal(new[] { Putin }, e.TargetActors);
    }

    [Fact]
    public void After_a_pronoun_of_the_matter_the_speaker_is_no_party()
    {
        // "إنه جرى": "it happened that", not "he held".
        var doc = new DocBuilder("أجرى بوتين اتصالاً هاتفياً مع الشرع.", "وقال الكرملين في بيان إنه جرى تبادل للآراء حول الوضع في سوريا.")
            .Entity("بوتين", Putin).Entity("الشرع", Sharaa).Entity("الكرملين", Kremlin, EntityType.Organization).Build();
        var e = Run(doc)[1];
        Assert.Equal(new[] { Putin }, e.SourceActors);
        Assert.Equal(new[] { Sharaa }, e.TargetActors);
        Assert.Equal(Kremlin, e.Attribution);
    }

    [Fact]
    public void A_definite_noun_refers_back_to_the_event_just_reported()
    {
        var doc = new DocBuilder("أجرى بوتين اتصالاً هاتفياً مع الشرع.", "وقال الكرملين إن المكالمة استمرت ساعة.")
            .Entity("بوتين", Putin).Entity("الشرع", Sharaa).Entity("الكرملين", Kremlin, EntityType.Organization).Build();
        var events = Run(doc);
        Assert.Equal(2, events.Count);
        Assert.True(events[1].Background);
        Assert.Equal(new[] { Putin }, events[1].SourceActors);
        Assert.Equal(new[] { Sharaa }, events[1].TargetActors);
        Assert.Equal(Kremlin, events[1].Attribution);
    }

    [Fact]
    public void A_country_in_a_persons_title_is_no_party()
    {
        var doc = new DocBuilder("أجرى سيرغي لافروف محادثات مع وزير خارجية الجمهورية العربية السورية أسعد الشيباني.")
            .Entity("سيرغي لافروف", Lavrov).Entity("الجمهورية العربية السورية", Syria, EntityType.Country).Entity("أسعد الشيباني", Shaibani).Build();
        var e = Assert.Single(Run(doc));
        Assert.Equal(new[] { Lavrov }, e.SourceActors);
        Assert.Equal(new[] { Shaibani }, e.TargetActors);
    }

    [Fact]
    public void A_hosted_meeting_is_between_its_guests_at_a_third_place()
    {
        var doc = new DocBuilder("استضافت المملكة العربية السعودية اليوم بالرياض اجتماعاً بين ماركو روبيو وسيرغي لافروف.")
            .Entity("المملكة العربية السعودية", "Q851", EntityType.Country).Entity("الرياض", "Q3692", EntityType.Location)
            .Entity("ماركو روبيو", Rubio).Entity("سيرغي لافروف", Lavrov).Build();
        var e = Assert.Single(Run(doc));
        Assert.Equal("044", e.Cameo);
        Assert.Equal(new[] { Rubio }, e.SourceActors);
        Assert.Equal(new[] { Lavrov }, e.TargetActors);
        Assert.Equal("Q3692", e.Location);
    }

    [Fact]
    public void A_condemnation_is_aimed_at_who_attacked()
    {
        var doc = new DocBuilder("أدانت وزارة الخارجية الروسية الضربات الإسرائيلية على دمشق.")
            .Entity("وزارة الخارجية الروسية", "rasd:mfa:RUS", EntityType.Organization).Entity("دمشق", Damascus, EntityType.Location).Build();
        var events = Run(doc);
        var accusation = events.Single(x => x.Cameo == "111");
        Assert.Equal(new[] { "rasd:mfa:RUS" }, accusation.SourceActors);
        Assert.Equal(new[] { Israel }, accusation.TargetActors);
        var strike = events.Single(x => EventFamilies.Of(x.Cameo) == "force");
        Assert.Equal(new[] { Israel }, strike.SourceActors);
    }

    [Fact]
    public void Each_time_expression_dates_the_trigger_before_it()
    {
        var doc = new DocBuilder("وكان بوتين أجرى اتصالا هاتفيا مع الشرع في 12 من شباط، بعد زيارة وفد برئاسة ميخائيل بوغدانوف إلى دمشق في 28 من كانون الثاني.")
            .Entity("بوتين", Putin).Entity("الشرع", Sharaa).Entity("ميخائيل بوغدانوف", Bogdanov).Entity("دمشق", Damascus, EntityType.Location)
            .Time("12 من شباط", Day(2025, 2, 12)).Time("28 من كانون الثاني", Day(2025, 1, 28)).Build();
        var events = Run(doc);
        Assert.Equal("2025-02-12", events.Single(x => x.Cameo == "041").Date.Iso);
        var visit = events.Single(x => x.Cameo == "042");
        Assert.Equal("2025-01-28", visit.Date.Iso);
        Assert.Equal(new[] { Bogdanov }, visit.SourceActors);
    }

    [Fact]
    public void Calls_and_visits_are_never_one_event()
    {
        Assert.False(EventFamilies.Compatible("041", "042"));
        Assert.False(EventFamilies.Compatible("041", "043"));
        Assert.True(EventFamilies.Compatible("040", "041"));
        Assert.True(EventFamilies.Compatible("042", "043"));
        Assert.NotEqual(EventFamilies.Of("085"), EventFamilies.Of("0871"));
    }

    [Fact]
    public void Attacks_by_different_sides_stay_apart_in_coreference()
    {
        var corpus = new Corpus();
        var doc = new DocBuilder("أطلقت إيران مساء الاثنين صواريخ على قاعدة العديد في قطر، في ردّ على الضربات الأمريكية التي استهدفت منشآتها النووية فجر الأحد.")
            .Entity("إيران", "Q794", EntityType.Country).Entity("قطر", "Q846", EntityType.Country)
            .Time("مساء الاثنين", Day(2025, 6, 23)).Time("فجر الأحد", Day(2025, 6, 22)).Published(Day(2025, 6, 24)).Outlet("a").Build("a.txt");
        new EventsStage().Process(doc);
        new EventCorefStage().Process(doc, corpus);
        var force = corpus.Events.Where(e => EventFamilies.Of(e.Cameo) == "force").ToList();
        Assert.Equal(2, force.Count);
        Assert.Contains(force, e => e.SourceActors.SequenceEqual(new[] { "Q794" }));
        var answered = Assert.Single(force, e => e.SourceActors.Contains("Q30"));
        Assert.Contains("Q794", answered.TargetActors);
        Assert.Equal("2025-06-22", answered.Date.Iso);
    }

    [Fact]
    public void The_leader_of_a_received_delegation_is_the_guest()
    {
        var doc = new DocBuilder("استقبل أحمد الشرع اليوم بدمشق وفداً روسياً برئاسة نائب وزير الخارجية الروسي ميخائيل بوغدانوف، بحضور وزير الخارجية أسعد الشيباني.")
            .Entity("أحمد الشرع", Sharaa).Entity("دمشق", Damascus, EntityType.Location).Entity("نائب وزير الخارجية الروسي", Bogdanov)
            .Entity("ميخائيل بوغدانوف", Bogdanov).Entity("أسعد الشيباني", Shaibani).Build();
        var e = Assert.Single(Run(doc));
        Assert.Equal("043", e.Cameo);
        Assert.Equal(new[] { Sharaa }, e.SourceActors);
        Assert.Equal(new[] { Bogdanov }, e.TargetActors);
    }

    [Fact]
    public void The_meeting_that_brought_two_together_has_them_as_parties()
    {
        var doc = new DocBuilder("حضر ولي العهد اللقاء الذي جمع الرئيس دونالد ترمب والرئيس أحمد الشرع في الرياض.")
            .Entity("دونالد ترمب", Trump).Entity("أحمد الشرع", Sharaa).Entity("الرياض", "Q3692", EntityType.Location).Build();
        var e = Assert.Single(Run(doc));
        Assert.Equal("044", e.Cameo);
        Assert.Equal(new[] { Trump }, e.SourceActors);
        Assert.Equal(new[] { Sharaa }, e.TargetActors);
    }
}
