using Rasd.Events;
using Rasd.Model;
using static Rasd.Tests.Events.Ids;

namespace Rasd.Tests.Events;

public class EventsStageTests
{
    private static List<EventMention> Run(Document doc) => Extraction.Run(doc);

    [Fact]
    public void Caller_and_called_from_a_light_verb_and_its_noun()
    {
        var doc = new DocBuilder("أجرى الرئيس الروسي فلاديمير بوتين اتصالاً هاتفياً مع الرئيس السوري أحمد الشرع.")
            .Entity("فلاديمير بوتين", Putin).Entity("أحمد الشرع", Sharaa).Build();
        var e = Assert.Single(Run(doc));
        Assert.Equal("041", e.Cameo);
        Assert.Equal("telephone_call", e.Type);
        Assert.Equal("CONSULT", e.Plover);
        Assert.Equal("phone", e.PloverMode);
        Assert.Equal(new[] { Putin }, e.SourceActors);
        Assert.Equal(new[] { Sharaa }, e.TargetActors);
        Assert.Equal(doc.Text, doc.Slice(e.Span));
    }

    [Fact]
    public void Impersonal_call_between_two_parties()
    {
        var doc = new DocBuilder("في 12 فبراير، جرت محادثة هاتفية بين الرئيس الروسي فلاديمير بوتين والرئيس السوري أحمد الشرع.")
            .Entity("فلاديمير بوتين", Putin).Entity("أحمد الشرع", Sharaa).Time("12 فبراير", YearLess(2, 12)).Build();
        var e = Assert.Single(Run(doc));
        Assert.Equal("041", e.Cameo);
        Assert.Equal(new[] { Putin }, e.SourceActors);
        Assert.Equal(new[] { Sharaa }, e.TargetActors);
        Assert.Equal(2, e.Date.Month);
        Assert.Equal(12, e.Date.Day);
        Assert.False(e.Date.Resolved);
    }

    [Fact]
    public void Genitive_noun_names_caller_then_called()
    {
        var doc = new DocBuilder("وتناول اتصال بوتين والشرع الوضع في البلاد.").Entity("بوتين", Putin).Entity("الشرع", Sharaa).Build();
        var e = Assert.Single(Run(doc));
        Assert.Equal(new[] { Putin }, e.SourceActors);
        Assert.Equal(new[] { Sharaa }, e.TargetActors);
    }

    [Fact]
    public void Host_receives_the_visitor_named_before_by_a_pronoun()
    {
        var doc = new DocBuilder(
                "زار ميخائيل بوغدانوف دمشق.",
                "واستقبله أحمد الشرع بحضور وزير الخارجية.")
            .Entity("ميخائيل بوغدانوف", Bogdanov).Entity("دمشق", Damascus, EntityType.Location).Entity("أحمد الشرع", Sharaa).Build();
        var events = Run(doc);
        Assert.Equal(2, events.Count);
        var visit = events[0];
        Assert.Equal("042", visit.Cameo);
        Assert.Equal(new[] { Bogdanov }, visit.SourceActors);
        Assert.Equal(new[] { "rasd:government:SYR" }, visit.TargetActors);
        Assert.Equal(Damascus, visit.Location);
        var host = events[1];
        Assert.Equal("043", host.Cameo);
        Assert.Equal(new[] { Sharaa }, host.SourceActors);
        Assert.Equal(new[] { Bogdanov }, host.TargetActors);
    }

    [Fact]
    public void Ta_marbuta_is_not_a_pronoun()
    {
        var doc = new DocBuilder("أصدرت وزارة الخارجية الروسية بياناً.").Build();
        Assert.Empty(Run(doc));
    }

    [Theory]
    [InlineData("سيلتقي بوتين ترامب في الرياض.", Modality.Future)]
    [InlineData("من المقرر أن يلتقي بوتين ترامب في الرياض.", Modality.Planned)]
    [InlineData("نفى الكرملين أن يكون بوتين قد التقى ترامب في الرياض.", Modality.Denied)]
    [InlineData("لم يلتق بوتين ترامب في الرياض.", Modality.Denied)]
    [InlineData("إذا التقى بوتين ترامب في الرياض فسيبحثان الحرب.", Modality.Hypothetical)]
    [InlineData("التقى بوتين ترامب في الرياض.", Modality.Asserted)]
    public void Modality_is_marked(string text, Modality expected)
    {
        var doc = new DocBuilder(text).Entity("بوتين", Putin).Entity("ترامب", Trump).Entity("الرياض", "Q3692", EntityType.Location)
            .Entity("الكرملين", Kremlin, EntityType.Organization).Build();
        var e = Run(doc).First(x => x.Plover == "CONSULT");
        Assert.Equal(expected, e.Modality);
    }

    [Fact]
    public void Meeting_in_a_third_country_is_044_and_in_a_party_country_a_visit()
    {
        var third = new DocBuilder("التقى بوتين ترامب في الرياض.").Entity("بوتين", Putin).Entity("ترامب", Trump).Entity("الرياض", "Q3692", EntityType.Location).Build();
        var e = Assert.Single(Run(third));
        Assert.Equal("044", e.Cameo);
        Assert.Equal("third-party", e.PloverMode);
        var home = new DocBuilder("التقى ترامب بوتين في دمشق.").Entity("بوتين", Putin).Entity("ترامب", Trump).Entity("دمشق", Damascus, EntityType.Location).Build();
        // Damascus belongs to neither: still a third location.
        Assert.Equal("044", Assert.Single(Run(home)).Cameo);
        var moscow = new DocBuilder("التقى ترامب بوتين في موسكو.").Entity("بوتين", Putin).Entity("ترامب", Trump).Entity("موسكو", "Q649", EntityType.Location).Build();
        var v = Assert.Single(Run(moscow));
        Assert.Equal("042", v.Cameo);
        Assert.Equal(new[] { Trump }, v.SourceActors);
        Assert.Equal(new[] { Putin }, v.TargetActors);
    }

    [Fact]
    public void Attribution_from_a_reporting_frame_and_its_paragraph()
    {
        var doc = new DocBuilder(
                "وقالت الرئاسة السورية في بيان إن بوتين دعا الشيباني إلى زيارة موسكو.",
                "أجرى بوتين اتصالاً هاتفياً مع الشرع.")
            .Entity("الرئاسة السورية", SyrianPresidency, EntityType.Organization).Entity("بوتين", Putin, nth: 0).Entity("بوتين", Putin, nth: 1)
            .Entity("الشيباني", "rasd:person:asaad-al-shaibani").Entity("موسكو", "Q649", EntityType.Location).Entity("الشرع", Sharaa).Build();
        var events = Run(doc);
        var invite = events.Single(e => e.Cameo == "036");
        Assert.Equal(SyrianPresidency, invite.Attribution);
        Assert.Equal("وقالت الرئاسة السورية في بيان", invite.AttributionText);
        Assert.Equal(new[] { Putin }, invite.SourceActors);
        // A new paragraph without a frame is the outlet's own account.
        var call = events.Single(e => e.Cameo == "041");
        Assert.Null(call.Attribution);
    }

    [Fact]
    public void Prepositional_frames_and_unnamed_sources()
    {
        var doc = new DocBuilder(
                "وبحسب “الكرملين”، اتفق بوتين والشرع على مواصلة الاتصالات.",
                "وبحسب مصادر دبلوماسية، سيزور بوتين دمشق.")
            .EntityAll("الكرملين", Kremlin, EntityType.Organization).EntityAll("بوتين", Putin).Entity("الشرع", Sharaa).Entity("دمشق", Damascus, EntityType.Location).Build();
        var events = Run(doc);
        var agree = events.Single(e => e.Cameo == "036");
        Assert.Equal(Kremlin, agree.Attribution);
        Assert.Equal("وبحسب “الكرملين”", agree.AttributionText);
        var visit = events.Single(e => e.Cameo == "042");
        Assert.StartsWith("rasd:anonymous:", visit.Attribution);
        Assert.Equal(Modality.Future, visit.Modality);
    }

    [Fact]
    public void A_speaker_with_nothing_else_to_report_makes_a_statement_attributed_to_itself()
    {
        var doc = new DocBuilder("وقال ميخائيل بوغدانوف، الثلاثاء 11 من شباط، إن العقوبات الغربية فقدت معناها.")
            .Entity("ميخائيل بوغدانوف", Bogdanov).Time("الثلاثاء 11 من شباط", Day(2025, 2, 11)).Build();
        var e = Assert.Single(Run(doc));
        Assert.Equal("010", e.Cameo);
        Assert.Null(e.Plover);
        Assert.Equal(new[] { Bogdanov }, e.SourceActors);
        Assert.Equal(Bogdanov, e.Attribution);
        Assert.Equal("2025-02-11", e.Date.Iso);
    }

    [Fact]
    public void Appeal_to_lift_sanctions_keeps_the_speaker_as_subject()
    {
        var doc = new DocBuilder("وقال بوغدانوف إن العقوبات الغربية ضد سوريا فقدت كل معناها، ودعا لرفع جميع القيود عن سوريا.")
            .Entity("بوغدانوف", Bogdanov).EntityAll("سوريا", Syria, EntityType.Country).Build();
        var e = Assert.Single(Run(doc));
        Assert.Equal("0254", e.Cameo);
        Assert.Equal("REQUEST", e.Plover);
        Assert.Equal("yield", e.PloverMode);
        Assert.Equal(new[] { Bogdanov }, e.SourceActors);
    }

    [Fact]
    public void Humanitarian_aid_offer_is_0333()
    {
        var doc = new DocBuilder("وأكد بوتين استعداد بلاده لتقديم المساعدات الإنسانية للشعب السوري.").Entity("بوتين", Putin).Build();
        var e = Assert.Single(Run(doc));
        Assert.Equal("0333", e.Cameo);
        Assert.Equal("AGREE", e.Plover);
        Assert.Equal(new[] { Putin }, e.SourceActors);
        Assert.Equal(Modality.Asserted, e.Modality);
    }

    [Fact]
    public void Dates_sentence_today_and_unresolved()
    {
        var withPub = new DocBuilder("استقبل الشرع اليوم بوغدانوف.").Entity("الشرع", Sharaa).Entity("بوغدانوف", Bogdanov)
            .Published(DateValue.OfDay(new DateOnly(2025, 1, 28), "dateline")).Build();
        var e = Assert.Single(Run(withPub));
        Assert.Equal("2025-01-28", e.Date.Iso);
        Assert.Equal("today", e.DateSource);

        var noPub = new DocBuilder("استقبل الشرع اليوم بوغدانوف.").Entity("الشرع", Sharaa).Entity("بوغدانوف", Bogdanov).Build();
        var u = Assert.Single(Run(noPub));
        Assert.False(u.Date.Resolved);
        Assert.Contains("publication date is unknown", u.Date.Note);

        // A date inside a quotation does not date the event outside it.
        var quoted = new DocBuilder("وأضاف بوتين أن “أحداث 8 كانون الأول لا تغير نهجنا”، مؤكداً دعم روسيا لوحدة سوريا.")
            .Entity("بوتين", Putin).Entity("روسيا", Russia, EntityType.Country).Entity("سوريا", Syria, EntityType.Country)
            .Time("8 كانون الأول", Day(2024, 12, 8)).Build();
        var q = Run(quoted).Single(x => x.Cameo == "051");
        Assert.False(q.Date.Resolved);
    }

    [Fact]
    public void Background_reference_is_flagged()
    {
        var doc = new DocBuilder("وسبق اتصال بوتين والشرع تصريحات روسية.").Entity("بوتين", Putin).Entity("الشرع", Sharaa).Build();
        var e = Assert.Single(Run(doc));
        Assert.True(e.Background);
    }

    [Fact]
    public void Lexicon_matches_clitics_and_rejects_other_words()
    {
        var lex = EventLexicon.Default;
        bool Has(string word, string cameo) => lex.TriggersAt(new[] { EventLexicon.Norm(word) }, 0).Any(t => t.Row.Cameo == cameo);
        Assert.True(Has("وزيارته", "042"));
        Assert.True(Has("بالاتصال", "041"));
        Assert.True(Has("سيزور", "042"));
        Assert.False(Has("الاجتماعي", "044"));
        Assert.False(Has("سياسة", "042"));
        Assert.True(lex.TriggersAt(new[] { EventLexicon.Norm("سيلتقي") }, 0).First().Future);
    }
    [Fact]
    public void Context_check_agrees_with_the_context_positions()
    {
        var rows = EventLexicon.Default.Rows.Where(r => r.Context.Count > 0).ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            // Every group's first word, behind a conjunction: all groups present.
            var all = row.Context.Select(g => "و" + g[0].TrimEnd('=')).Prepend("كلمة").ToList();
            var at = EventLexicon.ContextAt(row, all, 0, all.Count);
            Assert.True(EventLexicon.ContextHolds(row, all, 0, all.Count));
            Assert.NotNull(at);
            Assert.Equal(Enumerable.Range(1, row.Context.Count), at!);
            // The last group's word outside the window: missing.
            Assert.Equal(EventLexicon.ContextAt(row, all, 0, all.Count - 1) != null, EventLexicon.ContextHolds(row, all, 0, all.Count - 1));
        }
    }
}
