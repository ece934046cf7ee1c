using Rasd.Events;
using Rasd.Model;
using Rasd.Stories;
using static Rasd.Tests.Events.Ids;
using static Rasd.Tests.Events.CorpusKit;

namespace Rasd.Tests.Events;

public class CorefAndStoryTests
{
    private static Document Call(string text, string outlet, DateValue? time = null, string? timeSurface = null, DateValue? published = null)
    {
        var b = new DocBuilder(text).Entity("بوتين", Putin).Entity("الشرع", Sharaa).Outlet(outlet);
        if (time != null) b.Time(timeSurface!, time);
        if (published != null) b.Published(published);
        return b.Build(outlet + ".txt");
    }

    [Fact]
    public void Reports_of_one_call_merge_across_month_systems_precisions_and_missing_years()
    {
        var corpus = new Corpus();
        Link(corpus, Call("أجرى بوتين في 12 شباط 2025 اتصالاً هاتفياً مع الشرع.", "a", Day(2025, 2, 12), "12 شباط 2025"));
        Link(corpus, Call("في 12 فبراير، جرت محادثة هاتفية بين بوتين والشرع.", "b", YearLess(2, 12), "12 فبراير"));
        Link(corpus, Call("أجرى بوتين الشهر الماضي أول اتصال هاتفي مع الشرع.", "c", DateValue.OfMonth(2025, 2, "relative"), "الشهر الماضي"));
        var ev = Assert.Single(corpus.Events);
        Assert.Equal("2025-02-12", ev.Date.Iso);
        Assert.Equal(3, ev.Documents);
        Assert.Equal(3, ev.Outlets);
        Assert.Equal(3, ev.Attributions);
        Assert.False(ev.SingleSource);
        var yearless = ev.Mentions.Single(m => m.Outlet == "b");
        Assert.Equal("coreference", yearless.Date!.Basis);
        Assert.Equal("2025-02-12", yearless.Date.Iso);
    }

    [Fact]
    public void Same_day_calls_with_other_parties_stay_apart()
    {
        var corpus = new Corpus();
        Link(corpus, Call("أجرى بوتين في 12 شباط 2025 اتصالاً هاتفياً مع الشرع.", "a", Day(2025, 2, 12), "12 شباط 2025"));
        var trump = new DocBuilder("أجرى ترامب في 12 شباط 2025 اتصالاً هاتفياً مع بوتين.").Entity("ترامب", Trump).Entity("بوتين", Putin)
            .Time("12 شباط 2025", Day(2025, 2, 12)).Outlet("b").Build("b.txt");
        Link(corpus, trump);
        Assert.Equal(2, corpus.Events.Count);
        var other = Call("أجرى بوتين في 13 شباط 2025 اتصالاً هاتفياً مع الشرع.", "c", Day(2025, 2, 13), "13 شباط 2025");
        Link(corpus, other);
        Assert.Equal(3, corpus.Events.Count);
    }

    [Fact]
    public void Year_less_dates_of_a_document_take_the_year_of_its_coreferent_event()
    {
        var corpus = new Corpus();
        var posts = new DocBuilder(
                "في 28 يناير، زار بوغدانوف دمشق.",
                "في 12 فبراير، جرت محادثة هاتفية بين بوتين والشرع.")
            .Entity("بوغدانوف", Bogdanov).Entity("دمشق", Damascus, EntityType.Location).Entity("بوتين", Putin).Entity("الشرع", Sharaa)
            .Time("28 يناير", YearLess(1, 28)).Time("12 فبراير", YearLess(2, 12)).Outlet("channel").Build("posts.txt");
        // The channel comes first: its dates wait for the dated report, which then anchors them.
        Link(corpus, posts);
        Assert.All(corpus.Events, e => Assert.False(e.Date.Resolved));
        Link(corpus, Call("أجرى بوتين في 12 شباط 2025 اتصالاً هاتفياً مع الشرع.", "a", Day(2025, 2, 12), "12 شباط 2025"));
        var visit = corpus.Events.Single(e => e.Cameo == "042");
        Assert.Equal("2025-01-28", visit.Date.Iso);
        Assert.Equal("coreference", visit.Date.Basis);
        Assert.Equal("2025-02-12", corpus.Events.Single(e => e.Cameo == "041").Date.Iso);
    }

    [Fact]
    public void Background_reference_joins_the_event_instead_of_making_a_new_one()
    {
        var corpus = new Corpus();
        Link(corpus, Call("أجرى بوتين في 12 شباط 2025 اتصالاً هاتفياً مع الشرع.", "a", Day(2025, 2, 12), "12 شباط 2025"));
        Link(corpus, Call("وسبق اتصال بوتين والشرع تصريحات روسية.", "b"));
        var ev = Assert.Single(corpus.Events);
        Assert.Equal(2, ev.Documents);
        Assert.Contains(ev.Mentions, m => m.Background);
        Assert.Equal("2025-02-12", ev.Date.Iso);
    }

    [Fact]
    public void An_event_recalled_from_more_than_a_month_before_its_report_is_no_event_of_the_timeline_but_a_recent_one_is()
    {
        var corpus = new Corpus();
        // Published 17 January: a call of 27 November recalled ("وكان ... قد") is background; one of 10 January is news.
        Link(corpus, new DocBuilder("وكان بوتين قد أجرى في 27 تشرين الثاني 2024 اتصالاً هاتفياً مع الشرع.")
            .Entity("بوتين", Putin).Entity("الشرع", Sharaa).Time("27 تشرين الثاني 2024", Day(2024, 11, 27))
            .Published(Day(2025, 1, 17)).Outlet("a").Build("old.txt"));
        Assert.Empty(corpus.Events);
        Link(corpus, new DocBuilder("وكان بوتين قد أجرى في 10 كانون الثاني 2025 اتصالاً هاتفياً مع الشرع.")
            .Entity("بوتين", Putin).Entity("الشرع", Sharaa).Time("10 كانون الثاني 2025", Day(2025, 1, 10))
            .Published(Day(2025, 1, 17)).Outlet("b").Build("recent.txt"));
        Assert.Equal("2025-01-10", Assert.Single(corpus.Events).Date.Iso);
    }

    [Fact]
    public void A_happening_with_no_actor_that_a_report_comes_after_is_its_context_but_an_act_of_someone_named_is_an_event()
    {
        var ceasefire = Extraction.Run(new DocBuilder("وتأتي القمة بعد دخول اتفاق وقف إطلاق النار في غزة حيز التنفيذ يوم الجمعة الماضي.")
            .Time("يوم الجمعة الماضي", Day(2025, 10, 10)).Published(Day(2025, 10, 13)).Build("i.txt"));
        // Neither the ceasefire nor the summit is dated by the Friday the summit comes after.
        Assert.DoesNotContain(ceasefire, m => m.Date.Iso == "2025-10-10");
        var announced = Extraction.Run(new DocBuilder("وجاء اللقاء بعد إعلان ترامب أمس عزمه رفع العقوبات المفروضة على سوريا.")
            .Entity("ترامب", Trump).Entity("سوريا", Syria, EntityType.Country).Time("أمس", Day(2025, 5, 13)).Published(Day(2025, 5, 14)).Build("r.txt"));
        Assert.Contains(announced, m => m.SourceActors.Contains(Trump) && m.Date.Iso == "2025-05-13");
    }

    [Fact]
    public void The_same_host_receiving_another_guest_is_another_story()
    {
        const string Mbs = "rasd:person:mohammed-bin-salman", Aoun = "rasd:person:joseph-aoun", Riyadh = "Q3692";
        var corpus = new Corpus();
        var first = new DocBuilder("استقبل ولي العهد محمد بن سلمان في الرياض الرئيس أحمد الشرع، وبحث الشرع مع محمد بن سلمان الوضع في سوريا.")
            .EntityAll("محمد بن سلمان", Mbs).Entity("الرياض", Riyadh, EntityType.Location).Entity("أحمد الشرع", Sharaa).Entity("سوريا", Syria, EntityType.Country)
            .Entity("الشرع", Sharaa, nth: 1).Published(Day(2025, 2, 2)).Outlet("a").Build("sharaa.txt");
        Link(corpus, first);
        var second = new DocBuilder("استقبل ولي العهد محمد بن سلمان في الرياض الرئيس اللبناني جوزاف عون، وبحث عون مع محمد بن سلمان الوضع في لبنان وانتخاب الرئيس.")
            .EntityAll("محمد بن سلمان", Mbs).Entity("الرياض", Riyadh, EntityType.Location).EntityAll("عون", Aoun).Entity("لبنان", "Q822", EntityType.Country)
            .Published(Day(2025, 3, 3)).Outlet("b").Build("aoun.txt");
        Link(corpus, second);
        Assert.NotEqual(first.Items[0].Story, second.Items[0].Story);
        // A later report of the first visit, naming the same two, joins its story.
        var third = new DocBuilder("وكان ولي العهد محمد بن سلمان قد استقبل الرئيس أحمد الشرع في الرياض، في أول زيارة خارجية للشرع.")
            .EntityAll("محمد بن سلمان", Mbs).Entity("الرياض", Riyadh, EntityType.Location).Entity("أحمد الشرع", Sharaa).Entity("للشرع", Sharaa)
            .Published(Day(2025, 2, 3)).Outlet("c").Build("later.txt");
        Link(corpus, third);
        Assert.Equal(first.Items[0].Story, third.Items[0].Story);
    }

    [Fact]
    public void An_item_reporting_an_event_of_a_story_joins_it_however_much_else_it_reports_and_before_a_story_it_only_recalls()
    {
        const string Lavrov = "rasd:person:sergey-lavrov", Rubio = "rasd:person:marco-rubio", Zelensky = "rasd:person:volodymyr-zelensky";
        var corpus = new Corpus();
        var call = Call("أجرى بوتين في 12 شباط 2025 اتصالاً هاتفياً مع الشرع.", "a", Day(2025, 2, 12), "12 شباط 2025", Day(2025, 2, 12));
        Link(corpus, call);
        var talks = new DocBuilder("التقى لافروف في الرياض روبيو اليوم الثلاثاء لبحث العلاقات الثنائية.")
            .Entity("لافروف", Lavrov).Entity("روبيو", Rubio).Entity("الرياض", "Q3692", EntityType.Location)
            .Time("اليوم الثلاثاء", Day(2025, 2, 18)).Published(Day(2025, 2, 18)).Outlet("b").Build("talks.txt");
        Link(corpus, talks);
        Assert.NotEqual(call.Items[0].Story, talks.Items[0].Story);
        // A wire story: the call among many other reports of other people.
        var wire = new DocBuilder(
                "أجرى بوتين في 12 شباط 2025 اتصالاً هاتفياً مع الشرع.",
                "وقال زيلينسكي إن أوكرانيا لن تقبل أي اتفاق من دون مشاركتها.",
                "وأكد ترامب أن المفاوضات ستبدأ قريباً.",
                "ودعا زيلينسكي أوروبا إلى زيادة الدعم.",
                "وأعلن روبيو أنه سيزور المنطقة.")
            .Entity("بوتين", Putin).Entity("الشرع", Sharaa).EntityAll("زيلينسكي", Zelensky).Entity("ترامب", Trump).Entity("روبيو", Rubio)
            .Entity("أوكرانيا", Ukraine, EntityType.Country).Time("12 شباط 2025", Day(2025, 2, 12)).Published(Day(2025, 2, 13)).Outlet("c").Build("wire.txt");
        Link(corpus, wire);
        Assert.Equal(call.Items[0].Story, wire.Items[0].Story);
        // A report of the talks that recalls the call of the week before joins the talks, not the call.
        var after = new DocBuilder(
                "التقى لافروف في الرياض روبيو أمس الثلاثاء لبحث العلاقات الثنائية.",
                "وكان بوتين قد أجرى في 12 شباط 2025 اتصالاً هاتفياً مع الشرع.")
            .Entity("لافروف", Lavrov).Entity("روبيو", Rubio).Entity("الرياض", "Q3692", EntityType.Location).Entity("بوتين", Putin).Entity("الشرع", Sharaa)
            .Time("أمس الثلاثاء", Day(2025, 2, 18)).Time("12 شباط 2025", Day(2025, 2, 12)).Published(Day(2025, 2, 19)).Outlet("d").Build("after.txt");
        Link(corpus, after);
        Assert.Equal(talks.Items[0].Story, after.Items[0].Story);
    }

    [Fact]
    public void An_item_reporting_events_of_two_threads_makes_a_young_one_join_the_other_but_not_two_established_ones()
    {
        const string Lavrov = "rasd:person:sergey-lavrov", Rubio = "rasd:person:marco-rubio";
        Document Talks(string outlet) => new DocBuilder("التقى لافروف في الرياض روبيو اليوم الثلاثاء لبحث العلاقات الثنائية.", "المصدر: " + outlet)
            .Entity("لافروف", Lavrov).Entity("روبيو", Rubio).Entity("الرياض", "Q3692", EntityType.Location)
            .Time("اليوم الثلاثاء", Day(2025, 2, 18)).Published(Day(2025, 2, 18)).Outlet(outlet).Build(outlet + ".txt");
        Document Both(string outlet) => new DocBuilder(
                "أجرى بوتين في 12 شباط 2025 اتصالاً هاتفياً مع الشرع.",
                "والتقى لافروف في الرياض روبيو يوم 18 شباط 2025 لبحث العلاقات الثنائية.")
            .Entity("بوتين", Putin).Entity("الشرع", Sharaa).Entity("لافروف", Lavrov).Entity("روبيو", Rubio).Entity("الرياض", "Q3692", EntityType.Location)
            .Time("12 شباط 2025", Day(2025, 2, 12)).Time("يوم 18 شباط 2025", Day(2025, 2, 18)).Published(Day(2025, 2, 19)).Outlet(outlet).Build(outlet + ".txt");
        var corpus = new Corpus();
        var call = Call("أجرى بوتين في 12 شباط 2025 اتصالاً هاتفياً مع الشرع.", "a", Day(2025, 2, 12), "12 شباط 2025", Day(2025, 2, 12));
        Link(corpus, call);
        var talks = Talks("b");
        Link(corpus, talks);
        Assert.NotEqual(call.Items[0].Story, talks.Items[0].Story);
        var stories = corpus.Stories.Count;
        var both = Both("c");
        Link(corpus, both);
        Assert.Equal(call.Items[0].Story, talks.Items[0].Story);
        Assert.Equal(call.Items[0].Story, both.Items[0].Story);
        Assert.Equal(stories - 1, corpus.Stories.Count);
        Assert.All(corpus.Events.Where(e => e.Mentions.Any(m => m.Document == talks.Id)), e => Assert.Equal(call.Items[0].Story, e.Story));
        // two threads of three reports each stay two
        corpus = new Corpus();
        foreach (var o in new[] { "a1", "a2", "a3" })
            Link(corpus, Call("أجرى بوتين في 12 شباط 2025 اتصالاً هاتفياً مع الشرع. المصدر: " + o, o, Day(2025, 2, 12), "12 شباط 2025", Day(2025, 2, 12)));
        var t = new[] { "b1", "b2", "b3" }.Select(Talks).ToList();
        foreach (var d in t) Link(corpus, d);
        stories = corpus.Stories.Count;
        Link(corpus, Both("c"));
        Assert.Equal(stories, corpus.Stories.Count);
    }

    [Fact]
    public void The_word_today_inside_the_next_day_does_not_date_a_recalled_event_on_the_publication_day()
    {
        var found = Extraction.Run(new DocBuilder("وكان ترامب قد أعلن في 13 ماي الماضي عزمه رفع العقوبات عن سوريا، قبل أن يلتقي في اليوم التالي الشرع.")
            .Entity("ترامب", Trump).Entity("سوريا", Syria, EntityType.Country).Entity("الشرع", Sharaa)
            .Time("13 ماي الماضي", Day(2025, 5, 13), background: true).Time("اليوم التالي", Day(2025, 5, 14), background: true)
            .Published(Day(2025, 7, 1)).Build("t.txt"));
        Assert.NotEmpty(found);
        Assert.DoesNotContain(found, m => m.Date.Iso == "2025-07-01");
    }

    [Fact]
    public void An_attack_by_a_states_force_and_by_the_state_on_one_day_is_one_event_a_year_less_report_included()
    {
        const string Irgc = "rasd:group:irgc", Qatar = "Q846";
        var corpus = new Corpus();
        var qna = new DocBuilder("الدوحة في 23 يونيو /قنا/ أدانت دولة قطر بشدة استهداف قاعدة العديد الجوية من قبل الحرس الثوري الإيراني.")
            .Entity("قطر", Qatar, EntityType.Country).Entity("الحرس الثوري الإيراني", Irgc, EntityType.Organization)
            .Time("23 يونيو", YearLess(6, 23)).Outlet("qna").Build("qna.txt");
        Link(corpus, qna);
        var afp = new DocBuilder("أطلقت إيران مساء الاثنين صواريخ على قاعدة العديد الجوية الأميركية في قطر.")
            .Entity("إيران", Iran, EntityType.Country).Entity("قطر", Qatar, EntityType.Country)
            .Time("مساء الاثنين", Day(2025, 6, 23)).Published(Day(2025, 6, 24)).Outlet("afp").Build("afp.txt");
        Link(corpus, afp);
        var attack = Assert.Single(corpus.Events, e => e.Cameo.StartsWith("19", StringComparison.Ordinal));
        Assert.Equal(2, attack.Documents);
        Assert.Equal("2025-06-23", attack.Date.Iso);
    }

    [Fact]
    public void A_condemnation_whose_speaker_a_headline_leaves_unnamed_is_its_own_documents_not_another_speakers()
    {
        const string Turkey = "Q43", Saudi = "Q851";
        var corpus = new Corpus();
        Link(corpus, new DocBuilder("أدانت تركيا، الأربعاء، الاعتداءات الإسرائيلية على سوريا.")
            .Entity("تركيا", Turkey, EntityType.Country).Entity("سوريا", Syria, EntityType.Country)
            .Time("الأربعاء", Day(2025, 7, 16)).Published(Day(2025, 7, 16)).Outlet("a").Build("turkey.txt"));
        var spa = new DocBuilder("المملكة تدين الاعتداءات الإسرائيلية على سوريا", "أدانت السعودية الاعتداءات الإسرائيلية على سوريا.")
            .Entity("السعودية", Saudi, EntityType.Country).EntityAll("سوريا", Syria, EntityType.Country)
            .Published(Day(2025, 7, 16)).Outlet("b").Build("spa.txt");
        Link(corpus, spa);
        var turkish = Assert.Single(corpus.Events, e => e.SourceActors.Contains(Turkey));
        Assert.All(turkish.Mentions, m => Assert.NotEqual(spa.Id, m.Document));
        Assert.Equal(2, Assert.Single(corpus.Events, e => e.SourceActors.Contains(Saudi)).Mentions.Count);
    }

    [Fact]
    public void A_signatory_speaking_of_the_agreement_just_signed_makes_a_statement_not_a_new_intent()
    {
        const string Abdi = "rasd:مظلوم عبدي";
        var found = Extraction.Run(new DocBuilder("وقّع الشرع أمس مع مظلوم عبدي اتفاقاً لدمج المؤسسات.", "وقال عبدي إن الاتفاق يمثل فرصة حقيقية لبناء سوريا جديدة.")
            .Entity("الشرع", Sharaa).Entity("مظلوم عبدي", Abdi).Entity("عبدي", Abdi, nth: 1).Entity("سوريا", Syria, EntityType.Country)
            .Time("أمس", Day(2025, 3, 10)).Published(Day(2025, 3, 11)).Build("c.txt"));
        Assert.Contains(found, m => m.Cameo == "057");
        Assert.Contains(found, m => m.Cameo == "010" && m.SourceActors.SequenceEqual(new[] { Abdi }));
        Assert.DoesNotContain(found, m => m.Cameo == "030");
    }

    [Fact]
    public void Single_source_claim_is_marked_and_repeated_accounts_count_once()
    {
        var corpus = new Corpus();
        Document Readout(string outlet) => new DocBuilder("وقالت الرئاسة السورية في بيان إن بوتين دعا الشيباني إلى زيارة موسكو في 12 شباط 2025.")
            .Entity("الرئاسة السورية", SyrianPresidency, EntityType.Organization).Entity("بوتين", Putin).Entity("الشيباني", "rasd:person:asaad-al-shaibani")
            .Entity("موسكو", "Q649", EntityType.Location).Time("12 شباط 2025", Day(2025, 2, 12)).Outlet(outlet).Build(outlet + ".txt");
        Link(corpus, Readout("a"));
        Link(corpus, Readout("b") is var d && d.Text.Length > 0 ? new DocBuilder(d.Text + " ").Entity("الرئاسة السورية", SyrianPresidency, EntityType.Organization)
            .Entity("بوتين", Putin).Entity("الشيباني", "rasd:person:asaad-al-shaibani").Entity("موسكو", "Q649", EntityType.Location)
            .Time("12 شباط 2025", Day(2025, 2, 12)).Outlet("b").Build("b.txt") : d);
        var ev = Assert.Single(corpus.Events);
        Assert.Equal(2, ev.Outlets);
        Assert.Equal(1, ev.Attributions);
        Assert.True(ev.SingleSource);
    }

    [Fact]
    public void Appended_story_is_its_own_item_in_its_own_story_and_threads_continue_after_reload()
    {
        var corpus = new Corpus();
        var host = new DocBuilder(
                "أجرى بوتين في 12 شباط 2025 اتصالاً هاتفياً مع الشرع حول الوضع في سوريا والقواعد الروسية.",
                "وأكد بوتين دعم روسيا لوحدة سوريا وسيادتها.",
                "أجرى ترامب اتصالاً هاتفياً مع زيلينسكي حول الحرب في أوكرانيا والمفاوضات.")
            .ItemAt(2)
            .EntityAll("بوتين", Putin).Entity("الشرع", Sharaa).EntityAll("سوريا", Syria, EntityType.Country).Entity("روسيا", Russia, EntityType.Country)
            .Entity("ترامب", Trump).Entity("زيلينسكي", "rasd:person:volodymyr-zelensky").Entity("أوكرانيا", "Q212", EntityType.Country)
            .Time("12 شباط 2025", Day(2025, 2, 12)).Outlet("a").Build("host.txt");
        Link(corpus, host);
        Assert.Equal(2, host.Items.Count);
        Assert.NotEqual(host.Items[0].Story, host.Items[1].Story);
        Assert.Equal(2, corpus.Stories.Count);

        // A later report of the same call joins the first thread, also from a corpus reloaded without its index.
        corpus.State.Clear();
        var later = Call("في 12 فبراير، جرت محادثة هاتفية بين بوتين والشرع حول سوريا.", "b", YearLess(2, 12), "12 فبراير");
        Link(corpus, later);
        Assert.Equal(host.Items[0].Story, later.Items[0].Story);
        var story = corpus.Stories.Single(s => s.Id == host.Items[0].Story);
        Assert.Contains(later.Items[0].Id, story.Items);
        Assert.Equal("2025-02-12", story.First?.Iso);
        Assert.All(corpus.Events.Where(e => e.Mentions.Any(m => m.Item == host.Items[0].Id)), e => Assert.Equal(story.Id, e.Story));
    }

    [Fact]
    public void Timeline_lists_dated_events_first_and_says_why_others_are_undated()
    {
        var corpus = new Corpus();
        Link(corpus, Call("أجرى بوتين في 12 شباط 2025 اتصالاً هاتفياً مع الشرع.", "a", Day(2025, 2, 12), "12 شباط 2025"));
        Link(corpus, new DocBuilder("وقال بوغدانوف إن موسكو ستواصل تقديم المساعدات الإنسانية.").Entity("بوغدانوف", Bogdanov).Outlet("b").Build("b.txt"));
        var text = Timeline.Render(corpus.Events, corpus.Entities);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("  2025-02-12", lines[0]);
        Assert.Contains("telephone_call [041]", lines[0]);
        Assert.Contains(Timeline.SingleSourceMark, lines[0]);
        Assert.Contains(lines, l => l.Contains("date unknown: no date in the sentence"));
        Assert.True(Array.FindIndex(lines, l => l.Contains("undated")) > 0);
    }

    [Fact]
    public void Csv_has_one_row_per_event_with_actors_codes_and_corroboration()
    {
        var corpus = new Corpus();
        Link(corpus, Call("أجرى بوتين في 12 شباط 2025 اتصالاً هاتفياً مع الشرع، \"في أول اتصال\".", "a", Day(2025, 2, 12), "12 شباط 2025"));
        Link(corpus, Call("في 12 فبراير، جرت محادثة هاتفية بين بوتين والشرع.", "b", YearLess(2, 12), "12 فبراير"));
        var w = new StringWriter();
        EventCsv.Write(w, corpus.Events, corpus.Entities);
        var rows = w.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("event_id,sql_date,date,", rows[0]);
        Assert.Contains(",20250212,2025-02-12,day,", rows[1]);
        Assert.Contains($",{Putin},بوتين,", rows[1]);
        Assert.Contains(",041,04,CONSULT,phone,", rows[1]);
        Assert.Contains(",2,2,2,2,0,", rows[1]);
        Assert.Equal("\"a,\"\"b\"\"\"", EventCsv.Cell("a,\"b\""));
        Assert.Equal("'=1", EventCsv.Cell("=1"));
    }

    [Theory]
    [InlineData(5, "2025-01-28")]     // a short post: its reports without a date are of the day it states
    [InlineData(20, null)]            // a long article: only a report close by lends its date
    public void A_report_without_a_date_takes_the_date_stated_before_it_in_a_short_item_however_far(int fillers, string? expected)
    {
        // Lines without any event between the dated report and the undated one, more than the close-by gap.
        var filler = "وتقع المدينة القديمة على ضفاف النهر وتضم أسواقاً وحدائق واسعة يقصدها السكان في أيام العطل والمناسبات العامة طوال السنة.";
        // A reference back to the talks in between: the sentence-by-sentence date context of the extraction stops at it.
        var lines = new List<string> { "في 28 يناير 2025، زار بوغدانوف دمشق والتقى الشرع.", "خلال تبادل وجهات النظر، تم التأكيد على أهمية الحوار." };
        lines.AddRange(Enumerable.Repeat(filler, fillers));
        lines.Add("واتفق الجانبان على استمرار الاتصالات الثنائية.");
        var doc = new DocBuilder(lines.ToArray()).Entity("بوغدانوف", Bogdanov).Entity("الشرع", Sharaa)
            .Time("28 يناير 2025", Day(2025, 1, 28)).Outlet("a").Build("a.txt");
        var corpus = new Corpus();
        Link(corpus, doc);
        var intent = Assert.Single(corpus.Events, e => e.Cameo == "036");
        Assert.Equal(expected, intent.Date.Resolved ? intent.Date.Iso : null);
    }
}
