using Rasd.Language;
using Rasd.Events;
using Rasd.Model;
using Rasd.Stories;
using static Rasd.Tests.Events.Ids;

namespace Rasd.Tests.Events;

/// <summary>General rules found on the misses of the blind held-out set (tests/Rasd.Tests/Events/holdout).</summary>
public class HoldOutRulesTests
{
    private const string Medinsky = "rasd:person:vladimir-medinsky";
    private const string Umerov = "rasd:person:rustem-umerov";
    private const string Tamim = "rasd:person:tamim-bin-hamad";
    private const string Riyadh = "Q3692";
    private const string Lavrov = "rasd:person:sergey-lavrov";
    private const string Faisal = "rasd:person:faisal-bin-farhan";

    private static List<EventMention> Run(Document doc) => Extraction.Run(doc);

    [Fact]
    public void Negotiations_are_a_negotiation_between_their_parties()
    {
        var doc = new DocBuilder("وانطلقت في إسطنبول جولة المفاوضات المباشرة بين ميدينسكي وعمروف.")
            .Entity("ميدينسكي", Medinsky).Entity("عمروف", Umerov).Build();
        var e = Assert.Single(Run(doc), x => x.Cameo == "046");
        Assert.Equal("negotiation", e.Type);
        Assert.Equal(new[] { Medinsky }, e.SourceActors);
        Assert.Equal(new[] { Umerov }, e.TargetActors);
    }

    [Theory]
    [InlineData("واتفق ميدينسكي وعمروف على تبادل ألف أسير من كل طرف.")]
    [InlineData("واتفق ميدينسكي وعمروف على إجراء عملية تبادل للأسرى.")]
    public void An_agreement_to_exchange_prisoners_is_an_intent_to_release(string text)
    {
        var doc = new DocBuilder(text).Entity("ميدينسكي", Medinsky).Entity("عمروف", Umerov).Build();
        var events = Run(doc);
        Assert.Contains(events, x => x.Cameo == "0353" && x.SourceActors.Contains(Medinsky));
        Assert.DoesNotContain(events, x => x.Cameo is "036" or "030");
    }

    [Fact]
    public void Heading_to_a_place_is_a_visit_and_heading_with_thanks_is_not()
    {
        var visit = Assert.Single(Run(new DocBuilder("ويتوجه الشرع يوم الأحد إلى الرياض في أول رحلة خارجية له.")
            .Entity("الشرع", Sharaa).Entity("الرياض", Riyadh, EntityType.Location).Build()));
        Assert.Equal("042", visit.Cameo);
        Assert.Equal(new[] { Sharaa }, visit.SourceActors);
        var thanks = Run(new DocBuilder("وتوجه الشرع بالشكر إلى الشعب على صموده.").Entity("الشرع", Sharaa).Build());
        Assert.DoesNotContain(thanks, x => x.Cameo == "042");
        // "توجه" alone is also the passive "تُوجَّه" (funds, charges directed to something): not read as a visit.
        var directed = Run(new DocBuilder("وأضافت أن الاعتمادات ستوجه إلى تعبيد الطريق المؤدية إلى الشاطئ.").Build());
        Assert.DoesNotContain(directed, x => x.Cameo == "042");
    }

    [Fact]
    public void Generic_talks_after_a_visit_add_no_second_visitor()
    {
        var doc = new DocBuilder(
                "وصل أمير قطر تميم بن حمد اليوم إلى دمشق في زيارة رسمية.",
                "وأجرى الشرع وأمير قطر محادثات في قصر الشعب.")
            .Entity("تميم بن حمد", Tamim).Entity("أمير قطر", Tamim, nth: 1).Entity("الشرع", Sharaa)
            .Entity("دمشق", Damascus, EntityType.Location).Outlet("a").Build();
        new EventsStage().Process(doc);
        var corpus = new Corpus();
        corpus.Documents.Add(doc);
        corpus.Items.AddRange(doc.Items);
        new EventCorefStage().Process(doc, corpus);
        var visit = Assert.Single(corpus.Events, e => e.Cameo == "042");
        Assert.Equal(new[] { Tamim }, visit.SourceActors);
        Assert.Contains(Sharaa, visit.TargetActors);
    }

    [Fact]
    public void The_subject_before_a_visit_noun_is_the_visitor_not_a_nationality_before_the_destination()
    {
        var doc = new DocBuilder("أدى وزير الخارجية السعودي فيصل بن فرحان، أمس الجمعة، زيارة إلى العاصمة السورية دمشق.")
            .Entity("فيصل بن فرحان", Faisal).Entity("السورية", Syria, EntityType.Country).Entity("دمشق", Damascus, EntityType.Location).Build();
        var all = Run(doc);
        var e = Assert.Single(all, x => x.Cameo == "042");
        Assert.True(e.SourceActors.SequenceEqual(new[] { Faisal }), string.Join(" / ", all.Select(x => x.Cameo + " " + doc.Text[x.Trigger.Start..x.Trigger.End] + " " + string.Join(",", x.SourceActors) + "->" + string.Join(",", x.TargetActors))));
    }

    [Fact]
    public void A_word_of_a_persons_name_is_no_trigger()
    {
        var doc = new DocBuilder("وصرح فيصل بن فرحان للصحفيين إلى جانب نظيره بأن العلاقات متينة.")
            .Entity("فيصل بن فرحان", Faisal).Build();
        Assert.DoesNotContain(Run(doc), x => x.Cameo == "042");
    }

    [Fact]
    public void Visits_of_one_minister_to_two_countries_stay_apart()
    {
        var corpus = new Corpus();
        foreach (var (text, place, id) in new[] { ("زار فيصل بن فرحان دمشق في كانون الثاني.", "دمشق", Damascus), ("وكان فيصل بن فرحان قد زار بيروت في كانون الثاني.", "بيروت", "Q3820") })
        {
            var doc = new DocBuilder(text).Entity("فيصل بن فرحان", Faisal).Entity(place, id, EntityType.Location)
                .Time("كانون الثاني", DateValue.OfMonth(2025, 1, "explicit")).Published(DateValue.OfDay(new DateOnly(2025, 1, 30), "explicit")).Outlet(place).Build(place + ".txt");
            new EventsStage().Process(doc);
            corpus.Documents.Add(doc);
            corpus.Items.AddRange(doc.Items);
            new EventCorefStage().Process(doc, corpus);
        }
        Assert.Equal(2, corpus.Events.Count(e => e.Cameo == "042"));
    }

    [Fact]
    public void Who_expresses_a_hope_speaks_for_what_follows()
    {
        var doc = new DocBuilder("وأعرب لافروف، خلال ندوة صحافية مشتركة، عن أمل موسكو في أن يشارك الرئيس السوري أحمد الشرع في القمة المرتقبة.")
            .Entity("لافروف", Lavrov).Entity("موسكو", "Q649", EntityType.Location).Entity("أحمد الشرع", Sharaa).Build();
        var e = Assert.Single(Run(doc), x => x.Cameo == "036");
        Assert.Equal(new[] { Lavrov }, e.SourceActors);
        Assert.Equal(new[] { Sharaa }, e.TargetActors);
        Assert.Equal(Lavrov, e.Attribution);
    }

    [Fact]
    public void A_speaker_behind_a_long_title_is_the_account_s_source()
    {
        var doc = new DocBuilder("أعلن رئيس الوفد الأوكراني إلى محادثات جنيف، وزير الدفاع الأوكراني رستم عمروف، أن كييف وموسكو اتفقتا على تبادل ألف أسير.")
            .Entity("رستم عمروف", Umerov).Entity("كييف", "Q1899", EntityType.Location).Entity("موسكو", "Q649", EntityType.Location).Build();
        var e = Assert.Single(Run(doc), x => x.Cameo == "0353");
        Assert.Equal(Umerov, e.Attribution);
        Assert.Equal(new[] { "rasd:government:UKR" }, e.SourceActors);
        Assert.Equal(new[] { "rasd:government:RUS" }, e.TargetActors);
    }

    [Fact]
    public void The_article_takes_no_pronoun_so_friday_is_no_gathering()
    {
        static List<string> Norms(string s) => s.Split(' ').Select(ArabicNormalizer.Normalize).ToList();
        Assert.False(EventLexicon.Default.IsCue("between", Norms("الجمعة"), 0));
        Assert.True(EventLexicon.Default.IsCue("between", Norms("جمعهما"), 0));
        // The parties before the verb stay its parties though "يوم الجمعة" follows ("جمع" would read it as "بين").
        var doc = new DocBuilder("وقال الوزير إن موسكو وكييف اتفقتا خلال الجولة التي جرت يوم الجمعة في جنيف على تبادل الأسرى.")
            .Entity("موسكو", "Q649", EntityType.Location).Entity("كييف", "Q1899", EntityType.Location).Build();
        var e = Assert.Single(Run(doc), x => x.Cameo == "0353");
        Assert.Equal(new[] { "rasd:government:RUS" }, e.SourceActors);
        Assert.Equal(new[] { "rasd:government:UKR" }, e.TargetActors);
    }

    [Fact]
    public void Forms_of_address_and_blessings_do_not_hide_the_second_party()
    {
        var doc = new DocBuilder("وعقد صاحب السمو أمير البلاد المفدى وفخامة الرئيس أحمد الشرع جلسة مباحثات في قصر الشعب.")
            .Entity("أمير البلاد", Tamim).Entity("أحمد الشرع", Sharaa).Build();
        var e = Assert.Single(Run(doc), x => x.Cameo == "040");
        Assert.Equal(new[] { Tamim, Sharaa }, e.SourceActors.Concat(e.TargetActors).Order(StringComparer.Ordinal).Reverse().ToArray());
    }
}
