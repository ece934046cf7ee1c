using Rasd.Actors;
using Rasd.Language;
using Rasd.Model;
using Rasd.Pipeline;

namespace Rasd.Events;

/// <summary>
/// The "events" document stage: finds event triggers in each sentence of each item (verbs and nominalisations from
/// Data/events/triggers.tsv), reads their arguments (source and target actors from the actors stage's mentions,
/// location, date from the time stage, modality), the attribution frame that governs the sentence, and writes
/// <see cref="Document.Events"/>. A sentence with a reporting verb and nothing else to report is a plain statement (010).
/// </summary>
public sealed class EventsStage : IDocumentStage
{
    public string Name => "events";
    private readonly EventLexicon _lex;
    private readonly ActorDictionary? _dict;

    public EventsStage() : this(EventLexicon.Default, SafeDictionary()) { }
    public EventsStage(EventLexicon lex, ActorDictionary? dict)
    {
        _lex = lex;
        _dict = dict;
    }

    private static ActorDictionary? SafeDictionary()
    {
        try { return ActorDictionary.Default; }
        catch (Exception ex) when (ex is FileNotFoundException or FormatException or InvalidDataException) { return null; }
    }

    public void Process(Document doc)
    {
        doc.Events.Clear();
        doc.Events.AddRange(new Extraction(doc, _lex, _dict).Run());
    }

    /// <summary>An actor mention in a sentence, by word positions.</summary>
    internal sealed record ActorRef(int Start, int End, string Id, EntityType Type, bool IsPlace, string? Stands)
    {
        /// <summary>The mention says where ("في دمشق", "بموسكو"), not who.</summary>
        public bool Where { get; init; }
        /// <summary>The mention qualifies another actor's title ("وزير خارجية الجمهورية العربية السورية أسعد الشيباني").</summary>
        public bool InTitle { get; init; }
        /// <summary>The mention is a name (not a role phrase or a pronoun-like reference).</summary>
        public bool Name { get; init; }
        /// <summary>"لرويترز", "لوكالة تاس": the one spoken to, not the speaker.</summary>
        public bool Dative { get; init; }
        /// <summary>A conjunction or preposition attached to the mention's first word ("بسمو الأمير", "وبوتين").</summary>
        public bool Attached { get; init; }
    }

    /// <summary>Words after a trigger searched for its context words.</summary>
    public const int ContextWindow = 20;

    /// <summary>041 is more specific than 040, 0333 than 033.</summary>
    internal static bool MoreSpecific(string a, string b) =>
        (b == "040" && a != "040") || (a.Length > b.Length && a.StartsWith(b, StringComparison.Ordinal)) || (b.EndsWith('0') && a.Length == b.Length && a[..^1] == b[..^1] && a != b);

    internal sealed record FrameRef(int Start, int End, FrameKind Kind, string? Actor, Span Text, bool Inherited);

    private sealed class Extraction(Document doc, EventLexicon lex, ActorDictionary? dict)
    {
        private readonly List<EventMention> _out = new();
        // Cue lookups of the current sentence, memoised: clause, modality and pair checks ask for the same words often.
        // Cue lookups of the current sentence, memoised per kind and word (0 unknown, 1 no, 2 yes) in a buffer reused
        // by the thread: clause, modality and pair checks ask for the same words often.
        [ThreadStatic] private static sbyte[]? _memo;
        [ThreadStatic] private static int[]? _memoStamp;
        [ThreadStatic] private static int _stamp;
        [ThreadStatic] private static Dictionary<string, int>? _kinds;
        private List<string>? _memoFor;

        private bool Cue(string kind, List<string> norms, int at)
        {
            if ((uint)at >= (uint)norms.Count) return false;
            // Kinds are literals (interned): found by reference, without hashing the name on every call.
            var kinds = _kinds ??= new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
            if (!kinds.TryGetValue(kind, out var ki)) kinds[kind] = ki = kinds.Count;
            const int MaxKinds = 64;
            if (ki >= MaxKinds || at >= 4096) return lex.IsCue(kind, norms, at);
            if (!ReferenceEquals(_memoFor, norms))
            {
                // A new sentence: a new stamp instead of clearing the buffer.
                _memoFor = norms;
                var need = norms.Count * MaxKinds;
                if (_memo == null || _memo.Length < need) { _memo = new sbyte[Math.Max(need, 256 * MaxKinds)]; _memoStamp = new int[_memo.Length]; }
                if (++_stamp == int.MaxValue) { Array.Clear(_memoStamp!); _stamp = 1; }
            }
            var at0 = at * MaxKinds + ki;
            if (_memoStamp![at0] == _stamp) return _memo![at0] == 2;
            var v = lex.IsCue(kind, norms, at);
            _memo![at0] = (sbyte)(v ? 2 : 1);
            _memoStamp[at0] = _stamp;
            return v;
        }
        private DateValue? _context;
        /// <summary>The date the current item's own line gives it (a post's head or foot), if any.</summary>
        private DateValue? _postDate;

        public List<EventMention> Run()
        {
            if (doc.Items.Count == 0) return _out;
            foreach (var item in doc.Items) RunItem(item);
            return _out;
        }

        private Dictionary<string, List<Sentence>>? _byItem;

        private IEnumerable<Sentence> SentencesOf(Item item)
        {
            if (_byItem == null)
            {
                _byItem = new Dictionary<string, List<Sentence>>(StringComparer.Ordinal);
                foreach (var x in doc.Sentences)
                {
                    if (!_byItem.TryGetValue(x.ItemId, out var l)) _byItem[x.ItemId] = l = new List<Sentence>();
                    l.Add(x);
                }
            }
            if (_byItem.TryGetValue(item.Id, out var s) && s.Count > 0) return s;
            var paras = item.Paragraphs.Count > 0 ? item.Paragraphs : new List<Span> { item.Span };
            return paras.Select((p, i) => new Sentence(p, item.Id, i));
        }

        /// <summary>What the sentences of one item have said so far.</summary>
        private sealed class ItemState
        {
            public string? LastSpeaker;
            /// <summary>The last frame naming its source, for a later "وأضاف البيان" that stands for it.</summary>
            public FrameRef? LastFrame;
            public FrameRef? LeadFrame;
            public int LeadParagraph;
            public readonly List<EventMention> Events = new();
            public EventMention? LastConsult, LastEvent;
            /// <summary>The last event naming who did it ("ندد بوتين بالهجوم": the condemnation, not the attack).</summary>
            public EventMention? LastSourced;
            public DateValue? LastDate;
            /// <summary>The place of the dispatch's dateline ("الرباط - أعلنت ..."), read from its first sentence.</summary>
            public ActorRef? Dateline;
            public bool DatelineRead;
        }

        /// <summary>A trigger found at a word of the sentence, before arguments are read.</summary>
        internal readonly record struct Candidate(int At, TriggerRow Row, int Length, bool Future, bool ObjectSuffix, string Proclitic, int Window);

        private static int FrameRank(FrameKind k) => k switch { FrameKind.Relay => 0, FrameKind.Prep => 1, _ => 2 };

        private void RunItem(Item item)
        {
            var published = item.Published ?? doc.Meta.Published;
            _postDate = item.Published;
            // A title taken from the first sentence (a post, a corpus whose headline is metadata) is the lead, not a headline.
            var titleParagraph = item.TitleSpan is { } ts && !item.TitleDerived && item.Paragraphs.Count > 0 && item.Paragraphs[0] == ts ? 0 : -1;
            var leadParagraph = titleParagraph + 1;
            FrameRef? paragraphFrame = null;
            var paragraph = -1;
            var st = new ItemState();
            var titleCount = 0;
            foreach (var sent in SentencesOf(item))
            {
                _context = st.LastDate;
                _accusedObject = -1;
                if (sent.Paragraph != paragraph) { paragraph = sent.Paragraph; paragraphFrame = null; }
                var toks = Tokenizer.Tokens(doc, sent.Span);
                if (toks.Count == 0) continue;
                var norms = toks.Select(t => t.Norm).ToList();
                if (!st.DatelineRead && sent.Paragraph >= leadParagraph)
                {
                    st.DatelineRead = true;
                    st.Dateline = DatelinePlace(toks);
                }
                // Most sentences hold no word any trigger, frame or cue is made of: nothing to read there.
                var any = false;
                for (var k = 0; k < norms.Count && !any; k++) any = lex.MayMatchAt(norms, k);
                if (!any)
                {
                    if (OwnDate(sent, published) is { } own0) st.LastDate = own0;
                    continue;
                }
                var actors = Actors(toks);
                Delegations(norms, actors);
                Definites(item, toks, norms, actors);
                var frames = Frames(toks, norms, actors, st.LastSpeaker, st.LastFrame);
                // Triggers first (a verb of saying followed by "هاتفياً" is a call, not a frame), then arguments.
                var cands = new List<Candidate>();
                // Context words are looked for in the trigger's own clause: up to the next complementizer or full stop.
                var clauseEnd = new int[toks.Count + 1];
                clauseEnd[toks.Count] = toks.Count;
                for (var k = toks.Count - 1; k >= 0; k--) clauseEnd[k] = norms[k] is "." or ";" || Cue("complementizer", norms, k) ? k : clauseEnd[k + 1];
                // The context window counts words, not the brackets and quotes around a name ("«قوات سوريا الديمقراطية» (قسد)").
                var windowEnd = new int[toks.Count + 1];
                for (int k = 0, e = 0, words = 0; k <= toks.Count; k++)
                {
                    if (k > 0 && k - 1 < toks.Count && toks[k - 1].Kind != TokenKind.Punct) words--;
                    while (e < toks.Count && (words < ContextWindow || toks[e].Kind == TokenKind.Punct)) { if (toks[e].Kind != TokenKind.Punct) words++; e++; }
                    windowEnd[k] = e;
                }
                // Words no trigger starts at are skipped in the loop header: the body's lambdas capture its locals, an allocation per entry.
                for (var i = NextTrigger(toks, norms, 0); i < toks.Count; i = NextTrigger(toks, norms, i + 1))
                {
                    // A word of a person's name is no trigger ("فيصل" read as ف + يصل).
                    if (actors.Exists(a => a.Type == EntityType.Person && a.Start <= i && i < a.End)) continue;
                    var inFrame = frames.Any(f => f.Start <= i && i < f.End && !f.Inherited);
                    var best = lex.TriggersAt(norms, i, EventLexicon.EndsWithTaMarbuta(toks[i].Text))
                        .Where(t => (!inFrame || (t.Row.Context.Count > 0 && frames.Any(f => f.Start == i && f.Kind is FrameKind.Statement or FrameKind.Verb)))
                                    && (EventLexicon.ContextHolds(t.Row, norms, i + t.Length, Math.Min(clauseEnd[Math.Min(toks.Count, i + t.Length)], windowEnd[Math.Min(toks.Count, i + t.Length)]))
                                        // "الاتفاق الذي وقعه": a relative clause's verb finds its context in the noun it qualifies.
                                        || t.Row.Context.Count > 0 && i > 1 && Cue("relative", norms, i - 1) && EventLexicon.ContextHolds(t.Row, norms, Math.Max(0, i - 4), i - 1)
                                        // "في بيان مشترك وقعه ...": so does a verb of signing with the pronoun of an indefinite document just before it.
                                        || t.Row.Cameo == "057" && t.Row.Verb && t.ObjectSuffix && i > 0
                                           && (EventLexicon.ContextHolds(t.Row, norms, Math.Max(0, i - 3), i) || SignedDocumentBefore(norms, i))))
                        .Earliest();
                    if (best.Row == null) continue;
                    cands.Add(new Candidate(i, best.Row, best.Length, best.Future, best.ObjectSuffix, best.Proclitic,
                        Math.Min(clauseEnd[Math.Min(toks.Count, i + best.Length)], windowEnd[Math.Min(toks.Count, i + best.Length)])));
                    if (inFrame) frames.RemoveAll(f => f.Start == i);
                }
                // A verb after a relative pronoun that follows a trigger of its kind is that event ("الضربات الأمريكية التي استهدفت").
                _hostedAt.Clear();
                if (cands.Count > 1)
                {
                    var all = cands.ToArray();
                    cands.RemoveAll(c => c.At > 0 && Cue("relative", norms, c.At - 1)
                                         && Array.Exists(all, d => d.At < c.At - 1 && d.At >= c.At - 4 && EventFamilies.Of(d.Row.Cameo) == EventFamilies.Of(c.Row.Cameo)));
                    // "الاتفاق الذي وقعه اليوم مع الشرع": the agreement named before the relative pronoun is the one signed.
                    cands.RemoveAll(d => !d.Row.Verb && d.Row.Plover is "AGREE" or "RETREAT" && d.Row.Cameo != "057"
                                         && Array.Exists(all, c => c.Row.Cameo == "057" && c.Row.Verb && c.At > d.At + d.Length && c.At <= d.At + d.Length + 2
                                                                   && Cue("relative", norms, c.At - 1)));
                    // "المحادثات غير المباشرة مع ويتكوف، التي استضافتها العاصمة العمانية مسقط": who hosts talks named before
                    // the relative pronoun is where they took place, not a host receiving a guest.
                    cands.RemoveAll(c =>
                    {
                        if (c.At == 0 || !Cue("relative", norms, c.At - 1) || !(c.Row.Frame == "host" || c.Row.Cameo == "044" && c.Row.Verb)) return false;
                        var talks = Array.FindLastIndex(all, d => d.At < c.At - 1 && d.At >= c.At - 13 && clauseEnd[d.At] >= c.At - 1 && d.Row.Plover == "CONSULT"
                                                                  && d.Row.Type is "consult" or "meeting" or "negotiation" && !d.Row.Verb);
                        if (talks < 0) return false;
                        var place = actors.FirstOrDefault(a => a.Start > c.At && a.Start <= c.At + c.Length + 3 && (a.IsPlace || a.Type == EntityType.Country));
                        if (place != null) _hostedAt[all[talks].At] = place.Id;
                        return true;
                    });
                }
                var frame = frames.Where(f => f.Actor != null).OrderBy(f => FrameRank(f.Kind)).ThenBy(f => f.Start).FirstOrDefault();
                var speakerFrame = frames.FirstOrDefault(f => f.Actor != null && f.Kind is FrameKind.Statement or FrameKind.Verb);
                if (frame != null)
                {
                    paragraphFrame = frame;
                    st.LastFrame = frame;
                }
                if (speakerFrame != null && dict?.Get(speakerFrame.Actor!) is not { Type: EntityType.Location }) st.LastSpeaker = speakerFrame.Actor;
                // A short dispatch's source named in its lead ("بحسب ما أعلنت الخدمة الصحفية للكرملين") governs its later
                // paragraphs that name none: a readout retold paragraph by paragraph.
                if (frame is { Kind: FrameKind.Prep or FrameKind.Relay, Actor: { } la } && sent.Paragraph <= leadParagraph + 2
                    && !la.StartsWith("rasd:anonymous:", StringComparison.Ordinal) && (item.CleanText.Length > 0 ? item.CleanText.Length : item.Span.Length) <= 1500)
                    if (st.LeadFrame == null) { st.LeadFrame = frame; st.LeadParagraph = sent.Paragraph; }
                var governing = frame ?? paragraphFrame ?? (st.LeadFrame is { } lf && sent.Paragraph > st.LeadParagraph ? lf : null);
                var found = new List<EventMention>();
                _sentenceFound = found;
                var praised = new HashSet<EventMention>(ReferenceEqualityComparer.Instance);
                var used = new bool[toks.Count];
                foreach (var c in cands)
                {
                    var i = c.At;
                    if (used[i]) continue;
                    for (var k = i; k < i + c.Length; k++) used[k] = true;
                    // Context words belong to this event ("دعا ... إلى زيارة موسكو" is an invitation, not a visit), unless
                    // they are its circumstance ("اتفقا خلال اتصالهما على ...": the call is an event of its own).
                    foreach (var k in EventLexicon.ContextAt(c.Row, norms, i + c.Length, c.Window) ?? new List<int>())
                        if (!During(norms, k)) used[k] = true;
                    // What is agreed on is no event of its own ("اتفقا على مواصلة الاتصالات، بما في ذلك تنظيم لقاء مباشر");
                    // who mediated it is ("بوساطة من قطر").
                    // What is asked for is no event either ("طلب الوفد الأوكراني عقد لقاء مباشر بين رئيسي البلدين", "طالبوا
                    // بالعودة إلى وقف إطلاق النار").
                    if (c.Row.Plover is "AGREE" or "REQUEST")
                    {
                        var (_, ce0) = Clause(norms, i, i + c.Length);
                        foreach (var d in cands)
                            // (not the visit a relative clause tells of a party's: "وقعه ...، الذي يقوم بزيارة للمملكة")
                            if (d.At > i && d.At < ce0 && !(!d.Row.Verb && d.At > 1 && Cue("relative", norms, d.At - 2) && Cue("light", norms, d.At - 1))
                                && (d.Row.Plover == "CONSULT" || c.Row.Plover == "REQUEST" && d.Row.Plover is "AGREE" or "RETREAT") && d.Row.Cameo != "045"
                                && !(d.At > 0 && During(norms, d.At))) used[d.At] = true;
                    }
                    // What is rejected, right after the rejection, is no event of the one who rejects ("لا تعترف بإعادة فرض
                    // العقوبات", "رفضه للإعلان الدستوري").
                    // Nor is the act a threat threatens ("هدد نصر الله إسرائيل باستهداف مفاعل ديمونا").
                    if (c.Row.Plover is "REJECT" or "THREATEN")
                    {
                        var threatEnd = c.Row.Plover == "THREATEN" ? Clause(norms, i, i + c.Length).End : 0;
                        foreach (var d in cands)
                            if (d.At >= i + c.Length && (c.Row.Plover == "REJECT" ? d.At <= i + c.Length + 3
                                                             : d.Row.Plover == "ASSAULT" && d.At < threatEnd && d.Proclitic.Contains('ب'))) used[d.At] = true;
                    }
                    var m = Build(item, sent, toks, norms, actors, frames, governing, speakerFrame, c, published, sent.Paragraph == leadParagraph, st, cands, used);
                    if (m == null) continue;
                    // "احترام وقف إطلاق النار", "منذ دخول وقف إطلاق النار حيز التنفيذ", "التزامه باتفاق وقف إطلاق النار": the
                    // ceasefire in force, not one agreed now.
                    if (m.Cameo == "0871" && !c.Row.Verb && (c.At > 0 && Cue("standing-ceasefire", norms, c.At - 1) || c.At > 1 && Cue("standing-ceasefire", norms, c.At - 2))) continue;
                    // "على أقصى تقدير" (at most), "حسب تقدير": an estimate, not appreciation.
                    if (m.Cameo == "051" && c.At > 0 && Cue("not-praise-before", norms, c.At - 1)) continue;
                    if (m.Cameo == "042" && c.Row.Verb && c.At > 0 && Cue("not-visit-before", norms, c.At - 1)) continue;
                    if (m.Cameo == "163" && c.At > 0 && Cue("not-sanction-before", norms, c.At - 1)) continue;
                    // "استهدفت الغارة اجتماعا لقيادات حوثية": a meeting an attack strikes is its target, no event of its own
                    if (m.Plover == "CONSULT" && !c.Row.Verb && cands.Any(d => d.Row.Plover == "ASSAULT" && d.At < c.At && c.At - (d.At + d.Length) <= 3
                                                                                && !Blocked(toks, d.At + d.Length, c.At, comma: true))) continue;
                    // "لتصل إلى ما يقارب تريليون دولار", "توصلا إلى اتفاق": a figure or an outcome reached is no place visited
                    if (m.Cameo == "042" && c.Row.Verb && c.At + c.Length + 1 < norms.Count && norms[c.At + c.Length] is "الي" or "إلى"
                        && Cue("not-visit-after", norms, c.At + c.Length + 1)) continue;
                    // Only a verb of praise or welcome with its subject ("رحب غوتيريش بالمبادرة"): not "لاقى إشادة", "محل ترحيب",
                    // nor "ثمن النهائي" (the round of sixteen).
                    // "أعرب عن ترحيبه", "أبدى ارتياحه": the noun with the pronoun of a light verb's subject is such a verb.
                    if (c.Row.Cameo == "051" && c.Row.Context.Count == 0 && (c.Row.Verb || c.ObjectSuffix && Enumerable.Range(Math.Max(0, c.At - 8), Math.Min(8, c.At)).Any(k => Cue("light", norms, k)))
                        && !Cue("not-praise", norms, c.At)
                        && m.SourceActors.Count > 0 && !m.SourceActors[0].StartsWith("rasd:anonymous:", StringComparison.Ordinal)) praised.Add(m);
                    // "مجدداً دعمه لمبادرة الحكم الذاتي": backing a plan by name, by someone named
                    else if (c.Row.Cameo == "051" && m.SourceActors.Count > 0 && !m.SourceActors[0].StartsWith("rasd:anonymous:", StringComparison.Ordinal)
                             && c.At + c.Length < norms.Count && Cue("plan-object", norms, c.At + c.Length))
                    {
                        // (the plan is what is backed: the names after it are no party of the backing)
                        m = m with { TargetActors = new List<string>() };
                        praised.Add(m);
                    }
                    // One report of an event per sentence ("مستعدة لمواصلة المساعدة ... تقديم المساعدات"): a more
                    // specific code (the call after "exchange of views", humanitarian aid) refines the first.
                    // "شنت إسرائيل هجوماً على إيران استهدف منشآت": a verb right after an attack noun, with no و and no subject
                    // of its own, describes that attack; its subject is the attack's, whatever the word before it.
                    var described = c.Row.Verb && !(c.Proclitic.Length > 0 && c.Proclitic[0] is 'و' or 'ف') && EventFamilies.Of(m.Cameo) == "force"
                        ? found.FindIndex(x => EventFamilies.Of(x.Cameo) == "force" && x.Trigger.End <= m.Trigger.Start && x.SourceActors.Count > 0
                                               && toks.Count(t => t.Span.Start >= x.Trigger.End && t.Span.End <= m.Trigger.Start && t.Kind != TokenKind.Punct) <= 5
                                               && !toks.Any(t => t.Span.Start >= x.Trigger.End && t.Span.End <= m.Trigger.Start && (t.Norm is "." or ";" || Cue("complementizer", norms, toks.IndexOf(t)))))
                        : -1;
                    if (described >= 0)
                    {
                        var x0 = found[described];
                        m = m with { SourceActors = x0.SourceActors.ToList(), TargetActors = (x0.TargetActors.Count > 0 ? x0.TargetActors : m.TargetActors.Where(t => !x0.SourceActors.Contains(t))).ToList() };
                    }
                    // Not an event referred back to and a new one with other parties ("ويأتي الاجتماع بعد أيام من مكالمة
                    // هاتفية أجراها ترامب مع بوتين": the meeting just reported and an earlier call).
                    // A letter carried to a meeting by someone other than its sender is an event of its own.
                    // So is the visit a relative clause tells of ("قمة ثلاثية جمعته بـ... ماكرون، الذي يزور مصر حالياً") beside a meeting.
                    var visitInRelative = m.Cameo == "042" && c.Row.Verb && c.At > 0 && Cue("relative", norms, c.At - 1);
                    var at = found.FindIndex(x => EventFamilies.Compatible(x.Cameo, m.Cameo) && !CarriedLetter(x, m) && !CarriedLetter(m, x)
                                                  && !(visitInRelative && x.Cameo is not ("042" or "043") && !VisitTalks(x, m, actors.Where(a => !a.IsPlace && !a.Where).Select(a => ActorId(a))))
                                                  && !(x.SourceActors.Count > 0 && m.SourceActors.Count > 0 && !x.SourceActors.Any(a => m.SourceActors.Any(b => SameSide(a, b)))
                                                       && x.Plover != "CONSULT")
                                                  && !(x.SourceActors.Count + x.TargetActors.Count > 0 && m.SourceActors.Count + m.TargetActors.Count > 0
                                                       && !x.SourceActors.Concat(x.TargetActors).Any(a => m.SourceActors.Concat(m.TargetActors).Any(b => SameSide(a, b)))));
                    if (at >= 0)
                    {
                        var old = found[at];
                        if (MoreSpecific(m.Cameo, old.Cameo))
                        {
                            // A clause that named both parties keeps them ("أجرى الشرع محادثات مع بوتين ..., في زيارة هي الأولى له").
                            var keepOld = old.SourceActors.Count > 0 && old.TargetActors.Count > 0 && !c.Row.Verb
                                          || m.SourceActors.Count + m.TargetActors.Count < old.SourceActors.Count + old.TargetActors.Count;
                            found[at] = keepOld ? old with { Type = m.Type, Cameo = m.Cameo, Plover = m.Plover, PloverMode = m.PloverMode, Trigger = m.Trigger, Location = old.Location ?? m.Location } : m;
                            if (keepOld && m.Cameo == "043" && old.Cameo != "043") found[at] = found[at] with { Cameo = "042", Type = "visit" };
                            Track(st, found[at]);
                        }
                        // "في اليوم الأول من زيارته إلى لبنان، استقبل عون البابا": a visit whose visitor is a pronoun is the
                        // visit of the guest the sentence's host receives (or of the visitor it names).
                        else if (old.Cameo == "042" && old.SourceActors.Count == 0
                                 && (m.Cameo == "043" ? m.TargetActors : m.Cameo == "042" ? m.SourceActors : (IReadOnlyList<string>)Array.Empty<string>()) is { Count: > 0 } visitors)
                        {
                            var hosts = old.TargetActors.Count > 0 ? old.TargetActors : m.Cameo == "043" ? m.SourceActors : m.TargetActors;
                            found[at] = old with { SourceActors = visitors.ToList(), TargetActors = hosts.Where(h => !visitors.Contains(h)).ToList(), Location = old.Location ?? m.Location };
                            Track(st, found[at]);
                        }
                        // "سيتوجه إلى واشنطن ... للقاء الرئيس ترامب": the one the visit is to meet is its host too.
                        else if (old.Cameo == "042" && m.Cameo == "042" && old.SourceActors.SequenceEqual(m.SourceActors) && old.TargetActors.Count > 0
                                 && m.TargetActors.Where(t => !old.TargetActors.Contains(t) && !old.SourceActors.Contains(t)).ToList() is { Count: > 0 } hosts
                                 && dict != null && hosts.All(h => dict.Get(h)?.Type == EntityType.Person))
                        {
                            found[at] = old with { TargetActors = old.TargetActors.Concat(hosts).ToList() };
                            Track(st, found[at]);
                        }
                        else if (old.TargetActors.Count == 0 && m.TargetActors.Count > 0 && !m.TargetActors.Any(old.SourceActors.Contains))
                        {
                            // "شن الجيش غارات استهدفت مبنى ... وسط دمشق": the second word of the one event names its target.
                            found[at] = old with { TargetActors = m.TargetActors.ToList(), Location = old.Location ?? m.Location };
                            Track(st, found[at]);
                        }
                        continue;
                    }
                    found.Add(m);
                    Track(st, m);
                }
                // A speaker who takes no part in what the sentence reports comments on it: a statement of its own
                // ("قال بايدن إن اتفاق وقف إطلاق النار سيوقف القتال").
                var commenting = found.Count > 0 && frame is { Kind: FrameKind.Statement, Actor: { } sp0, Inherited: false }
                                 && !sp0.StartsWith("rasd:anonymous:", StringComparison.Ordinal)
                                 // (a background the sentence tells before the speaker's verb is no part of what is said:
                                 // "وكانت إيران قد توصلت ... إلى اتفاق، لكن الدول الأوروبية الثلاث قالت إن ...")
                                 && (found.All(f => (!f.Background || f.Trigger.End <= toks[frame.Start].Span.Start) && !f.SourceActors.Concat(f.TargetActors).Any(a => SameCountry(a, sp0)))
                                     // A person who speaks of what he took part in says something of his own ("وصف لافروف
                                     // المحادثات بأنها مفيدة", "قال روبيو إن الجانبين اتفقا ..."), unless what he says is
                                     // itself an act of speech (an appeal, a condemnation, praise) or a readout of others.
                                     || (dict?.Get(sp0)?.Type == EntityType.Person
                                         // one the dictionary lacks, of what was reported before ("وقال عبدي إن الاتفاق يمثل فرصة")
                                         || found.All(f => f.Background) && actors.FirstOrDefault(a => a.Id == sp0)?.Type == EntityType.Person)
                                        && found.Any(f => f.SourceActors.Concat(f.TargetActors).Any(a => a == sp0 || f.Background && SameSide(a, sp0)))
                                        && !found.Any(f => !(f.Background && !SentenceBackground(norms)) && f.SourceActors.Any(a => SameSide(a, sp0))
                                                           && (f.Plover is "ACCUSE" or "REQUEST" or "SUPPORT" or "THREATEN" or "REJECT" || f.Plover == "AGREE" && SaidDirectly(toks, norms, frame, f))));
                if ((found.Count == 0 || commenting) && frame is { Kind: FrameKind.Statement, Actor: not null, Inherited: false } && sent.Paragraph != titleParagraph)
                {
                    // "وصرح المتحدث باسم الرئاسة بأن الرئيس أكد موقف مصر": what the speaker relays is the statement of the one
                    // whose words it reports, on the speaker's account.
                    var outer = speakerFrame ?? frame;
                    // (the one whose words they are opens the complement: "بأن الرئيس أكد")
                    var relayed = frames.FirstOrDefault(f => f is { Kind: FrameKind.Statement, Actor: not null, Inherited: false } && f.Start > outer.End && f.Actor != outer.Actor
                                                             && dict?.Get(f.Actor!)?.Type == EntityType.Person
                                                             && actors.Any(a => a.End == f.Start && a.Start > outer.End && Cue("complementizer", norms, a.Start - 1) && ActorId(a, organisation: true) == f.Actor));
                    var m = Statement(item, sent, toks, norms, actors, relayed ?? outer, frame, published, sent.Paragraph == leadParagraph);
                    if (m != null) found.Add(m);
                }
                // "استقبل الرئيس السيسي ضيفه الإيراني، وحذر من أن توسع الصراع ...": a verb of saying joined by و after the
                // sentence's act, with no subject of its own, is a statement of that act's subject.
                else if (speakerFrame == null && sent.Paragraph != titleParagraph
                         && frames.FirstOrDefault(f => f is { Kind: FrameKind.Statement, Actor: null } && toks[f.Start].Norm.Length > 3 && toks[f.Start].Norm[0] == 'و') is { } joinedSaying
                         && found.LastOrDefault(f => f.Trigger.End <= toks[joinedSaying.Start].Span.Start && f.SourceActors.Count > 0 && !f.Background
                                                     && f.Modality == Model.Modality.Asserted && !SpeechAct(f.Cameo)) is { } act
                         && dict?.Get(act.SourceActors[0])?.Type == EntityType.Person)
                {
                    var said = joinedSaying with { Actor = act.SourceActors[0] };
                    var m = Statement(item, sent, toks, norms, actors, said, frame ?? said, published, sent.Paragraph == leadParagraph);
                    if (m != null) found.Add(m);
                }
                // Support and intent with nobody on one side say little: kept only with both sides named, except who praises
                // or welcomes something by name ("رحب غوتيريش بالمبادرة العربية": the initiative is no actor).
                found.RemoveAll(f => f.Cameo is "030" or "051" && (f.SourceActors.Count == 0 || f.TargetActors.Count == 0 && !praised.Contains(f)));
                // "مسيّرات ضربت مواقع في بورتسودان ...، فيما تتهم الحكومة قوات الدعم السريع بالوقوف وراء الهجمات": an attack
                // nobody is said to carry out is, on the accuser's word, the accused's.
                if (found.FirstOrDefault(f => f.Plover == "ACCUSE" && f.TargetActors.Count == 1 && f.Modality == Model.Modality.Asserted) is { } charge
                    && Enumerable.Range(0, norms.Count).Any(k => Cue("behind", norms, k)))
                    for (var k = 0; k < found.Count; k++)
                        if (found[k].Plover == "ASSAULT" && found[k].SourceActors.Count == 0 && !found[k].TargetActors.Contains(charge.TargetActors[0]))
                            found[k] = found[k] with { SourceActors = charge.TargetActors.ToList() };
                // A threat by nobody against nobody ("التصعيد الأخير يهدد بنسف التقارب") is a figure of speech.
                found.RemoveAll(f => f.Plover == "THREATEN" && f.SourceActors.Count + f.TargetActors.Count == 0);
                // Mediation names its mediators ("الوساطة الكويتية", "بوساطة من قطر"); "الوساطة لتشغيل القاصرات" is brokering.
                found.RemoveAll(f => f.Cameo == "045" && f.SourceActors.Count + f.TargetActors.Count == 0);
                if (sent.Paragraph == titleParagraph) titleCount += found.Count;
                st.Events.AddRange(found);
                // The date a sentence states carries over to the next sentences that state none ("وأكد بوتين ..." after
                // the call's date); not the date of something planned or referred back to.
                var stated = found.FirstOrDefault(f => f.DateSource is "sentence" or "today" && f.Modality == Model.Modality.Asserted && !f.Background && (f.Date.Resolved || f.Date.Month > 0));
                // (a pluperfect's day, "وكان ترمب قد أعلن الثلاثاء", is no day of the sentences after it)
                if (stated != null && SentenceBackground(norms)) st.LastDate = null;
                else if (stated != null) st.LastDate = stated.Date;
                else if (found.Count > 0 && found.All(f => f.Background || f.Modality != Model.Modality.Asserted)) st.LastDate = null;
                else if (found.Count == 0 && OwnDate(sent, published) is { } own) st.LastDate = own;
            }
            _out.AddRange(Headlines(st.Events, titleCount, published));
        }

        /// <summary>"أجرى بوتين محادثات مع سلطان عمان، الذي يزور روسيا": talks of the visitor with his hosts, in a sentence
        /// that names nobody else (not a summit the visitor joins: "قمة ثلاثية جمعته بالسيسي وماكرون، الذي يزور مصر"), are
        /// the visit's talks.</summary>
        private bool VisitTalks(EventMention talks, EventMention visit, IEnumerable<string> named) =>
            visit.SourceActors.Count > 0 && visit.TargetActors.Count > 0
            && talks.SourceActors.Concat(talks.TargetActors).Any(a => visit.SourceActors.Contains(a))
            && talks.SourceActors.Concat(talks.TargetActors).Concat(named).All(a => visit.SourceActors.Contains(a) || visit.TargetActors.Any(t => SameCountry(a, t)));

        /// <summary>Statements, appeals, praise, rejections, accusations and threats: what is done by saying it.</summary>
        private static bool SpeechAct(string cameo) => cameo == "051" || cameo.Length >= 2 && cameo[..2] is "01" or "02" or "10" or "11" or "12" or "13";

        private bool CarriedLetter(EventMention letter, EventMention other) =>
            EventFamilies.CarriedLetter(letter.Type, letter.SourceActors, other.Type, other.SourceActors.Concat(other.TargetActors), SameSide);

        private bool SameCountry(string a, string b)
        {
            if (a == b) return true;
            var (x, y) = (dict?.Get(a), dict?.Get(b));
            return x?.Country != null && x.Country == y?.Country;
        }

        /// <summary>One actor or two of one country (a spokesman and his president, a ministry and its government).</summary>
        private bool SameSide(string a, string b)
        {
            if (a == b) return true;
            if (dict == null) return false;
            var (x, y) = (dict.Get(a), dict.Get(b));
            if (x == null || y == null || x.Country == null || x.Country != y.Country) return false;
            return x.Type != EntityType.Person || y.Type != EntityType.Person;
        }

        /// <summary>The date a sentence states for itself (not background, not after publication), or null.</summary>
        private DateValue? OwnDate(Sentence sent, DateValue published)
        {
            foreach (var t in TimesIn(sent.Span))
                if (!t.Background && t.Type is TimeType.Date or TimeType.DateRange && (t.Value.Resolved || t.Value.Month > 0) && !After(t.Value, published))
                    return t.Value;
            return null;
        }

        private List<TimeMention>? _sortedTimes;

        /// <summary>The list itself when already in order (the stages write them so), else a sorted copy.</summary>
        private static List<T> Sorted<T>(List<T> list, Func<T, int> key)
        {
            for (var i = 1; i < list.Count; i++)
                if (key(list[i - 1]) > key(list[i])) return list.OrderBy(key).ToList();
            return list;
        }

        /// <summary>Time mentions inside a span (mentions sorted once by start).</summary>
        private IEnumerable<TimeMention> TimesIn(Span span)
        {
            _sortedTimes ??= Sorted(doc.Times, t => t.Span.Start);
            var list = _sortedTimes;
            int lo = 0, hi = list.Count;
            while (lo < hi) { var mid = (lo + hi) / 2; if (list[mid].Span.Start < span.Start) lo = mid + 1; else hi = mid; }
            for (var i = lo; i < list.Count && list[i].Span.Start < span.End; i++)
                if (span.Covers(list[i].Span)) yield return list[i];
        }

        private static bool After(DateValue d, DateValue published) =>
            d.Range is { } r && published.Range is { } p && r.First > p.Last;

        private static void Track(ItemState st, EventMention m)
        {
            st.LastEvent = m;
            if (m.SourceActors.Count > 0) st.LastSourced = m;
            if (m.Plover == "CONSULT" && m.SourceActors.Count + m.TargetActors.Count >= 2 && !m.Background) st.LastConsult = m;
        }

        /// <summary>
        /// A headline repeats what the body reports: its event is dropped when the body has it, and otherwise takes the
        /// date of the item's lead.
        /// </summary>
        private List<EventMention> Headlines(List<EventMention> events, int titleCount, DateValue published)
        {
            if (titleCount == 0) return events;
            var title = events.Take(titleCount).ToList();
            var body = events.Skip(titleCount).ToList();
            var kept = new List<EventMention>();
            var lead = body.FirstOrDefault(b => b.Date.Resolved && b.DateSource is "sentence" or "today" or "lead" && !b.Background)?.Date;
            foreach (var t in title)
            {
                var parties = t.SourceActors.Concat(t.TargetActors).ToList();
                if (body.Any(b => EventFamilies.Compatible(b.Cameo, t.Cameo) && (parties.Count == 0 || parties.Any(a => b.SourceActors.Concat(b.TargetActors).Any(x => SameSide(x, a))))))
                    continue;
                // A headline's fragment naming one side only is a summary of the body, not a report of its own.
                if (body.Count > 0 && parties.Count < 2) continue;
                if (!t.Date.Resolved && t.Date.Month == 0)
                {
                    if (lead != null) kept.Add(t with { Date = lead with { Note = "headline: the date of the item's lead" }, DateSource = "lead" });
                    else if (published.Precision == DatePrecision.Day) kept.Add(t with { Date = published with { Note = "headline: the publication day" }, DateSource = "lead" });
                    else kept.Add(t);
                }
                else kept.Add(t);
            }
            kept.AddRange(body);
            return kept;
        }

        private List<ActorRef> Actors(List<Token> toks)
        {
            var result = new List<ActorRef>();
            if (toks.Count == 0) return result;
            var span = new Span(toks[0].Span.Start, toks[^1].Span.End);
            foreach (var m in EntitiesIn(span))
            {
                if (m.EntityId == null || !span.Overlaps(m.Span)) continue;
                var s = toks.FindIndex(t => t.Span.End > m.Span.Start);
                var e = toks.FindLastIndex(t => t.Span.Start < m.Span.End);
                if (s < 0 || e < s) continue;
                // "عقوبات قانون قيصر": a law named after someone names no party.
                if (s > 0 && IsCueWord("named-law", toks[s - 1].Norm)) continue;
                // "وصل إلى بيروت قادماً من تركيا": the place one comes from is no party.
                if (s > 1 && toks[s - 1].Norm == "من" && IsCueWord("origin", toks[s - 2].Norm)) continue;
                // "بتوقيت واشنطن", "بتوقيت مكة": a place that names a clock is no party.
                if (s > 0 && IsCueWord("clock", toks[s - 1].Norm)) continue;
                // "إعلان بغداد": a declaration named after a city is no act of that city's government.
                if (s > 0 && m.Type == EntityType.Location && IsCueWord("named-document", toks[s - 1].Norm)
                    || s > 1 && toks[s - 1].Norm is "\"" or "«" && m.Type == EntityType.Location && IsCueWord("named-document", toks[s - 2].Norm)) continue;
                // "مطار بن غوريون", "شارع فرحات حشاد", "قاعدة إلمندورف-ريتشاردسون": a place named after someone names no party
                // (a first word of the name, or a hyphen, may stand between).
                if (m.Source is "ner" or "coreference" && (s > 0 && IsCueWord("named-place", toks[s - 1].Norm) || e > s && IsCueWord("named-place", toks[s].Norm))
                    || s > 1 && toks[s - 1].Kind == TokenKind.Word && IsCueWord("named-place", toks[s - 2].Norm) && m.Type == EntityType.Person && !result.Any(x => x.End == s - 1)
                    || s > 2 && toks[s - 1].Norm == "-" && IsCueWord("named-place", toks[s - 3].Norm) && m.Type == EntityType.Person) continue;
                // "عقوبات قيصر": a name the dictionary lacks right after "sanctions" names the sanctions, not a party.
                var before1 = s > 1 && toks[s - 1].Kind == TokenKind.Punct && toks[s - 1].Norm is "\"" or "«" ? s - 2 : s - 1;
                if (before1 >= 0 && m.Type == EntityType.Person && m.Source == "ner" && IsCueWord("named-sanctions", toks[before1].Norm)) continue;
                var entry = dict?.Get(m.EntityId);
                var type = entry?.Type ?? m.Type;
                var place = type == EntityType.Location;
                // "بدمشق", "وبموسكو": a preposition attached to the word makes the place a location of the event.
                var clitic = m.Span.Start > toks[s].Span.Start ? ArabicNormalizer.Normalize(doc.Text[toks[s].Span.Start..m.Span.Start]) : "";
                // "في وسط الخرطوم", "في شمال شرقي سوريا": a part of a place after في is where, too.
                // "الجزائر - استقبل رئيس الجمهورية": a place opening the sentence before a dash is the date line's.
                var where = (s > 0 && toks[s - 1].Norm is "في" or "وفي") || clitic is "ب" or "وب" or "فب" or "وفي"
                            || s == 0 && e + 1 < toks.Count && toks[e + 1].Norm is "-" or "–" or "—" && type is EntityType.Location or EntityType.Country
                            || s > 1 && toks[s - 2].Norm is "في" or "وفي" && IsCueWord("place-part", toks[s - 1].Norm)
                            || s > 1 && toks[s - 2].Kind == TokenKind.Word && IsCueWord("compass-of", toks[s - 1].Norm) && type is EntityType.Location or EntityType.Country;
                // "المكتب السياسي لأنصار الله", "المكتب الإعلامي لرئيس الحكومة": an office of an organisation or person speaks
                // and acts for it; the mention starts at the office.
                // "بمقر رئاسة الجمهورية", "في مقر وزارة الخارجية": an institution named by its seat is where, not who.
                var seat = s > 0 && toks[s - 1].Kind == TokenKind.Word && IsCueWord("seat", toks[s - 1].Norm) && type is not EntityType.Person
                           && (toks[s - 1].Norm[0] == 'ب' || toks[s - 1].Norm.StartsWith("وب", StringComparison.Ordinal) || s > 1 && toks[s - 2].Norm is "في" or "وفي");
                var office = clitic is "ل" && s >= 2 && type is EntityType.Organization or EntityType.Group or EntityType.Person
                             && lex.IsCue("office-of", new[] { toks[s - 2].Norm, toks[s - 1].Norm }, 0);
                if (office) { s -= 2; clitic = ""; }
                // "السلطات في باماكو", "الحكومة الانتقالية في مالي": the authorities of the place act, the place is no where.
                var authority = where && s > 1 && toks[s - 1].Norm is "في" or "وفي" && type is EntityType.Location or EntityType.Country
                                ? AuthorityBefore(toks, s - 2) : -1;
                if (authority >= 0) { s = authority; where = false; }
                result.Add(new ActorRef(s, e + 1, m.EntityId, type, place, entry?.StandsFor)
                {
                    Where = where && (place || type is EntityType.Country || m.EntityId.StartsWith("rasd:presidency:", StringComparison.Ordinal)) || seat,
                    // ("الملك محمد السادس": a name the dictionary spells with its title is a name)
                    Name = !TitleWord(toks[s].Norm) || m.Source == "dictionary" && e > s && !TitleWord(toks[e].Norm),
                    Attached = clitic.Length > 0 && !clitic.StartsWith("ال", StringComparison.Ordinal),
                    Dative = clitic is "ل" or "ول" || (m.Span.Start == toks[s].Span.Start && toks[s].Norm.StartsWith("لو", StringComparison.Ordinal) && toks[s].Norm.Length > 4 && TitleOrAgency(toks[s].Norm)),
                });
            }
            // Nested mentions (a role phrase around a name): keep the outer one.
            result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
            var kept = new List<ActorRef>();
            foreach (var a in result)
            {
                var outer = kept.LastOrDefault();
                // A title and the name it introduces ("الرئيس الروسي فلاديمير بوتين", "نائب وزير الخارجية، ميخائيل بوغدانوف") are one mention.
                if (outer != null && a.Id == outer.Id && a.Start >= outer.End && a.Start - outer.End <= 1
                    && (a.Start == outer.End || toks[outer.End].Norm is "," or "-"))
                {
                    kept[^1] = outer with { End = Math.Max(outer.End, a.End), Name = outer.Name || a.Name };
                    continue;
                }
                if (outer != null && a.Start < outer.End)
                {
                    // The name inside a role phrase is the more precise id when they differ.
                    if (a.Id != outer.Id && a.Type == EntityType.Person && outer.Type != EntityType.Person) kept[^1] = outer with { Id = a.Id, Type = a.Type, IsPlace = false, Stands = null };
                    continue;
                }
                kept.Add(a);
            }
            MarkTitles(toks, kept);
            return kept;
        }

        /// <summary>The start of "السلطات" or "الحكومة الانتقالية" ending at <paramref name="k"/>, or -1.</summary>
        private int AuthorityBefore(List<Token> toks, int k)
        {
            if (k < 0 || toks[k].Kind != TokenKind.Word) return -1;
            if (IsCueWord("authority-in", toks[k].Norm)) return k;
            return k > 0 && toks[k].Norm.StartsWith("ال", StringComparison.Ordinal) && toks[k - 1].Kind == TokenKind.Word
                   && IsCueWord("authority-in", toks[k - 1].Norm) ? k - 1 : -1;
        }

        /// <summary>
        /// "دعا أوجلان الحزب إلى إلقاء السلاح": "the party", "the organisation", "the movement" alone is the one of that kind the
        /// item names most often before it (of two as often, the later).
        /// </summary>
        private void Definites(Item item, List<Token> toks, List<string> norms, List<ActorRef> actors)
        {
            if (dict == null) return;
            // (asked of every word: exact cue words, a set look-up)
            var (definiteNamed, definiteGroup) = (lex.ExactCues("definite-named"), lex.ExactCues("definite-group"));
            for (var k = 0; k < norms.Count; k++)
            {
                // the named head without its article ("الحزب": a حزب), or any armed group ("التنظيم")
                var head = definiteNamed.Contains(norms[k]) ? norms[k][2..] : definiteGroup.Contains(norms[k]) ? "" : null;
                if (head == null || actors.Any(a => a.Start <= k && k < a.End)) continue;
                // not the head of a name that follows ("الحزب الديمقراطي الكردستاني" the tagger missed)
                if (k + 1 < toks.Count && toks[k + 1].Kind == TokenKind.Word && norms[k + 1].StartsWith("ال", StringComparison.Ordinal)
                    && !Cue("definite-free-after", norms, k + 1)) continue;
                var best = MostNamed(item, toks[k].Span.Start, head);
                if (best == null) continue;
                var ix = actors.FindIndex(a => a.Start > k);
                actors.Insert(ix < 0 ? actors.Count : ix, new ActorRef(k, k + 1, best, dict.Get(best)!.Type, false, null));
            }
        }

        /// <summary>The group (or organisation whose name begins with the head word) named most often in the item before <paramref name="at"/>.</summary>
        // A method of its own: its lambdas capture its locals, which inside the caller's loop would be a closure per word.
        private string? MostNamed(Item item, int at, string head)
        {
            string? best = null;
            var bestCount = 0;
            foreach (var g in EntitiesIn(new Span(item.Span.Start, Math.Max(0, at - item.Span.Start)))
                         .Where(m => m.Span.Start >= item.Span.Start && m.Span.End <= at && m.EntityId != null && dict!.Get(m.EntityId) is { } e
                                     && (head.Length == 0 ? e.Type == EntityType.Group : e.Type is EntityType.Group or EntityType.Organization
                                         && ArabicNormalizer.Normalize(e.Name).StartsWith(head, StringComparison.Ordinal)))
                         .GroupBy(m => m.EntityId!))
                if (g.Count() >= bestCount) { bestCount = g.Count(); best = g.Key; }
            return best;
        }

        /// <summary>
        /// "التقى الشيباني وفداً إسرائيلياً": a delegation named by its country's adjective stands for that country, a party
        /// like a named one (unless someone named leads it: "وفد روسي برئاسة بوغدانوف" is Bogdanov's).
        /// </summary>
        private void Delegations(List<string> norms, List<ActorRef> actors)
        {
            if (dict == null) return;
            var delegation = lex.ExactCues("delegation-indefinite");
            for (var k = 0; k + 1 < norms.Count; k++)
            {
                // (an indefinite one: "الوفد الأوكراني" is the delegation the report has named)
                if (!delegation.Contains(norms[k])) continue;
                if (actors.Any(a => a.Start <= k + 1 && k < a.End)) continue;
                // (the adjective may carry the accusative's alef: "وفداً إسرائيلياً")
                var adj = norms[k + 1].Length > 3 && norms[k + 1][^1] == 'ا' ? [norms[k + 1], norms[k + 1][..^1]] : new List<string> { norms[k + 1] };
                var m = adj.Select(w => dict.MatchAt(new List<string> { w }, 0, p => p.Kind == PhraseKind.Demonym)).FirstOrDefault(x => x is { Info.Ids.Count: > 0 });
                if (m == null) continue;
                var end = k + 2;
                // ("وفداً روسياً رفيع المستوى برئاسة نوفاك", "وفد روسي حكومي كبير برئاسة")
                var ledAt = Enumerable.Range(end, Math.Max(0, Math.Min(norms.Count, end + 4) - end)).TakeWhile(j => norms[j] is not ("," or "." or "،")).Any(j => Cue("led-by", norms, j));
                if (ledAt) continue;
                var at = actors.FindIndex(a => a.Start > k);
                var id = m.Value.Info.Ids[0];
                actors.Insert(at < 0 ? actors.Count : at, new ActorRef(k, end, id, dict.Get(id)?.Type ?? EntityType.Country, false, null));
            }
        }

        /// <summary>
        /// A country, organisation or role mention that qualifies the title of a named person next to it is part of that
        /// person's description, not a party: "الممثل الخاص لرئيس روسيا الاتحادية ... ميخائيل بوغدانوف",
        /// "وزير خارجية الجمهورية العربية السورية أسعد الشيباني", "أردوغان رئيس الجمهورية التركية".
        /// </summary>
        private void MarkTitles(List<Token> toks, List<ActorRef> kept)
        {
            for (var k = 0; k < kept.Count; k++)
            {
                var a = kept[k];
                if (a.Type == EntityType.Person && a.Name) continue;
                var titled = a.Type == EntityType.Person || (a.Start > 0 && TitleBefore(toks, a.Start));
                if (!titled) continue;
                // The name this title belongs to: the next named person, past title words and commas only.
                var next = kept.Skip(k + 1).Take(3).FirstOrDefault(x => x.Type == EntityType.Person && x.Name);
                // Not a name with a preposition or conjunction of its own ("رحب الرئيس الروسي بسمو الأمير": the one welcomed).
                if (next != null && next.Id != a.Id && !(a.Type == EntityType.Person && next.Start == a.End && next.Attached) && TitleGap(toks, a.End, next.Start, 12))
                    kept[k] = a with { InTitle = true };
                // After the name: "X رئيس الجمهورية التركية".
                else if (k > 0 && kept[k - 1] is { Type: EntityType.Person, Name: true } prev && prev.Id != a.Id && a.Type != EntityType.Person
                         && a.Start - prev.End is >= 1 and <= 3 && TitleWord(toks[prev.End].Norm) && TitleGap(toks, prev.End, a.Start, 3))
                    kept[k] = a with { InTitle = true };
            }
            // An acronym in brackets after a qualifier of a title qualifies it too ("«قوات سوريا الديمقراطية» (قسد)").
            for (var k = 1; k < kept.Count; k++)
                if (!kept[k].InTitle && kept[k].Type != EntityType.Person && kept[k - 1].InTitle && kept[k].Start > kept[k - 1].End
                    && Enumerable.Range(kept[k - 1].End, kept[k].Start - kept[k - 1].End).All(j => toks[j].Kind == TokenKind.Punct)
                    && kept.Skip(k + 1).FirstOrDefault() is { Type: EntityType.Person, Name: true } owner && TitleGap(toks, kept[k].End, owner.Start, 3))
                    kept[k] = kept[k] with { InTitle = true };
        }

        private bool TitleBefore(List<Token> toks, int start)
        {
            // (quotation marks do not count: "زعيم تنظيم «بي كا كا» الإرهابي عبد الله أوجلان")
            for (int k = start - 1, words = 0; k >= 0 && words < 2; k--)
            {
                if (toks[k].Kind == TokenKind.Punct && toks[k].Norm is "\"" or "«" or "»" or "“" or "”") continue;
                if (TitleWord(toks[k].Norm)) return true;
                words++;
            }
            return false;
        }

        /// <summary>Words between a title's qualifier and its name: no verb, preposition of a party, conjunction or clause break.</summary>
        /// <summary>The words at <paramref name="at"/> begin an office the person holds or held ("رئيس المجلس السياسي الأعلى").</summary>
        private bool HoldsTitleAt(string personId, List<string> norms, int at)
        {
            if (dict?.Get(personId) is not { } p) return false;
            foreach (var r in p.Roles)
            {
                var words = ActorDictionary.Key(r.Title).Split(' ');
                if (words.Length < 2 || at + words.Length > norms.Count) continue;
                var all = true;
                for (var k = 0; k < words.Length && all; k++) all = norms[at + k] == words[k];
                if (all) return true;
            }
            return false;
        }

        private bool TitleGap(List<Token> toks, int from, int to, int max)
        {
            if (to - from > max) return false;
            for (var k = from; k < to; k++)
            {
                var t = toks[k];
                // Commas, and the quotes and brackets around a name ("قائد «قوات سوريا الديمقراطية» (قسد) مظلوم عبدي").
                if (t.Kind == TokenKind.Punct) { if (t.Norm is not ("," or "«" or "»" or "\"" or "(" or ")")) return false; continue; }
                if (t.Kind != TokenKind.Word) return false;
                _one[0] = t.Norm;
                if (lex.IsCue("complementizer", _one, 0)) return false;
                // "والرئيس السوري": a second titled person, not more of the first one's title.
                if (t.Norm.Length > 3 && t.Norm[0] == 'و' && (TitleWord(t.Norm[1..]) || Address(t.Norm[1..]))) return false;
                _one[0] = t.Norm;
                if (lex.IsCue("target", _one, 0) || lex.TriggersAt(_one, 0).Any()) return false;
            }
            return true;
        }

        private readonly string[] _one = new string[1];
        private int _accusedObject = -1;
        // What the sentence being read has reported so far.
        private List<EventMention> _sentenceFound = new();
        // Talks of the sentence (by the trigger's word) whose place a relative clause names ("التي استضافتها مسقط").
        private readonly Dictionary<int, string> _hostedAt = new();
        private static HashSet<string>? _titleWords;

        private static readonly string[] TitleProclitics = ["و", "ل", "ول", "لل", "ب", "وب"];

        /// <summary>A form of address that opens a person's mention ("فخامة", "سمو", "معالي"): the actor dictionary's honorifics.</summary>
        private bool Address(string norm) => dict != null && dict.Lookup(norm).Any(p => p.Kind == PhraseKind.Honorific);

        /// <summary>A word of a title (وزير، رئيس، لرئيس، الممثل، نائب، المتحدث...) from the actor dictionary's titles.</summary>
        private bool TitleWord(string norm)
        {
            var set = _titleWords ??= TitleWords(dict);
            if (set.Contains(norm)) return true;
            foreach (var p in TitleProclitics)
                if (norm.Length > p.Length + 2 && norm.StartsWith(p, StringComparison.Ordinal) && set.Contains(norm[p.Length..])) return true;
            return false;
        }

        /// <summary>"لوكالة": an agency word with the dative ل.</summary>
        private static bool TitleOrAgency(string norm) => norm.StartsWith("لوكاله", StringComparison.Ordinal) || norm.StartsWith("لصحيفه", StringComparison.Ordinal) || norm.StartsWith("لقناه", StringComparison.Ordinal);

        private static HashSet<string> TitleWords(ActorDictionary? dict)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            if (dict == null) return set;
            foreach (var (_, (title, construct, _)) in dict.Titles)
                foreach (var form in new[] { title, construct })
                    foreach (var w in form.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        var n = ArabicNormalizer.Normalize(w);
                        if (n.Length < 3) continue;
                        set.Add(n);
                        if (n.StartsWith("ال", StringComparison.Ordinal) && n.Length > 4) set.Add(n[2..]); else set.Add("ال" + n);
                    }
            return set;
        }

        private List<EntityMention>? _sortedEntities;

        /// <summary>Entity mentions overlapping a span (mentions sorted once by start).</summary>
        private IEnumerable<EntityMention> EntitiesIn(Span span)
        {
            _sortedEntities ??= Sorted(doc.Entities, m => m.Span.Start);
            var list = _sortedEntities;
            int lo = 0, hi = list.Count;
            while (lo < hi) { var mid = (lo + hi) / 2; if (list[mid].Span.Start < span.Start - 200) lo = mid + 1; else hi = mid; }
            for (var i = lo; i < list.Count && list[i].Span.Start < span.End; i++) yield return list[i];
        }

        private int NextTrigger(List<Token> toks, List<string> norms, int from)
        {
            for (var i = from; i < toks.Count; i++)
                if (toks[i].Kind == TokenKind.Word && lex.MayTriggerAt(norms, i)) return i;
            return toks.Count;
        }

        private int NextFrame(List<Token> toks, List<string> norms, int from, out (FrameKind Kind, int Length) frame)
        {
            for (var i = from; i < toks.Count; i++)
                if (toks[i].Kind == TokenKind.Word && lex.FrameAt(norms, i) is { } f) { frame = f; return i; }
            frame = default;
            return toks.Count;
        }

        /// <summary>Attribution frames of a sentence, each with the actor whose account follows.</summary>
        private List<FrameRef> Frames(List<Token> toks, List<string> norms, List<ActorRef> actors, string? lastSpeaker, FrameRef? lastFrame)
        {
            var frames = new List<FrameRef>();
            // Words no frame starts at are skipped in the loop header: the body's lambdas capture its locals, an allocation per entry.
            for (var i = NextFrame(toks, norms, 0, out var f); i < toks.Count; i = NextFrame(toks, norms, i + 1, out f))
            {
                var end = i + f.Length;
                string? actor = null;
                var textEnd = end;
                var inherited = false;
                switch (f.Kind)
                {
                    case FrameKind.Prep:
                    {
                        // "وفق مقترح ترامب", "بموجب الاتفاق": according to a plan or a text, not to someone's account
                        if (end < toks.Count && Cue("plan-noun", norms, end)) break;
                        // "وفقاً للبيان الصادر عن الرئاسة": the source within a few words, before any comma.
                        var a = actors.FirstOrDefault(x => x.Start >= end && x.Start <= end + 5 && !Blocked(toks, end, x.Start, comma: true));
                        if (Anonymous(norms, toks, actors, end) is { } anon) { actor = anon.Id; textEnd = anon.End; }
                        else if (a != null) { actor = ActorId(a, organisation: true); textEnd = a.End; }
                        else if (end < toks.Count && Cue("source-anaphor", norms, end) && lastFrame?.Actor is { } prev) { actor = prev; textEnd = end + 1; inherited = true; }
                        break;
                    }
                    case FrameKind.Relay:
                    {
                        var agency = actors.FirstOrDefault(x => x.Start >= end && x.Start <= end + 2);
                        if (agency == null) break;
                        actor = ActorId(agency, organisation: true);
                        textEnd = agency.End;
                        var an = Enumerable.Range(agency.End, Math.Max(0, Math.Min(toks.Count, agency.End + 3) - agency.End)).FirstOrDefault(k => norms[k] == "عن", -1);
                        if (an >= 0)
                        {
                            var quoted = actors.FirstOrDefault(x => x.Start > an && x.Start <= an + 4);
                            if (quoted != null) { actor = ActorId(quoted, organisation: true); textEnd = quoted.End; }
                            else if (Anonymous(norms, toks, actors, an + 1) is { } anon) { actor = anon.Id; textEnd = anon.End; }
                            else textEnd = an + 1;
                        }
                        break;
                    }
                    default:
                    {
                        // VSO: the speaker right after the verb; SVO: right before it; an unnamed source ("قال مصدر سوري");
                        // "وأضاف البيان": the source just named; no subject: the previous speaker.
                        var after = SpeakerAfter(toks, norms, actors, end);
                        // "بوتين يجري اتصالاً مع الشرع ويؤكد": a verb joined by و has no subject right before it.
                        // ("استقبل السيسي ضيفه عراقجي، وحذر": nor after a comma, where the guest's name ends the clause before)
                        var joined = toks[i].Norm.Length > 3 && toks[i].Norm[0] == 'و' && i > 0 && (toks[i - 1].Kind == TokenKind.Word || toks[i - 1].Norm == ",");
                        var before = joined ? null : actors.LastOrDefault(x => x.End <= i && x.End >= i - 1 && !x.Where);
                        // ("بأن الرئيس أكد موقف مصر": after a complementizer the subject comes first; the name after the verb is its object)
                        // ("يحيى سريع يعلن استهداف حاملة الطائرات الأمريكية "هاري ترومان"": a subject right before the verb, with
                        // no name within the few words after it (a title may come first), speaks; a name further on is what is said)
                        var a = before != null && (before.Start > 0 && Cue("complementizer", norms, before.Start - 1) || before.End == i && (after == null || after.Start > end + 3))
                            ? before : after ?? before;
                        var anonBefore = Enumerable.Range(Math.Max(0, i - 4), Math.Min(4, i)).Select(k => Anonymous(norms, toks, actors, k)).FirstOrDefault(x => x is { } ab && ab.End <= i && ab.End >= i - 2);
                        if (Anonymous(norms, toks, actors, end) is { } anon && (after == null || after.Start >= anon.End)) { actor = anon.Id; textEnd = anon.End; }
                        else if (anonBefore is { } ab0 && before == null) { actor = ab0.Id; textEnd = end; }
                        else if (a != null)
                        {
                            actor = ActorId(a, organisation: true);
                            textEnd = a == after ? a.End : end;
                        }
                        else if (end < toks.Count && Cue("source-anaphor", norms, end) && lastFrame?.Actor is { } prev)
                        {
                            actor = prev;
                            textEnd = end + 1;
                            inherited = true;
                        }
                        else if (Institution(norms, toks, end) is { } inst) { actor = inst.Id; textEnd = inst.End; }
                        // "كاتس اتهم طهران بخرق الاتفاق، وقال إنه ...": a joined verb of saying keeps the sentence's subject.
                        else if (toks[i].Norm.Length > 3 && toks[i].Norm[0] == 'و' && actors.FirstOrDefault(x => x.End <= i && !x.Where && !x.InTitle && !x.IsPlace && x.Type is EntityType.Person) is { } subject
                                 && i + f.Length < toks.Count && Cue("complementizer", norms, end))
                        {
                            actor = ActorId(subject, organisation: true);
                        }
                        // "في هجوم قال إنه رد على ...": a verb of saying inside the sentence speaks for its subject, not for the
                        // previous sentence's speaker.
                        // "افتتح أمير قطر القمة بكلمة قال فيها إن ...": the same, the speech named before the verb.
                        else if (i > 2 && !(toks[i].Norm.Length > 3 && toks[i].Norm[0] == 'و')
                                 && (Cue("complementizer", norms, end) || end + 1 < toks.Count && Cue("speech-in", norms, end) && Cue("complementizer", norms, end + 1))
                                 && actors.FirstOrDefault(x => x.End <= i && !x.Where && !x.InTitle && !x.IsPlace) is { } inner)
                        {
                            actor = ActorId(inner, organisation: true);
                        }
                        else if (lastSpeaker != null && i + f.Length < toks.Count && Cue("complementizer", norms, end))
                        {
                            actor = lastSpeaker;
                            inherited = true;
                        }
                        break;
                    }
                }
                var textStart = toks[i].Span.Start;
                if (f.Kind is FrameKind.Statement or FrameKind.Verb && actor != null && !inherited)
                {
                    var before = actors.LastOrDefault(x => x.End <= i && x.End >= i - 1);
                    if (before != null && SpeakerAfter(toks, norms, actors, end) == null) textStart = toks[before.Start].Span.Start;
                }
                // Closing quotation marks and brackets belong to the frame words: وبحسب "الكرملين"
                while (textEnd < toks.Count && toks[textEnd].Kind == TokenKind.Punct && toks[textEnd].Norm is "\"" or ")" or "'") textEnd++;
                // "قالت الرئاسة السورية في بيان": the frame words run to the statement noun.
                if (textEnd < toks.Count - 1 && norms[textEnd] == "في" && norms[textEnd + 1].StartsWith("بيان", StringComparison.Ordinal)) textEnd += 2;
                var text = new Span(textStart, toks[Math.Min(textEnd, toks.Count) - 1].Span.End);
                frames.Add(new FrameRef(i, Math.Max(end, textEnd), f.Kind, actor, text, inherited));
                i = Math.Max(i, end - 1);
            }
            // (a title before a name opens a sentence: "البيت الأبيض: المبعوث ستيف ويتكوف تحدث ...")
            bool Described(int k) => TitleWord(norms[k]) && !actors.Any(a => a.Type == EntityType.Person && a.Start > k && a.Start <= k + 4) || Cue("description-head", norms, k)
                                     || dict?.MatchAt(norms, k, p => p.Kind == PhraseKind.Demonym) != null
                                     || norms[k].Length > 3 && dict?.MatchAt(new List<string> { "ال" + norms[k] }, 0, p => p.Kind == PhraseKind.Demonym) != null;
            // "🇺🇸 ترامب: قرار الضربة ... لم يكن قراري", "البرهان: وافقنا على ...": a name opening the sentence before a colon
            // says what follows.
            var lead = 0;
            while (lead < toks.Count && toks[lead].Kind != TokenKind.Word) lead++;
            // ("الجيش الإسرائيلي في بيان: ضربنا هدفا": the medium may stand before the colon)
            var colonSpeaker = actors.FirstOrDefault(a => a.Start == lead);
            var colon = colonSpeaker == null ? -1
                : colonSpeaker.End < toks.Count && toks[colonSpeaker.End].Norm == ":" ? colonSpeaker.End
                : colonSpeaker.End + 2 < toks.Count && Cue("medium-in", norms, colonSpeaker.End) && Cue("medium", norms, colonSpeaker.End + 1) && toks[colonSpeaker.End + 2].Norm == ":" ? colonSpeaker.End + 2
                : -1;
            if (colonSpeaker != null && colon >= 0
                && !colonSpeaker.IsPlace && !colonSpeaker.Where && colonSpeaker.Type is EntityType.Person or EntityType.Organization or EntityType.Group
                && !colonSpeaker.Id.StartsWith("rasd:media:", StringComparison.Ordinal) && (frames.Count == 0 || frames[0].Start > colon)
                // not a list of who is who ("وجدي غنيم : مصري يعيش في قطر", "عبد الكريم الهاروني: رئيس المجلس")
                && colon + 1 < toks.Count && !Described(colon + 1))
                frames.Insert(0, new FrameRef(colonSpeaker.Start, colon + 1, FrameKind.Statement, ActorId(colonSpeaker, organisation: true),
                    new Span(toks[colonSpeaker.Start].Span.Start, toks[colon].Span.End), false));
            return frames;
        }

        /// <summary>
        /// The speaker after a reporting verb: right after it, or a person further on past a title, before any "أن"
        /// ("قال وزير الداخلية في حكومة دمشق المؤقتة، علي كده").
        /// </summary>
        private ActorRef? SpeakerAfter(List<Token> toks, List<string> norms, List<ActorRef> actors, int end)
        {
            // Nobody after a complementizer speaks: "يذكر أن طهران والرياض ..." is impersonal.
            var first = actors.FirstOrDefault(x => x.Start >= end && x.Start <= end + 14 && !Blocked(toks, end, x.Start) && !x.Dative
                                                   && !Enumerable.Range(end, x.Start - end).Any(k => Cue("complementizer", norms, k)));
            if (first == null) return null;
            if (first.Start <= end + 1 && !(first.IsPlace || first.Type == EntityType.Country)) return first;
            // A person's title may run long ("رئيس الوفد الروسي في مفاوضات إسطنبول، مساعد الرئيس الروسي فلاديمير ميدينسكي").
            var person = actors.FirstOrDefault(x => x.Start >= end && x.Start <= end + 14 && x.Type == EntityType.Person && !Blocked(toks, end, x.Start)
                                                     && !Enumerable.Range(end, x.Start - end).Any(k => Cue("complementizer", norms, k)));
            if (person != null) return person;
            if (first.Start <= end + 1) return first;
            // "وأفاد المكتب الصحفي للكرملين": an organisation closing the subject's words.
            if (first.Start <= end + 3 && first.Type is EntityType.Organization && !first.Where
                && Enumerable.Range(end, first.Start - end).All(k => toks[k].Kind == TokenKind.Word && !(norms[k] is "ان" or "انه" or "علي" or "عن" or "في" or "مع" or "الي" or "من")))
                return first;
            return null;
        }

        /// <summary>"مصادر دبلوماسية", "مسؤول روسي": an unnamed source, as a group id of its normalised words.</summary>
        private (string Id, int End)? Anonymous(List<string> norms, List<Token> toks, List<ActorRef> actors, int at)
        {
            if (at >= norms.Count || !Cue("anonymous", norms, at)) return null;
            var end = at + 1;
            while (end < norms.Count && end < at + 3 && toks[end].Kind == TokenKind.Word && !(norms[end] is "ان" or "انه" or "في" or "عن")) end++;
            // "مصدر في الكرملين": an unnamed source inside an organisation gives that organisation's account.
            if (end + 1 < norms.Count && norms[end] == "في" && actors.FirstOrDefault(x => x.Start == end + 1 && x.Type == EntityType.Organization) is { } org)
                return (org.Id, org.End);
            return ("rasd:anonymous:" + string.Join('-', norms.GetRange(at, end - at)), end);
        }

        /// <summary>
        /// "ذكرت رئاسة الجمهورية في بيان": an institution the dictionary does not know, named by its words (an unlinked
        /// source, kept as a group entity like unnamed sources).
        /// </summary>
        private (string Id, int End)? Institution(List<string> norms, List<Token> toks, int at)
        {
            if (at >= norms.Count || toks[at].Kind != TokenKind.Word || !Cue("institution", norms, at)) return null;
            var end = at + 1;
            while (end < norms.Count && end < at + 4 && toks[end].Kind == TokenKind.Word && !Cue("complementizer", norms, end)
                   && !(norms[end] is "في" or "عن" or "علي" or "مع" or "الي" or "ان")) end++;
            if (end < norms.Count && !(Cue("complementizer", norms, end) || norms[end] is "في" or "," || toks[end].Kind == TokenKind.Punct)) return null;
            return ("rasd:anonymous:" + string.Join('-', toks.GetRange(at, end - at).Select(t => t.Text)), end);
        }

        private static bool Blocked(List<Token> toks, int from, int to, bool comma = false)
        {
            for (var k = from; k < to; k++) if (toks[k].Kind == TokenKind.Punct && (toks[k].Norm is "." or ";" or ":" || comma && toks[k].Norm == ",")) return true;
            return false;
        }

        /// <summary>The id an actor reference stands for as a participant: places stand for their governments.</summary>
        private static string ActorId(ActorRef a, bool organisation = false) => a.IsPlace && a.Stands != null ? a.Stands : a.Id;

        private EventMention? Build(Item item, Sentence sent, List<Token> toks, List<string> norms, List<ActorRef> actors, List<FrameRef> frames,
            FrameRef? governing, FrameRef? speakerFrame, Candidate c, DateValue published, bool lead, ItemState st, List<Candidate> cands, bool[] used)
        {
            var (ts, te, row) = (c.At, c.At + c.Length, c.Row);
            if (row.Verb && c.Proclitic.Contains("ال", StringComparison.Ordinal)) row = row with { Verb = false };
            var objectSuffix = c.ObjectSuffix;
            // ("كما دعا إلى ...": a word of conjunction of its own before the verb)
            var withConjunction = c.Proclitic.Length > 0 && c.Proclitic[0] is 'و' or 'ف' || ts > 0 && row.Verb && Cue("also", norms, ts - 1);
            var lastConsult = st.LastConsult;
            // "إن بوتين ندد بالهجوم على سوريا، ودعا": the last event with a subject of this sentence, not the attack it names.
            var lastEvent = st.LastEvent is { SourceActors.Count: 0 } le0 && st.LastSourced is { } ls && ls.Span == le0.Span ? ls : st.LastEvent;
            var (cs, ce) = Clause(norms, ts, te);
            static bool AfterFi(ActorRef a) => a.Where;
            // News agencies report events; they take part in none ("طهران/ إرنا - استقبل ...": the dateline's credit).
            var participants = actors.Where(a => !(a.IsPlace && a.Stands == null) && !IsAgencyOfFrame(a, frames) && !a.Where && !a.InTitle
                                                 && !a.Id.StartsWith("rasd:media:", StringComparison.Ordinal)).ToList();
            var before = participants.Where(a => a.End <= ts && a.Start >= cs).ToList();
            // Targets are not looked for past "منذ" / "بعد" clauses of time ("منذ سقوط الأسد"), nor past the next event or
            // reporting verb of the sentence ("إيران تقصف قاعدة العديد وعراقجي ينفي ...").
            var te2 = Enumerable.Range(te, Math.Max(0, ce - te)).FirstOrDefault(k => Cue("target-stop", norms, k), ce);
            foreach (var d in cands) if (d.At >= te && d.At < te2 && !used[d.At] && !(d.At > 0 && During(norms, d.At))) { te2 = d.At; break; }
            foreach (var f in frames) if (f.Start >= te && f.Start < te2 && f.Kind is FrameKind.Statement or FrameKind.Verb) { te2 = f.Start; break; }
            var after = participants.Where(a => a.Start >= te && a.Start < te2).ToList();
            // "المحادثات التي أجراها برفقة تخت روانجي، مع المديرين السياسيين لبريطانيا وفرنسا": the companion is on the
            // subject's side; the other party follows مع.
            var companions = new List<ActorRef>();
            if (te2 < ce && Cue("companion", norms, te2)
                && Enumerable.Range(te2 + 1, Math.Max(0, ce - te2 - 1)).FirstOrDefault(k => Cue("with", norms, k), -1) is var withAt and > 0)
            {
                companions = participants.Where(a => a.Start > te2 && a.Start < withAt).ToList();
                var stop2 = Enumerable.Range(withAt + 1, Math.Max(0, ce - withAt - 1)).FirstOrDefault(k => Cue("target-stop", norms, k), ce);
                after.AddRange(participants.Where(a => a.Start > withAt && a.Start < stop2));
            }
            // "قمة ثلاثية بمشاركة الرئيس ماكرون والملك عبد الله": those who take part in a meeting named by its noun are its parties.
            if (!row.Verb && row.Plover == "CONSULT" && te2 < ce && te2 - te <= 3 && Cue("participation", norms, te2))
            {
                var stop3 = Enumerable.Range(te2 + 1, Math.Max(0, ce - te2 - 1)).FirstOrDefault(k => Cue("target-stop", norms, k), ce);
                after.AddRange(participants.Where(a => a.Start > te2 && a.Start < stop3));
            }
            var sources = new List<string>();
            var targets = new List<string>();
            string? location = null;
            var background = false;
            var passiveReception = false;
            EventMention? referred = null;
            // The nearest speaker before the trigger ("قال الكرملين إن بوتين أكد ... وأبدى"): the subject carried by a
            // conjoined verb; the attribution stays with the outer frame.
            var speaker = frames.LastOrDefault(f => f.Actor != null && f.Start < ts && f.Kind is FrameKind.Statement or FrameKind.Verb) ?? speakerFrame ?? governing;
            string? SpeakerActor() => speaker is { Actor: { } sp, Kind: FrameKind.Statement or FrameKind.Verb } && !sp.StartsWith("rasd:anonymous:", StringComparison.Ordinal) ? sp : null;
            // "بين" may follow the noun the trigger heads ("استضافت ... اجتماعاً بين روبيو ولافروف").
            var ctxEnd = (EventLexicon.ContextAt(row, norms, te, c.Window) ?? new List<int>()).DefaultIfEmpty(te - 1).Max() + 1;
            var between = Enumerable.Range(te, Math.Max(0, Math.Min(norms.Count, Math.Max(te, ctxEnd) + 4) - te)).FirstOrDefault(k => Cue("between", norms, k), -1);
            var twoSides = false;
            if (between >= 0)
            {
                var stop = Enumerable.Range(between, Math.Max(0, ce - between)).FirstOrDefault(k => Cue("target-stop", norms, k), ce);
                // A pair that names nobody before a comma ends there ("بين البلدين، وذلك خلال زيارة ... إلى روسيا": the place
                // visited is no party); "بين وفد الولايات المتحدة برئاسة روبيو، ووفد روسيا" goes on.
                var comma = Enumerable.Range(between + 1, Math.Max(0, stop - between - 1)).FirstOrDefault(k => norms[k] is "،" or "," or "؛", -1);
                if (comma > 0 && !participants.Any(a => a.Start > between && a.Start < comma)) stop = comma;
                var inside = participants.Where(a => a.Start > between && a.Start < stop).Select(a => ActorId(a)).Distinct().ToList();
                // "بين وفد الولايات المتحدة برئاسة روبيو ووفد روسيا برئاسة لافروف": two sides, each with its own people.
                var first = inside.FirstOrDefault();
                var second = first == null ? null : inside.FirstOrDefault(a => a != first && !SameCountry(a, first));
                second ??= inside.Skip(1).FirstOrDefault();
                if (first != null) sources.Add(first);
                if (second != null) targets.Add(second);
                if (second != null && !SameCountry(first!, second))
                    foreach (var a in inside)
                    {
                        if (a == first || a == second) continue;
                        if (SameCountry(a, first!)) sources.Add(a);
                        else if (SameCountry(a, second)) targets.Add(a);
                    }
                // "محادثات هي الأرفع مستوى بين البلدين": a pair named by no actor leaves the parties to the subject.
                if (first == null)
                {
                    twoSides = Enumerable.Range(between + 1, Math.Max(0, Math.Min(stop, between + 5) - between - 1)).Any(k => Cue("the-two", norms, k));
                    between = -1;
                }
            }
            // "مكالمة هاتفية أجراها ترامب مع بوتين": the subject of the light verb that takes the noun is its source.
            if (sources.Count == 0 && !row.Verb && te < norms.Count && Cue("light", norms, te) && norms[te].Length > 3 && norms[te][^1] is 'ه' or 'ا'
                && after.FirstOrDefault(a => a.Start > te && a.Start <= te + 3) is { } lightSubject)
            {
                sources.Add(ActorId(lightSubject));
                if (after.FirstOrDefault(a => a.Start >= lightSubject.End && ActorId(a) != ActorId(lightSubject)) is { } withWhom) targets.Add(ActorId(withWhom));
            }
            // "تلقى الشرع اتصالاً هاتفياً من بوتين": the one who receives is the target, the one after من the source.
            var recvAt = Enumerable.Range(Math.Max(cs, ts - 6), ts - Math.Max(cs, ts - 6)).Where(k => Cue("receive", norms, k)).DefaultIfEmpty(-1).Last();
            if (sources.Count == 0 && recvAt >= 0 && !row.Verb)
            {
                var min = Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 6) - te)).FirstOrDefault(k => norms[k] is "من" or "عن", -1);
                var sender = min < 0 ? null : participants.FirstOrDefault(a => a.Start > min && a.Start <= min + 4);
                var receiver = participants.FirstOrDefault(a => a.Start > recvAt && a.End <= ts)
                               ?? participants.LastOrDefault(a => a.End <= recvAt && a.End >= recvAt - 1 && a.Start >= cs);
                if (sender != null)
                {
                    sources.Add(ActorId(sender));
                    if (receiver != null) targets.Add(ActorId(receiver));
                    else if ((SpeakerActor() ?? (toks[recvAt].Norm.StartsWith('و') ? lastEvent?.TargetActors.FirstOrDefault() : null)) is { } r0) targets.Add(r0);
                }
            }
            if (sources.Count == 0 && row.Frame == "visit")
            {
                var dest = actors.FirstOrDefault(a => a.Start >= te && a.Start < te2 && !a.InTitle
                                                      && (a.IsPlace || a.Type == EntityType.Country && (a.Start == te || norms[a.Start - 1] is "الي" || toks[a.Start].Norm.StartsWith("ل", StringComparison.Ordinal) && !toks[a.Start].Norm.StartsWith("ال", StringComparison.Ordinal))
                                                          // "يصل إلى البيت الأبيض": a seat of power after إلى is where one goes.
                                                          // ("حل ضيفاً على الكرملين": the seat one is the guest of)
                                                          || a.Type == EntityType.Organization && a.Start > 0 && norms[a.Start - 1] is "الي" or "علي" && a.Id.StartsWith("rasd:presidency:", StringComparison.Ordinal)));
                var subj = actors.Where(a => a.Start >= te && a.Start < te2 && (dest == null || a.Start < dest.Start) && !a.IsPlace && !a.InTitle && !a.Where).ToList();
                // After a noun ("أدى الوزير زيارة إلى العاصمة السورية دمشق") only a genitive right after it is the visitor;
                // other names before the destination qualify it, and the subject before the noun visits.
                var visitor = LedBy(norms, actors, cs, ce) ?? RelativeAntecedent(norms, participants, ts)
                              ?? subj.LastOrDefault(a => a.Type == EntityType.Person)
                              ?? (row.Verb ? subj.FirstOrDefault() : subj.FirstOrDefault(a => a.Start == te) ?? before.LastOrDefault() ?? subj.FirstOrDefault())
                              // "وصل إلى بيروت آتياً من تركيا، حيث زار إزنيق": after حيث, the subject of the clause before
                              ?? (row.Verb && ts > 0 && Cue("where-clause", norms, ts - 1) ? before.FirstOrDefault(a => !a.IsPlace && !a.Where && a.Type is EntityType.Person or EntityType.Organization or EntityType.Group) : null)
                              ?? before.LastOrDefault();
                // Nobody visits his own country: of a pair named before ("وقع بزشكيان ونظيره الروسي بوتين ... خلال زيارة إلى
                // روسيا"), the visitor is the one from elsewhere.
                if (visitor != null && dest != null && !row.Verb && visitor == before.LastOrDefault() && SameCountry(ActorId(visitor), dest.Stands ?? dest.Id)
                    && before.LastOrDefault(a => !a.IsPlace && !SameCountry(ActorId(a), dest.Stands ?? dest.Id)) is { } guest) visitor = guest;
                if (visitor != null) sources.Add(ActorId(visitor));
                if (dest != null)
                {
                    location = dest.Id;
                    var host = dest.Stands ?? dest.Id;
                    // "حطت طائرة ترامب في مطار بن غوريون": one lands at an airport (a port, a crossing) of a country, whose
                    // government hosts the visit.
                    if (dest.Stands == null && IsCueWord("named-place", toks[dest.Start].Norm) && dict?.Get(dest.Id)?.Country is { } dc
                        && (dict.Get("rasd:government:" + dc)?.Id ?? dict.CountryId(dc)) is { } hostState) host = hostState;
                    if (!sources.Contains(host)) targets.Add(host);
                }
                else if (after.FirstOrDefault(a => visitor == null || a.Start > visitor.Start) is { } t) targets.Add(ActorId(t));
                // "الرباط - ... لامي، الذي يقوم بزيارة للمملكة": a visit to no named place, by someone from elsewhere, is to
                // where the dispatch was filed.
                else if (visitor != null && st.Dateline is { Stands: { } home } dl && !SameCountry(ActorId(visitor), home))
                {
                    location = dl.Id;
                    targets.Add(home);
                }
            }
            // "بوساطة قطرية مصرية أمريكية": the mediators are the countries of the adjectives after the noun.
            if (row.Cameo == "045" && !row.Verb && sources.Count == 0 && dict != null)
                for (var k = te; k < Math.Min(ce, te + 4); k++)
                {
                    if (dict.MatchAt(norms, k, p => p.Kind == PhraseKind.Demonym) is not { Info.Ids.Count: > 0 } dm || actors.Any(a => a.Start <= k && k < a.End)) break;
                    if (!sources.Contains(dm.Info.Ids[0])) sources.Add(dm.Info.Ids[0]);
                }
            var conjoined = row.Verb && withConjunction;
            var lightAt = Enumerable.Range(Math.Max(cs, ts - 3), ts - Math.Max(cs, ts - 3)).Where(k => Cue("light", norms, k)).DefaultIfEmpty(-1).Last();
            // "وكان الجيش الإسرائيلي قد شن في وقت سابق اليوم غارة": a time may stand between the light verb and its noun.
            if (lightAt < 0)
                for (var k = ts - 4; k >= Math.Max(cs, ts - 6); k--)
                    if (Cue("light", norms, k))
                    {
                        var lk = k;
                        // ("شن الطيران الحربي الإسرائيلي اليوم الجمعة غارة": or the light verb's subject, a country's forces by their adjective)
                        if (Enumerable.Range(lk + 1, ts - lk - 1).All(j => Cue("time-word", norms, j))
                            || !actors.Any(a => a.Start > lk && a.Start < ts) && !toks.Skip(lk + 1).Take(ts - lk - 1).Any(t => t.Kind == TokenKind.Punct)
                               && DemonymIn(norms, actors, lk + 1, ts) != null) lightAt = k;
                        break;
                    }
            var light = lightAt >= 0;
            // "وأبدى استعداد بلاده": a light verb joined by و with nobody between it and the noun keeps the sentence's subject.
            if (light && toks[lightAt].Norm.Length > 2 && toks[lightAt].Norm[0] is 'و' or 'ف' && IsLight(toks[lightAt].Norm[1..]) && !actors.Any(a => a.Start > lightAt && a.Start < ts)) conjoined = true;
            // "قال ترامب إنه أجرى اتصالاً": a complementizer with a pronoun takes the speaker as subject; "وإنهما اتفقا": the
            // speaker and the other party of what was just reported.
            var pronounSubject = cs > 0 && Cue("complementizer", norms, cs - 1) && norms[cs - 1].Length >= 3 && norms[cs - 1][^1] is 'ه' or 'ا'
                                 && !before.Any() && !(cs < norms.Count && Cue("impersonal", norms, cs)) ? SpeakerActor() : null;
            // "المحادثات التي أجراها اليوم مع روبيو": the noun's relative clause has the speaker as subject.
            if (pronounSubject == null && !row.Verb && te + 1 < norms.Count && Cue("relative", norms, te) && Cue("light", norms, te + 1)) pronounSubject = SpeakerActor() ?? before.LastOrDefault()?.Id;
            // "إن من يضرب إسرائيل سيضرب بقوة": a name after "whoever" and his verb is that verb's object; the speaker threatens.
            if (pronounSubject == null && row.Plover == "THREATEN" && row.Verb && before.LastOrDefault() is { } wo && wo.End == ts && wo.Start >= 2
                && Cue("whoever", norms, wo.Start - 2)) pronounSubject = SpeakerActor();
            if (between < 0 && sources.Count == 0)
            {
                // The subject right after a verb (VSO), allowing a title word between ("استقبل الرئيس السوري أحمد الشرع").
                // ("رحب وزراء خارجية تركيا والسعودية وقطر ...": the ministers of the countries named, as a plural title)
                bool Right(ActorRef a) => a.Start == te || (a.Start == te + 1 && (norms[te].StartsWith("ال", StringComparison.Ordinal) || toks[te].Kind == TokenKind.Punct))
                                          || a.Start > te && a.Start <= te + 6 && a.Type is EntityType.Country or EntityType.Organization
                                             && lex.CueAt("plural-title", norms, te) is var pt and > 0
                                             && Enumerable.Range(te + pt, a.Start - te - pt).All(k => Cue("plural-title", norms, k) || norms[k] is "و" or "،" or "," || TitleWord(norms[k]) || norms[k] is "دولة" or "دول");
                // The subject after a verb may sit behind a title ("واستقبل قائد الإدارة السورية الجديدة أحمد الشرع"): the first person within a few words.
                var namelessSubject = false;
                bool Possessed(int upTo)
                {
                    for (var k = te; k < upTo && k < toks.Count; k++)
                        if (toks[k].Kind == TokenKind.Word && toks[k].Norm is { Length: >= 5 } w && (w.EndsWith("ها", StringComparison.Ordinal) || w.EndsWith("هم", StringComparison.Ordinal))) return true;
                    return false;
                }
                ActorRef? VsoSubject()
                {
                    var first = after.FirstOrDefault();
                    if (first == null) return null;
                    // "فيما تتهم الحكومة قوات الدعم السريع": a definite noun naming nobody the document names, right after
                    // the charge, is its subject; the name after it is the one charged
                    if (row.Plover is "ACCUSE" or "THREATEN" && first.Start > te && te < toks.Count && toks[te].Kind == TokenKind.Word
                        && toks[te].Norm.StartsWith("ال", StringComparison.Ordinal) && !actors.Any(a => a.Start <= te && te < a.End)
                        && first.Type != EntityType.Person && (!TitleWord(toks[te].Norm) || first.Start == te + 1))
                    {
                        namelessSubject = true;
                        return null;
                    }
                    // A title and a comma may stand before the name ("استقبل رئيس الجمهورية، السيد عبد المجيد تبون").
                    // (a longer title when it names an organisation: "دعا زعيم تنظيم «بي كا كا» الإرهابي عبد الله أوجلان")
                    var person = after.FirstOrDefault(a => a.Type == EntityType.Person && a.Start <= te + 5
                                                           && (!Blocked(toks, te, a.Start, comma: true) || a.Start > te && TitleWord(toks[te].Norm) && TitleGap(toks, te, a.Start, 5)))
                                 ?? after.FirstOrDefault(a => a.Type == EntityType.Person && a.Start > te + 5 && a.Start <= te + 9 && TitleWord(toks[te].Norm)
                                                              && TitleGap(toks, te, a.Start, 9)
                                                              // (or the person's own office: "رئيس المجلس السياسي الأعلى المشير الركن مهدي المشاط")
                                                              && (actors.Any(t => t.InTitle && t.Start > te && t.End <= a.Start) || HoldsTitleAt(a.Id, norms, te)));
                    // "وستستدعي سفيرها لدى الجزائر ستيفان روماتيه": a name after a noun with a possessive pronoun is that
                    // noun's apposition, part of the object, not the subject
                    if (person != null && Possessed(person.Start)) person = null;
                    if (person != null && (first.Type != EntityType.Person || person == first) && !Right(first)) return person;
                    if (person != null && first.Type != EntityType.Person && Right(first) && person.Start <= te + 5 && first.End >= person.Start - 1) return person;
                    return Right(first) ? first : null;
                }
                ActorRef? src = null;
                // ("وكان ترامب قد بعث": the particle قد stands between the subject and its verb)
                var adjacentBefore = before.LastOrDefault() is { } ab && (ab.End == ts || ab.End == ts - 1 && Cue("verb-particle", norms, ts - 1)) ? ab : null;
                var antecedent = row.Verb ? RelativeAntecedent(norms, participants, ts) : null;
                // "بوتين والشرع يجريان ...": coordinated subjects before the verb are the two parties.
                // (titles may stand between: "بوتين والرئيس الأمريكي دونالد ترامب")
                // (not the two named after بين in a clause of their own before it: "المفاوضات بين إيران والولايات المتحدة، كما دعا")
                var coordinated = before.Count >= 2 && Coordinated(toks, before[^2], before[^1])
                                  && !(before[^2].Start > 0 && Cue("between", norms, before[^2].Start - 1) && Blocked(toks, before[^1].End, ts, comma: true));
                var oneSide = false;
                // "ثم انتقل لاريجاني إلى عين التينة، حيث التقى رئيس مجلس النواب نبيه بري", "زار بغداد، حيث وقع مذكرة": after
                // حيث the verb keeps the subject of the clause before; the name after it is its object ("حيث استقبله X": X's).
                // ("حيث التقى الأب الأقدس أيضاً رئيس مجلس النواب": a name after the verb that the clause before named is its subject)
                var whereSubject = row.Verb && !objectSuffix && ts > 0 && Cue("where-clause", norms, ts - 1)
                                   && !(after.FirstOrDefault() is { } a1 && before.Any(b => b.Id == a1.Id))
                    ? before.FirstOrDefault(a => !a.IsPlace && !a.Where && !a.Dative && a.Type is EntityType.Person or EntityType.Organization or EntityType.Group) : null;
                if (pronounSubject != null) sources.Add(pronounSubject);
                else if (whereSubject != null) src = whereSubject;
                // "بالرئيس المصري السيسي والرئيس الفرنسي ماكرون، الذي يزور مصر": a singular relative pronoun speaks of the last
                // name only, whatever stands coordinated before it.
                else if (antecedent != null && Cue("relative-singular", norms, ts - 1)) src = antecedent;
                else if (coordinated && (before[^1].End >= ts - 4 || light))
                {
                    sources.Add(ActorId(before[^2]));
                    // "عقد وفد إيراني برئاسة غريب آبادي ومجيد تخت روانجي محادثات مع ...": two of one side talk with a third.
                    // "وأجرى جلالته والرئيسان السيسي وماكرون اتصالا هاتفيا مع الرئيس الأميركي": leaders of several countries
                    // together, when the one they talk with follows "مع" right after the noun.
                    var withNext = Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 3) - te)).FirstOrDefault(k => Cue("with", norms, k), -1) is var wn and >= 0
                                   && after.Any(a => a.Start > wn && a.Start <= wn + 3);
                    oneSide = row.Frame != "visit" && (SameCountry(ActorId(before[^2]), ActorId(before[^1]))
                                                        && after.Any(a => Enumerable.Range(te, Math.Max(0, a.Start - te)).Any(k => Cue("with", norms, k)))
                                                        || withNext);
                    if (row.Frame != "visit" && !oneSide) targets.Add(ActorId(before[^1]));
                    else
                    {
                        sources.Add(ActorId(before[^1]));
                        if (oneSide && before.Count >= 3 && Coordinated(toks, before[^3], before[^2]) && !sources.Contains(ActorId(before[^3]))) sources.Insert(0, ActorId(before[^3]));
                    }
                }
                else if (antecedent != null) src = antecedent;                                              // "الشيباني، الذي يزور روسيا"
                else if (row.Verb && adjacentBefore != null && !conjoined) src = adjacentBefore;                // SVO: "بوتين دعا الشيباني"
                // "وقالت الخارجية ... إنها ترفض الاتهامات، واتهمت السلطات في باماكو بمحاولة ...": a conjoined accusation's one
                // party before the charge (ب...) is the accused; the accuser is the subject of the clause before.
                else if (row.Verb && VsoSubject() is { } a0
                         && !(conjoined && row.Plover == "ACCUSE" && a0.End < toks.Count && toks[a0.End].Kind == TokenKind.Word && norms[a0.End][0] == 'ب'
                              && lastEvent != null && lastEvent.Span == sent.Span && lastEvent.SourceActors.Count > 0)) src = a0; // VSO
                // "وكان الرئيس الروسي في استقبال السلطان": the one who is "in the reception" of a guest hosts him.
                else if (!row.Verb && row.Frame == "host" && !objectSuffix && ts > cs && Cue("receiving", norms, ts - 1)
                         && before.LastOrDefault(a => !a.IsPlace && !a.Where) is { } receiving) src = receiving;
                else if (!row.Verb && after.FirstOrDefault() is { } gp && gp.Start == te && gp.IsPlace && MeetingNoun(row))
                {
                    // "محادثات مسقط", "قمة الرياض": a city after a meeting noun is where it is held, not a party.
                    location = gp.Id;
                    after.Remove(gp);
                }
                // genitive: "اتصال بوتين والشرع", "استعداد روسيا"; not one with a preposition ("الشكر للرئيس التركي": to whom)
                // (a noun with a pronoun has its possessor: "لقائه الرئيس الروسي" names whom he met)
                // ("باعتراف كل من المملكة المتحدة وكندا": "each of" may come first)
                else if (!row.Verb && after.FirstOrDefault() is { } g && (g.Start == te || g.Start == te + lex.CueAt("each-of", norms, te) && g.Start > te)
                         && !light && !g.Attached && !objectSuffix && !Cue("patient-genitive", norms, ts)
                         // ("زيارة الدوحة": the city of a visit is where one goes)
                         && !(row.Frame == "visit" && g.IsPlace && g.Stands != null)) src = g;
                else if (!row.Verb && objectSuffix && ts > 0 && Cue("during", norms, ts - 1)
                         && st.LastEvent is { } main && main.Span == sent.Span && main.SourceActors.Count > 0) sources.Add(main.SourceActors[0]); // "طلب ... خلال اجتماعه": his, the subject's
                // "سلم وزير الخارجية عباس عراقجي، خلال لقائه الرئيس الروسي": the subject just named, before its verb's object.
                else if (!row.Verb && objectSuffix && ts > 1 && Cue("during", norms, ts - 1) && before.LastOrDefault() is { } db && db.End >= ts - 2 && !db.IsPlace
                         && db.Type is not (EntityType.Location or EntityType.Country)) src = db;
                else if (!row.Verb && objectSuffix && before.LastOrDefault() is { } pb && pb.End >= ts - 1 && !Blocked(toks, pb.End, ts, comma: true)) src = pb; // "أبدت وزارة الدفاع استعدادها"
                // "وأعرب الشرع اليوم عن ترحيبه": the subject of the light verb, a few words from the noun its pronoun points back to.
                else if (!row.Verb && objectSuffix && before.LastOrDefault() is { } lb && lb.End >= ts - 4 && !Blocked(toks, lb.End, ts, comma: true)
                         && Enumerable.Range(cs, Math.Max(0, lb.Start - cs)).Any(k => Cue("light", norms, k) && lb.Start - k <= 4)) src = lb;
                // "قال الشيباني إن سوريا ترفض ...، معرباً عن شكره لتركيا": a noun with its pronoun after a circumstantial
                // participle is the speaker's, not the subject's of the words quoted.
                else if (!row.Verb && (objectSuffix || toks[ts].Text.EndsWith('ه') || toks[ts].Text.EndsWith("ها", StringComparison.Ordinal) || toks[ts].Text.EndsWith("هم", StringComparison.Ordinal))
                         && SpeakerActor() is { } circumstantialSpeaker
                         && Enumerable.Range(Math.Max(cs, ts - 3), ts - Math.Max(cs, ts - 3)).Any(k => Cue("circumstantial", norms, k) && k > 0 && norms[k - 1] is "," or "،"))
                    sources.Add(circumstantialSpeaker);
                else if (conjoined || (!row.Verb && objectSuffix)) src = null;                          // "ودعا ...", "استعداده": the subject of the sentence
                // SVO, or the subject of a light verb; an attack noun is not committed by the subject of some other verb
                // ("كشفت الشرطة البريطانية هوية منفذي اعتداءات لندن"), only of one that carries it out ("شنت إسرائيل هجوماً").
                else if (before.LastOrDefault() is { } b0 && (row.Verb || light || row.Plover != "ASSAULT"
                                                               || Enumerable.Range(cs, Math.Max(0, b0.Start - cs)).Any(k => Cue("light", norms, k)))) src = b0;
                if (sources.Count > 0) { }
                else if (src != null)
                {
                    sources.Add(ActorId(src));
                    // "أدانت السعودية وقطر": both condemn; "وقع الشرع وعبدي اتفاقاً": the two sides of what they signed.
                    if (row.Plover != "CONSULT" && src.Start >= te)
                        for (var k = after.IndexOf(src); k >= 0 && k + 1 < after.Count && Coordinated(toks, after[k], after[k + 1]); k++)
                            (row.Plover == "AGREE" && !SameSide(ActorId(after[k + 1]), ActorId(src)) ? targets : sources).Add(ActorId(after[k + 1]));
                }
                // A reporting verb with its own subject after the sentence's last event ("وبعد اللقاء، تحدث باراك إلى
                // الصحافيين، فأعرب عن رضاه") gives the conjoined verb its subject.
                else if ((conjoined || (!row.Verb && objectSuffix))
                         && (lastEvent != null && lastEvent.Span == sent.Span && lastEvent.SourceActors.Count > 0
                             && !(SpeakerActor() != null && frames.Contains(speaker!) && toks[speaker!.Start].Span.Start > lastEvent.Trigger.Start)
                             // "وقال أردوغان إن الهجوم على قطر استهدف جهود الوساطة ...، ودعا": an act of speech after the words
                             // quoted is the speaker's, unless what was quoted is someone's act of speech ("إن بوتين أكد ... ودعا").
                             && !(SpeechAct(row.Cameo) && !SpeechAct(lastEvent.Cameo) && SpeakerActor() != null && toks[speaker!.Start].Span.Start < lastEvent.Trigger.Start)
                             ? lastEvent.SourceActors[0]
                             : SpeakerActor() ?? lastEvent?.SourceActors.FirstOrDefault()
                               // "بعد أن دخلت ميليشيا الدعم السريع مدينة الفاشر واقتحمت مقر الفرقة": the subject of the verb before,
                               // its first actor, not its object ("وكان ترامب قد أمهل حماس ... وتوعد")
                               ?? (conjoined && before.FirstOrDefault(a => !a.IsPlace && a.Type is not (EntityType.Location or EntityType.Country) && !a.Where && !a.Dative) is { } pv ? ActorId(pv) : null)) is { } carried)
                    sources.Add(carried);
                if (pronounSubject != null && cs > 0 && norms[cs - 1].EndsWith("هما", StringComparison.Ordinal) && lastEvent != null && lastEvent.Span == sent.Span)
                    targets.AddRange(lastEvent.SourceActors.Concat(lastEvent.TargetActors).Where(x => !sources.Contains(x)).Take(1));
                else if (row.Verb && row.Frame == "host" && objectSuffix && lastEvent != null)
                    targets.AddRange(lastEvent.SourceActors.Where(x => !sources.Contains(x)));   // "واستقبله": the one just named
                else if (coordinated && pronounSubject == null && !oneSide) { }
                else
                {
                    // After a subject that follows the verb, the object comes after the subject; the leader of a
                    // delegation is the guest ("استقبل الشرع وفداً روسياً برئاسة بوغدانوف").
                    var srcRef = src;
                    bool Free(ActorRef a) => a != srcRef && (srcRef == null || srcRef.Start < ts || a.Start >= srcRef.End) && !sources.Contains(ActorId(a));
                    // The guest one hosts is a person where one is named ("استقبل تبون وزير الخارجية للجمهورية الفرنسية،
                    // السيد جان-نويل بارو": the country qualifies his title).
                    var tgt = (row.Frame == "host" ? LedBy(norms, actors, te, te2) : null)
                              ?? (row.Frame == "host" && after.FirstOrDefault(Free) is { Type: EntityType.Country or EntityType.Location } first0
                                  && after.FirstOrDefault(a => Free(a) && a.Type == EntityType.Person && a.Start > first0.Start && a.Start - first0.End <= 5) is { } guest ? guest : null)
                              ?? after.FirstOrDefault(Free);
                    if (tgt != null)
                    {
                        targets.Add(ActorId(tgt));
                        // "استقبل عون رئيس مجلس النواب نبيه بري والرئيس المكلف نواف سلام": both guests.
                        for (var k = after.IndexOf(tgt); k >= 0 && k + 1 < after.Count && Coordinated(toks, after[k], after[k + 1]); k++)
                            if (!sources.Contains(ActorId(after[k + 1]))) targets.Add(ActorId(after[k + 1]));
                    }
                }
                // "أدلى بارو بتصريحه عقب استقباله من قبل الرئيس الجزائري": a reception in the passive; its agent hosts
                // the one its pronoun points back to, the clause's subject.
                if (row.Frame == "host" && !row.Verb && objectSuffix && AgentBy(norms, participants, te, Math.Min(ce, te + 2)) is { } passiveHost)
                {
                    var guest = before.LastOrDefault(a => ActorId(a) != passiveHost && !a.IsPlace) is { } bg ? ActorId(bg)
                        : lastEvent?.SourceActors.FirstOrDefault(x => x != passiveHost);
                    sources.Clear(); sources.Add(passiveHost);
                    targets.Clear();
                    passiveReception = true;
                    if (guest != null) targets.Add(guest);
                }
                // "سلم عراقجي، خلال لقائه بوتين، رسالة خطية من خامنئي", "الذي سلمه رسالة من المرشد": a letter carried by a
                // messenger is its sender's, to the other party of the meeting the sentence reports.
                if (row.Type == "message" && !row.Verb
                    && Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 3) - te)).FirstOrDefault(k => norms[k] == "من", -1) is var mk and >= 0
                    // (the sender's titles may come first: "من قائد الثورة الإسلامية آية الله السيد علي خامنئي")
                    && participants.FirstOrDefault(a => a.Start > mk && a.Start <= mk + 7 && !a.IsPlace) is { } sender
                    && !toks.Skip(mk + 1).Take(sender.Start - mk - 1).Any(t => t.Kind == TokenKind.Punct))
                {
                    var senderId = ActorId(sender);
                    var receiver = targets.FirstOrDefault(t => t != senderId && !SameSide(t, senderId) && after.Any(a => ActorId(a) == t && a.Start > sender.End))
                        ?? (lastEvent is { Plover: "CONSULT" } met0 && met0.Span == sent.Span && !SentenceBackground(norms)
                            ? met0.SourceActors.Concat(met0.TargetActors).FirstOrDefault(x => x != senderId && !SameCountry(x, senderId)) : null);
                    if (receiver != null && !sources.Contains(senderId) || sources.Count == 0)
                    {
                        sources.Clear(); sources.Add(senderId);
                        targets.Clear();
                        if (receiver != null) targets.Add(receiver);
                    }
                }
                // "واستقبل ترامب ضيفه الروسي": the guest of that country, by name when the item has named him.
                if (row.Frame == "host" && targets.Count == 0
                    && Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 2) - te)).FirstOrDefault(k => Cue("guest", norms, k), -1) is var gk and >= 0
                    && DemonymIn(norms, actors, gk + 1, gk + 2) is { } guestCountry)
                {
                    var named = st.Events.SelectMany(e => e.SourceActors.Concat(e.TargetActors)).LastOrDefault(a => dict?.Get(a) is { Type: EntityType.Person } p && dict.CountryId(p.Country ?? "") == guestCountry);
                    targets.Add(named ?? guestCountry);
                }
                // "استقبل الشرع الوفد الروسي": an unnamed guest is the visitor just reported.
                if (row.Frame == "host" && targets.Count == 0 && st.Events.LastOrDefault(e => e.Cameo == "042") is { } visit) targets.AddRange(visit.SourceActors.Where(x => !sources.Contains(x)));
                // "واستقبل سيد بعبدا ضيفيه": the guests are the others of the meeting just reported.
                if (row.Frame == "host" && targets.Count == 0 && objectSuffix && sources.Count > 0
                    && st.Events.LastOrDefault(e => e.Cameo is "043" or "044" or "040") is { } met && met.SourceActors.Concat(met.TargetActors).Any(x => sources.Any(y => SameSide(x, y))))
                    targets.AddRange(met.SourceActors.Concat(met.TargetActors).Where(x => !sources.Any(y => SameSide(x, y))));
                // "أجرى الوفد محادثات مع الشرع": the delegation is the visitor just reported.
                if (sources.Count == 0 && Enumerable.Range(Math.Max(cs, ts - 3), Math.Min(norms.Count, te + 2) - Math.Max(cs, ts - 3)).Any(k => Cue("delegation", norms, k))
                    && st.Events.LastOrDefault(e => e.Cameo is "042" or "043") is { } v)
                    sources.AddRange(v.Cameo == "042" ? v.SourceActors : v.TargetActors);
                // "أعلن عراقجي أن المحادثات مع ويتكوف جرت ...": talks with someone that name no other side are the speaker's.
                if (sources.Count == 0 && targets.Count == 1 && !row.Verb && MeetingNoun(row) && SpeakerActor() is { } withSp && !SameSide(withSp, targets[0])
                    && Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 4) - te)).FirstOrDefault(k => Cue("with", norms, k), -1) is var mu && mu >= 0
                    && after.FirstOrDefault(a => ActorId(a) == targets[0]) is { } withT && withT.Start > mu && withT.Start <= mu + 4)
                    sources.Add(withSp);
                // "ونفى حزب الله أن يكون قد أطلق الصواريخ": who denies, denies an act of his own.
                if (sources.Count == 0 && Enumerable.Range(0, ts).LastOrDefault(k => Cue("denial", norms, k), -1) is var dk and >= 0
                    && participants.FirstOrDefault(a => a.Start > dk && a.Start <= dk + 2 && a.End <= ts) is { } denier
                    && Enumerable.Range(denier.End, Math.Max(0, ts - denier.End)).Any(k => Cue("complementizer", norms, k))
                    && !actors.Any(a => a.Start >= denier.End && a.Start < ts))
                    sources.Add(ActorId(denier));
                // The speaker of the sentence acts when the clause names nobody ("وأن بلاده مستعدة ...").
                // An attack only when it is what the verb itself announces ("أعلن الجيش استعادة السيطرة على القصر").
                if (sources.Count == 0 && !light && row.Plover != "CONSULT" && !namelessSubject && SpeakerActor() is { } sp
                    && (row.Plover != "ASSAULT" || speaker is { Kind: FrameKind.Statement } spf && spf.End <= ts && ts - spf.End <= 3
                                                  && !Enumerable.Range(spf.Start + 1, Math.Max(0, ts - spf.Start - 1)).Any(k => Cue("complementizer", norms, k))))
                    sources.Add(sp);
            }
            // "أنه سيتوجه إلى واشنطن يوم الاثنين للقاء الرئيس ترامب": a meeting the visit is for is the visitor's, with whom
            // the noun names.
            if (!row.Verb && row.Plover == "CONSULT" && c.Proclitic == "ل" && _sentenceFound.LastOrDefault() is { Cameo: "042", SourceActors.Count: > 0 } trip
                && after.FirstOrDefault(a => a.Start >= te && a.Start <= te + 2 && Enumerable.Range(te, a.Start - te).All(k => TitleWord(norms[k])) && !trip.SourceActors.Any(x => SameSide(x, ActorId(a)))) is { } metWith)
            {
                sources.Clear(); sources.AddRange(trip.SourceActors);
                targets.Clear(); targets.Add(ActorId(metWith));
            }
            // "وشهد الاجتماع توقيع مذكرة تفاهم بين وزارتي الدفاع في البلدين": the two sides are those of the meeting reported.
            if (twoSides && row.Plover == "AGREE" && sources.Count == 0 && targets.Count == 0
                && st.Events.Concat(_sentenceFound).LastOrDefault(e => e.SourceActors.Count > 0 && e.TargetActors.Count > 0 && e.Plover is "CONSULT" or "AGREE") is { } pair)
            {
                sources.Add(pair.SourceActors[0]);
                targets.Add(pair.TargetActors[0]);
            }
            targets.RemoveAll(sources.Contains);
            // "إن التحذيرات في دمشق انتهت، والآن ستأتي الضربات": the state threatened is named in the threat's own words, where
            // it is only a place (Damascus for its government) as often as a party.
            // "إن إسرائيل تحركت ضد الحوثيين ... وستتحرك ضدهم": "against them" points back to the last other party named.
            if (row.Plover == "THREATEN" && targets.Count == 0 && sources.Count > 0
                && Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 2) - te)).Any(k => Cue("against-pronoun", norms, k))
                && participants.LastOrDefault(a => a.End <= ts && a.Start >= cs && !sources.Any(x => SameSide(x, ActorId(a)))) is { } against)
                targets.Add(ActorId(against));
            // "ودعا بارو السلطات الجزائرية إلى التراجع عن قرارها، محذراً من أن باريس لن يكون أمامها من خيار سوى الرد": the one
            // warned is the one just addressed.
            if (row.Plover == "THREATEN" && targets.Count == 0 && sources.Count > 0 && lastEvent is { } addressed && addressed.Span == sent.Span
                && addressed.TargetActors.Count > 0 && !addressed.TargetActors.Any(t => sources.Any(x => SameSide(x, t))))
                targets.AddRange(addressed.TargetActors);
            if (row.Plover == "THREATEN" && targets.Count == 0 && sources.Count > 0)
                foreach (var a in actors)
                {
                    // From the speaker's words on: a quotation may hold several clauses ("... انتهت، والآن ستأتي ...").
                    if (a.Start < (speakerFrame is { Kind: FrameKind.Statement } sf && sf.End <= ts ? sf.End : cs) || a.End > ce || a.Start >= ts && a.Start < te || a.IsPlace && a.Stands == null
                        || !a.IsPlace && a.Type != EntityType.Country) continue;
                    var id = ActorId(a);
                    if (sources.Any(x => x == id || SameSide(x, id))) continue;
                    targets.Add(id);
                    break;
                }
            // "خلال الاتصال": a reference to the consultation just reported, with its parties.
            var during = Enumerable.Range(Math.Max(cs, ts - 2), ts - Math.Max(cs, ts - 2)).Any(k => Cue("during", norms, k));
            bool Within(EventMention prior) => sources.Concat(targets).All(a => prior.SourceActors.Concat(prior.TargetActors).Any(b => SameSide(a, b)) || dict?.Get(a)?.Type == EntityType.Country);
            // (a meeting is not the letter delivered at it: "خلال لقائه" after "يسلم رسالة")
            if (during && lastConsult != null && row.Plover == "CONSULT" && !row.Verb && EventFamilies.Compatible(lastConsult.Cameo, row.Cameo) && Within(lastConsult)
                && (lastConsult.Type != "message" || row.Type == "message"))
                referred = lastConsult;
            // "اتفق الطرفان", "بين القائدين", "وجرى تبادل للآراء": the two parties of the consultation just reported.
            var pairCue = Enumerable.Range(Math.Max(cs, ts - 2), Math.Min(ce, te + 3) - Math.Max(cs, ts - 2)).Any(k => Cue("pair", norms, k));
            // "وتوجه ترامب إلى شرم الشيخ، حيث ترأس مع الرئيس المصري السيسي قمة السلام، ووقع الرئيسان": the pair is the two
            // people the sentence has named, before the consultation reported earlier.
            var pairOfSentence = pairCue && !SpeechAct(row.Cameo)
                                 && Enumerable.Range(Math.Max(cs, ts - 2), Math.Min(ce, te + 3) - Math.Max(cs, ts - 2)).Any(k => Cue("dual-leaders", norms, k))
                ? participants.Where(a => a.Type == EntityType.Person && a.End <= ts).Select(a => ActorId(a)).Distinct().ToList() : null;
            if (referred == null && pairOfSentence is { Count: 2 })
            {
                sources.Clear();
                targets.Clear();
                sources.Add(pairOfSentence[0]);
                targets.Add(pairOfSentence[1]);
            }
            else if (referred == null && lastConsult != null && (pairCue || sources.Count == 0 && light))
            {
                sources.Clear();
                if (SpeechAct(row.Cameo))
                {
                    // "طالب القادة الثلاثة بالعودة إلى وقف إطلاق النار": all who met say it together, to whoever else it names.
                    sources.AddRange(lastConsult.SourceActors.Concat(lastConsult.TargetActors).Distinct());
                    targets.RemoveAll(sources.Contains);
                }
                else
                {
                    targets.Clear();
                    sources.AddRange(lastConsult.SourceActors);
                    // (not the place a visit was to: "حطت طائرة ترامب في مطار بن غوريون ... ووقع الرئيسان")
                    targets.AddRange(lastConsult.TargetActors.Where(t => dict?.Get(t) is not { Type: EntityType.Location, StandsFor: null }));
                }
            }
            // "المكالمة", "الاتصال", "اللقاء", "الهجوم", "حضر الاجتماع": a definite noun naming nobody new is the event just
            // reported of that kind.
            // (the article may be part of the listed form: "اللقاء")
            var definite = !row.Verb && (c.Proclitic.Contains("ال", StringComparison.Ordinal) || objectSuffix
                                         || row.Plover == "CONSULT" && (toks[ts].Norm.StartsWith("ال", StringComparison.Ordinal)
                                             || toks[ts].Norm.Length > 3 && toks[ts].Norm[0] is 'و' or 'ف' && toks[ts].Norm.AsSpan(1).StartsWith("ال", StringComparison.Ordinal)));
            var attend = Enumerable.Range(Math.Max(cs, ts - 3), ts - Math.Max(cs, ts - 3)).Any(k => Cue("attend", norms, k));
            var circumstance = Enumerable.Range(Math.Max(cs, ts - 2), ts - Math.Max(cs, ts - 2)).Any(k => Cue("circumstance", norms, k));
            if (circumstance && prior0() is { } p0 && sources.Count + targets.Count == 0) referred = p0;
            // "حضر جلسة المباحثات" after a mediation in passing: the talks, not the mediation.
            EventMention? prior0() => st.Events.LastOrDefault(e => EventFamilies.Compatible(e.Cameo, row.Cameo) && e.SourceActors.Count + e.TargetActors.Count > 0 && e.Modality == Model.Modality.Asserted
                                                                   && (row.Cameo == "045" || e.Cameo != "045") && (e.Type != "message" || row.Type == "message"))
                                       ?? st.Events.LastOrDefault(e => EventFamilies.Compatible(e.Cameo, row.Cameo) && e.SourceActors.Count + e.TargetActors.Count > 0 && e.Modality == Model.Modality.Asserted
                                                                      && (e.Type != "message" || row.Type == "message"));
            if (referred == null && (definite || attend) && row.Plover is "CONSULT" or "ASSAULT"
                && prior0() is { } prior
                && (attend || ts == _accusedObject || Within(prior)) && !WithAnother(prior) && !ElsewhereThan(prior))
                referred = prior;
            // "الزيارة التي سيؤديها ماكرون إلى الجزائر" after his visit to Morocco: a visit to another country is another visit.
            bool ElsewhereThan(EventMention prior) =>
                row.Frame == "visit" && targets.Any(t => dict?.Get(t)?.Type == EntityType.Country
                                                         && !prior.SourceActors.Concat(prior.TargetActors).Append(prior.Location ?? "").Any(b => b.Length > 0 && SameCountry(t, b)));
            // "المحادثات غير المباشرة مع الولايات المتحدة" (or "بين إيران والولايات المتحدة") after a visit to Putin: talks
            // with a party of neither side are others.
            // (after بين, either of the two: "بين إيران والولايات المتحدة" after the Iranian minister's visit to Cairo)
            bool WithAnother(EventMention prior) =>
                Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 4) - te)).FirstOrDefault(k => Cue("with", norms, k) || Cue("between", norms, k), -1) is var wk and >= 0
                && after.Where(a => a.Start > wk && a.Start <= wk + (Cue("between", norms, wk) ? 5 : 2)).Take(2)
                       .Any(withWhom => !prior.SourceActors.Concat(prior.TargetActors).Any(b => SameSide(ActorId(withWhom), b) || dict?.Get(b) is { Country: { } bc } && dict.CountryId(bc) == ActorId(withWhom)));
            // "وقال عبدي إن الاتفاق يمثل فرصة": "the agreement" after one was signed in the item is that agreement.
            if (referred == null && !row.Verb && row.Cameo == "030" && (definite || toks[ts].Norm.StartsWith("ال", StringComparison.Ordinal))
                && st.Events.LastOrDefault(e => e.Cameo is "057" or "0871" && e.Modality == Model.Modality.Asserted && e.SourceActors.Count > 0 && Within(e)) is { } signed)
                referred = signed;
            // "على أن تستضيف مسقط الجولة الثالثة": a round of talks a state hosts is the talks' parties' (named after بين, or
            // those of the talks the item last reported that the host was no party to); the host is where it is held.
            if (row.Frame == "host-round" && referred == null)
            {
                var hostRef = between >= 0 ? participants.FirstOrDefault(a => a.Start >= cs && a.Start < between && !sources.Contains(ActorId(a)) && !targets.Contains(ActorId(a)))
                                           : null;
                // ("الجولة الثالثة من المحادثات غير المباشرة بين الجانبين الإيراني والأمريكي": بين further on)
                var farBetween = between >= 0 ? -1 : Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 15) - te)).FirstOrDefault(k => Cue("between", norms, k), -1);
                var roundParties = farBetween < 0 ? new List<string>()
                    : participants.Where(a => a.Start > farBetween && a.Start <= farBetween + 6 && !a.IsPlace).Select(a => ActorId(a)).Distinct().Take(2).ToList();
                if (between < 0)
                {
                    var hostId = sources.FirstOrDefault();
                    hostRef ??= participants.FirstOrDefault(a => a.Start >= cs && a.Start < ce && ActorId(a) == hostId);
                    sources.Clear();
                    targets.Clear();
                    if (roundParties.Count == 2)
                    {
                        sources.Add(roundParties[0]);
                        targets.Add(roundParties[1]);
                    }
                    else if (st.Events.LastOrDefault(e => e.Plover == "CONSULT" && e.ItemId == item.Id && e.SourceActors.Count > 0 && e.TargetActors.Count > 0
                                                     && (hostId == null || !e.SourceActors.Concat(e.TargetActors).Any(x => SameSide(x, hostId)))) is { } talks)
                    {
                        sources.AddRange(talks.SourceActors);
                        targets.AddRange(talks.TargetActors);
                    }
                }
                if (hostRef != null) location = hostRef.Id;
            }
            // "إعادة فرض عقوبات الأمم المتحدة على إيران": the genitive (or the demonym) of the sanctions imposes them, on whom
            // على names; the speaker of the sentence is neither.
            if (row.Frame == "sanctions" && referred == null
                && Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 2) - te)).FirstOrDefault(k => Cue("sanctions-word", norms, k), -1) is var sw and >= 0)
            {
                var imposer = participants.FirstOrDefault(a => a.Start == sw + 1 && !a.IsPlace);
                var on = Enumerable.Range(sw + 1, Math.Max(0, Math.Min(ce, sw + 8) - sw - 1)).FirstOrDefault(k => Cue("sanctioned", norms, k), -1);
                var sanctioned = on < 0 ? null : participants.FirstOrDefault(a => a.Start == on + 1);
                if (imposer != null || sanctioned != null)
                {
                    sources.Clear();
                    targets.Clear();
                    if (imposer != null) sources.Add(ActorId(imposer));
                    if (sanctioned != null && (imposer == null || ActorId(sanctioned) != ActorId(imposer))) targets.Add(ActorId(sanctioned));
                }
            }
            // "اعترفت فرنسا ... بدولة فلسطين", "الاعتراف الفرنسي", "إعلان المملكة المتحدة وكندا وأستراليا ... اعترافها بدولة
            // فلسطين": the state recognised follows ب; who recognises is the noun's adjective, or every state named before it.
            if (row.Cameo == "054" && referred == null
                && EventLexicon.ContextAt(row, norms, te, c.Window) is { Count: > 0 } recognisedAt
                && actors.FirstOrDefault(a => a.Start == recognisedAt[0]) is { } recognised)
            {
                var state = ActorId(recognised);
                var by = !row.Verb && te < norms.Count && DemonymIn(norms, actors, te, te + 1) is { } adj ? new List<string> { adj }
                    : objectSuffix ? participants.Where(a => a.Start >= cs && a.End <= ts && a.Type == EntityType.Country && ActorId(a) != state).Select(a => ActorId(a)).Distinct().ToList()
                    : sources.Where(x => x != state).ToList();
                if (by.Count > 0)
                {
                    sources.Clear();
                    sources.AddRange(by);
                }
                targets.Clear();
                targets.Add(state);
            }
            var (type, cameo, mode) = (row.Type, row.Cameo, row.Mode);
            // "استهدفت مسيّرات ... مواقع", "مسيّرات ضربت": force by drones or aircraft is an aerial attack (195)
            if (cameo == "190" && !Cue("downing", norms, ts) && Enumerable.Range(Math.Max(cs, ts - 2), Math.Max(0, Math.Min(ce, te + 2) - Math.Max(cs, ts - 2))).Any(k => Cue("aerial-means", norms, k)))
                (cameo, mode) = ("195", "aerial");
            if (referred != null)
            {
                // What this mention adds to an event reported without its target ("الهجمات الإسرائيلية على العاصمة السورية
                // دمشق" after the headline's "الهجمات الإسرائيلية") is kept.
                var ownTargets = targets.Where(t => after.Any(a => ActorId(a) == t)).ToList();
                sources.Clear(); targets.Clear();
                sources.AddRange(referred.SourceActors);
                targets.AddRange(referred.TargetActors);
                if (targets.Count == 0 && referred.Plover == "ASSAULT" && ts == _accusedObject) targets.AddRange(ownTargets.Where(t => !sources.Any(x => SameSide(x, t))));
                (type, cameo, mode) = (referred.Type, referred.Cameo, referred.PloverMode);
                // ("ضربنا هدفا" then "الغارة": the strike referred to was from the air)
                if (referred.Cameo == "190" && row.Cameo == "195") (type, cameo, mode) = (row.Type, row.Cameo, row.Mode);
                location = referred.Location;
                background = true;
            }
            // "أدانت الخارجية السورية الغارات": the accused is who carried out the attack named as the object.
            if (row.Plover == "ACCUSE" && referred == null)
            {
                // The attack may follow the subject and its frame ("وأدان المكتب السياسي لأنصار الله، في بيان، العدوان الأمريكي").
                var objFrom = after.FirstOrDefault(a => a.Start >= te && a.Start <= te + 3 && sources.Contains(ActorId(a))) is { } subj ? subj.End : te;
                var obj = cands.FirstOrDefault(d => d.At >= te && d.At <= objFrom + (objFrom > te ? 5 : 3) && d.At < ce && EventFamilies.Of(d.Row.Cameo) == "force");
                var objEnd = obj.Row != null ? obj.At + obj.Length : te;
                var accused = DemonymIn(norms, actors, objEnd, Math.Min(ce, objEnd + 8)) ?? AgentBy(norms, participants, objEnd, ce)
                              ?? (obj.Row != null ? st.Events.LastOrDefault(e => EventFamilies.Of(e.Cameo) == "force" && !e.SourceActors.Any(a => sources.Any(b => SameSide(a, b))))?.SourceActors.FirstOrDefault() : null);
                if (obj.Row != null) _accusedObject = obj.At;
                if (accused != null && !sources.Contains(accused)) { targets.Clear(); targets.Add(accused); }
            }
            // "طالبت 12 موظفا بالسفارة الفرنسية بمغادرة التراب الجزائري": diplomats expelled belong to the state their
            // mission's adjective names, not to the one expelling them.
            if (row.Plover == "REDUCE" && referred == null && (targets.Count == 0 || targets.All(t => sources.Any(x => SameSide(x, t))))
                && DemonymIn(norms, actors, te, Math.Min(ce, te + 10)) is { } served && !sources.Any(x => SameSide(x, served)))
            { targets.Clear(); targets.Add(served); }
            // "وأدانت قطر الهجوم الإيراني، كما أدانته السعودية": the one condemned is the one just condemned.
            if (row.Plover == "ACCUSE" && referred == null && objectSuffix && row.Verb
                && found0().LastOrDefault(f => f.Plover == "ACCUSE" && f.TargetActors.Count > 0) is { } prevAccuse && !prevAccuse.TargetActors.Any(sources.Contains))
            { targets.Clear(); targets.AddRange(prevAccuse.TargetActors); }
            // "إن دولة الإمارات ظلت تنتهك سيادة السودان ...، واتهمها بتزويد الميليشيا": the pronoun of a joined accusation is
            // the subject of the words quoted before it.
            else if (row.Plover == "ACCUSE" && referred == null && objectSuffix && row.Verb && withConjunction
                     && participants.LastOrDefault(a => a.End <= ts && a.Start > 0 && Cue("complementizer", norms, a.Start - 1) && !a.IsPlace
                                                        && a.Type is EntityType.Country or EntityType.Organization or EntityType.Group) is { } quotedSubject
                     && !sources.Any(x => SameSide(x, ActorId(quotedSubject))))
            { targets.Clear(); targets.Add(ActorId(quotedSubject)); }
            IEnumerable<EventMention> found0() => _sentenceFound;
            // The attack a condemnation names was not carried out by who condemns it.
            if (row.Plover == "ASSAULT" && ts == _accusedObject && referred == null) { sources.Clear(); targets.Clear(); }
            if (row.Plover == "ASSAULT" && referred == null)
            {
                // "غارات إسرائيلية", "العدوان الإسرائيلي الذي استهدف", "استهداف القاعدة من قبل الحرس الثوري": who attacks.
                var agent = AgentBy(norms, participants, te, Math.Max(te2, Math.Min(ce, te + 3))) is { } ag ? ag
                    : !row.Verb && DemonymIn(norms, actors, te, te + 2) is { } dn ? dn
                    // "شن الطيران الحربي الإسرائيلي غارة": the forces of a country, named by its adjective, as the light verb's subject
                    : !row.Verb && sources.Count == 0 && light && DemonymIn(norms, actors, lightAt + 1, ts) is { } ln ? ln
                    : sources.Count == 0 ? (ts > 2 && Cue("relative", norms, ts - 1) ? DemonymIn(norms, actors, ts - 3, ts - 1) : null) : null;
                if (agent != null) { sources.Clear(); sources.Add(agent); targets.Remove(agent); }
                // "رداً على الضربات الأمريكية": an earlier attack on the one who now responds.
                if (Enumerable.Range(Math.Max(0, ts - 3), ts - Math.Max(0, ts - 3)).Any(k => Cue("response", norms, k)))
                {
                    background = true;
                    var responder = (st.LastEvent is { } le && le.Span == sent.Span && EventFamilies.Of(le.Cameo) == "force" ? le : null)?.SourceActors.FirstOrDefault();
                    if (responder != null && !sources.Contains(responder)) { targets.Clear(); targets.Add(responder); }
                }
            }
            // "وأشاد ترامب بضيفه": the guest is the visitor just reported.
            if (targets.Count == 0 && row.Plover != "CONSULT" && Enumerable.Range(te, Math.Max(0, Math.Min(ce, te + 3) - te)).Any(k => Cue("guest", norms, k))
                && st.Events.LastOrDefault(e => e.Cameo is "042" or "043") is { } guestOf)
                targets.AddRange((guestOf.Cameo == "042" ? guestOf.SourceActors : guestOf.TargetActors).Where(x => !sources.Contains(x)));
            // Aid, support and appeals aimed at a country named as where ("المساعدة في سوريا").
            if (targets.Count == 0 && row.Plover != "CONSULT")
            {
                var at = actors.FirstOrDefault(a => a.Start >= te && a.Start < Math.Max(te2, Math.Min(ce, te + 3)) && AfterFi(a) && a.Type == EntityType.Country);
                if (at != null && !sources.Contains(at.Id)) targets.Add(at.Id);
            }
            // "أمل أن يشارك الشرع في القمة": the one expected is the target, the one who hopes or invites the source.
            if (row.Frame == "invitee" && referred == null)
            {
                var invited = sources.Concat(targets).ToList();
                var host = SpeakerActor() ?? before.FirstOrDefault()?.Id;
                sources.Clear(); targets.Clear();
                if (host != null) sources.Add(host);
                targets.AddRange(invited.Where(x => x != host).Take(1));
            }
            targets.RemoveAll(sources.Contains);
            if (location == null && _hostedAt.TryGetValue(ts, out var hosted)) location = hosted;
            // "إلى محادثات إسطنبول": a city right after a meeting noun is where it is held, whoever the subject is.
            if (location == null && MeetingNoun(row) && actors.FirstOrDefault(a => a.Start == te && a.IsPlace) is { } heldIn)
            {
                location = heldIn.Id;
                sources.Remove(ActorId(heldIn));
                targets.Remove(ActorId(heldIn));
            }
            if (location == null)
            {
                // Where: "في X" / "بX" in the clause, after the trigger first.
                // Not past a clause of time or the next event ("... في الرياض محادثات ... منذ اندلاع الحرب في أوكرانيا").
                // (nor a place the talks are about: "تبادل وجهات النظر حول ... الأوضاع في سوريا")
                var about = row.Plover == "CONSULT" ? Enumerable.Range(te, Math.Max(0, ce - te)).FirstOrDefault(k => Cue("about", norms, k), int.MaxValue) : int.MaxValue;
                var where = actors.Where(a => a.Where && a.Start >= cs && a.Start < ce && (a.Start < te || a.Start < te2) && a.Start < about && (a.IsPlace || a.Type == EntityType.Country || a.Type == EntityType.Organization))
                    .OrderBy(a => a.Start >= te ? 0 : 1).ThenBy(a => Math.Abs(a.Start - ts)).FirstOrDefault();
                if (where != null) location = where.Id;
            }
            // "شنت إسرائيل غارة على مبنى في مدينة حلب": where an attack that names no party strikes is what it strikes
            // (a place of a country other than the attacker's).
            // A state does not strike itself: "غارة ... بعد إنذار وجهه المتحدث باسم الجيش الإسرائيلي" names the attacker's
            // own army after the attack (an armed group of the same country, "الدعم السريع", is another side).
            if (row.Plover == "ASSAULT" && referred == null)
                targets.RemoveAll(t => dict?.Get(t)?.Type != EntityType.Group && sources.Any(x => SameSide(x, t) && dict?.Get(x)?.Type != EntityType.Group));
            if (row.Plover == "ASSAULT" && referred == null && targets.Count == 0 && sources.Count > 0)
            {
                var struck = location != null ? actors.FirstOrDefault(a => a.Id == location && a.IsPlace)
                    : actors.FirstOrDefault(a => a.Where && a.IsPlace && a.Start >= te && a.Start < Math.Min(ce, te + 10));
                // (an armed group strikes places of its own country: "استهدفت مسيّرات الدعم السريع مواقع في مدينة بورتسودان")
                if (struck != null && dict?.Get(struck.Id)?.Country != null && !sources.Any(x => dict.Get(x)?.Type != EntityType.Group && SameCountry(x, ActorId(struck))))
                {
                    location ??= struck.Id;
                    targets.Add(ActorId(struck));
                }
            }
            // "استضافت سلطنة عمان جولة من المحادثات بين ...": the one hosting a meeting of others is where it is held.
            if (location == null && row.Cameo == "044" && row.Verb && row.Context.Count > 0 && between >= 0
                && actors.FirstOrDefault(a => a.Start >= te && a.Start <= te + 1 && (a.IsPlace || a.Type == EntityType.Country)) is { } hostPlace
                && !sources.Concat(targets).Contains(ActorId(hostPlace)))
                location = hostPlace.Id;
            if (cameo == "044")
            {
                // A meeting is at a third location only when the place belongs to neither party; in one party's
                // country it is the other's visit; with no place known it is a plain consultation.
                var placeCountry = location == null ? null : dict?.Get(location)?.Country;
                string? Country(string id) => dict?.Get(id)?.Country;
                var all = sources.Concat(targets).ToList();
                var host = placeCountry == null ? null : all.FirstOrDefault(a => Country(a) == placeCountry);
                if (location == null || placeCountry == null) { cameo = "040"; mode = null; }
                // "وقال الشيباني في مؤتمر صحفي مشترك مع فيدان ... في أنقرة، عقب اجتماع": the speaker from elsewhere, at a
                // meeting in the other's country, is his guest.
                else if (host != null && all.Count == 1 && SpeakerActor() is { } guestSpeaker && Country(guestSpeaker) is { } gc && gc != placeCountry)
                {
                    (type, cameo, mode) = ("visit", "042", "visit");
                    sources.Clear(); sources.Add(guestSpeaker);
                    targets.Clear(); targets.Add(host);
                }
                else if (host != null && all.Count == 1) { (type, cameo, mode) = ("visit", "043", "visit"); sources.Clear(); sources.Add(host); targets.Clear(); }
                // Parties of the place's own country (or of no known one) meet at home: the first named receives the others
                // ("اجتماع في قصر بعبدا بين رئيس الجمهورية جوزاف عون ورئيس مجلس النواب نبيه بري"), nobody visits.
                else if (host != null && all.Count >= 2 && all.All(a => Country(a) == placeCountry || Country(a) == null))
                {
                    (type, cameo, mode) = ("visit", "043", "visit");
                    sources.Clear(); sources.Add(host);
                    targets.Clear(); targets.AddRange(all.Where(a => a != host));
                }
                else if (host != null && all.Count >= 2)
                {
                    (type, cameo, mode) = ("visit", "042", "visit");
                    sources.Clear(); sources.AddRange(all.Where(a => a != host));
                    targets.Clear(); targets.Add(host);
                }
                // "خلال اجتماع في العاصمة أنقرة" with the Syrian side alone named: a party from elsewhere meeting in a
                // country's capital visits that country.
                else if (host == null && all.Count == 1 && Country(all[0]) is { } guestCountry && guestCountry != placeCountry
                         && (dict?.Get(location!)?.StandsFor ?? dict?.CountryId(placeCountry)) is { } placeState)
                {
                    (type, cameo, mode) = ("visit", "042", "visit");
                    targets.Clear(); targets.Add(placeState);
                }
            }
            var modality = Modality(norms, ts, te, cs, ce, row, c.Future);
            // "وسيبدأ ترامب الأسبوع المقبل جولة خليجية": a noun after a verb in the future is yet to come (not what happens
            // "during" something: "سيلتقي خلال زيارته").
            if (modality == Model.Modality.Asserted && !row.Verb && ts > cs && !(ts > 0 && During(norms, ts))
                // (a cheap look for a future prefix before asking the tense detector)
                && Enumerable.Range(Math.Max(cs, ts - 4), ts - Math.Max(cs, ts - 4)).Any(k => norms[k].Length > 2 && (norms[k][0] == 'س' || norms[k][0] is 'و' or 'ف' && norms[k][1] == 'س'))
                && Rasd.Time.TenseDetector.Detect(doc.Text, new Span(toks[Math.Max(cs, ts - 4)].Span.Start, toks[ts - 1].Span.End)) == Rasd.Time.Tense.Future)
                modality = Model.Modality.Future;
            // "أعلن عزمه رفع العقوبات", "أنه سيأمر برفع العقوبات": the stated intent to ease sanctions is an event of its
            // own (0354, an expression of intent to yield), asserted; the easing is yet to come.
            var plover = referred?.Plover ?? row.Plover;
            if (cameo == "085" && referred == null
                && (modality is Model.Modality.Future or Model.Modality.Planned || Enumerable.Range(Math.Max(cs, ts - 3), ts - Math.Max(cs, ts - 3)).Any(k => Cue("intent", norms, k))
                    || ts > cs && Rasd.Time.TenseDetector.Detect(doc.Text, new Span(toks[Math.Max(cs, ts - 3)].Span.Start, toks[ts - 1].Span.End)) == Rasd.Time.Tense.Future))
                (type, cameo, mode, plover, modality) = ("intent_to_cooperate", "0354", null, "AGREE", Model.Modality.Asserted);
            // ("عقب استقباله من قبل ...": the reception the report is about, not an earlier one)
            background = background || (modality is not (Model.Modality.Future or Model.Modality.Planned) && !passiveReception && (Background(norms, ts, te, cs) || SentenceBackground(norms)));
            var (date, dateSource) = referred != null && (referred.Date.Resolved || referred.Date.Month > 0)
                ? (referred.Date with { Note = "date of the event the text refers back to" }, "context")
                // "وتأتي القمة بعد دخول وقف إطلاق النار حيز التنفيذ يوم الجمعة الماضي": a happening no actor is named for,
                // which a report comes after, is its context however recent; it joins the event it names, or none. A recent
                // act of someone named ("وجاء اللقاء بعد إعلان ترامب أمس") is an event of its own.
                : sources.Count == 0 && targets.Count == 0 && ComesAfter(norms, ts) ? (DateValue.Unknown("what the report comes after: background"), "none")
                : Date(sent, toks, ts, published, lead && !background && modality == Model.Modality.Asserted, norms, cands, row, limit: ComesBefore(norms, toks, ts), background: background);
            // "وأجرى القادة الثلاثة خلال القمة اتصالاً هاتفياً مع ترامب": what happens during the meeting just reported (another
            // event, not a reference to it) is of the meeting's day, and news, not background.
            if (referred == null && !date.Resolved && date.Month == 0 && lastConsult is { Date.Resolved: true, Background: false } during0 && during0.ItemId == item.Id
                && Enumerable.Range(Math.Max(cs, ts - 4), ts - Math.Max(cs, ts - 4)).Any(k => Cue("during", norms, k) && k + 1 < ts
                                                                                      && lex.TriggersAt(norms, k + 1).Any(t => t.Row.Plover == "CONSULT" && !t.Row.Verb)))
            {
                (date, dateSource) = (during0.Date with { Note = "date of the meeting it took place during" }, "context");
                background = false;
            }
            var attribution = governing?.Actor;
            var attributionText = governing == null ? null : doc.Slice(governing.Text);
            // A condemnation, appeal, praise, threat or rejection no frame reports is a speech act of its own source:
            // "أدانت وزارة الخارجية التركية الهجمات" is the ministry's account.
            if (attribution == null && referred == null && row.Plover is "ACCUSE" or "REQUEST" or "SUPPORT" or "THREATEN" or "REJECT" && sources.Count > 0
                && !sources[0].StartsWith("rasd:anonymous:", StringComparison.Ordinal))
            {
                attribution = sources[0];
                // The words: the source's mention with the verb ("أدانت وزارة الخارجية التركية"), or the verb alone when the
                // source is carried from before ("ودعا سموه").
                var (from, to) = participants.FirstOrDefault(a => ActorId(a) == sources[0] && a.Start >= cs && a.End <= ce) is { } speakerRef
                    ? (Math.Min(speakerRef.Start, ts), Math.Max(speakerRef.End, te)) : (ts, Math.Min(toks.Count, te + (objectSuffix ? 0 : 1)));
                attributionText = doc.Slice(new Span(toks[from].Span.Start, toks[to - 1].Span.End));
            }
            if (sources.Count > 0)
                foreach (var cp in companions)
                    if (ActorId(cp) is var cid && !sources.Contains(cid) && !targets.Contains(cid)) sources.Add(cid);
            // "التقى الشيباني وفداً إسرائيلياً، وذلك بوساطة أمريكية": those mediated between are the parties of the meeting
            // the sentence reports.
            if (cameo == "045" && referred == null && sources.Count > 0 && targets.Count == 0
                && lastEvent is { Plover: "CONSULT" } mediated && mediated.Span == sent.Span && mediated.Cameo != "045")
                targets.AddRange(mediated.SourceActors.Concat(mediated.TargetActors).Where(x => !sources.Any(y => SameSide(x, y))).Distinct());
            // Aggression is an event only when a state or its forces commit it.
            // (or an armed group the actor dictionary knows: "أعلنت قوات الدعم السريع سيطرتها على مدينة الفاشر"; not "حماس التي
            // تسيطر على قطاع غزة", a state of affairs)
            if (row.Frame == "state" && referred == null && !sources.Any(x => IsState(x) || dict?.Get(x)?.Type == EntityType.Group && !(ts > 0 && Cue("relative", norms, ts - 1)))) return null;
            return new EventMention
            {
                ItemId = item.Id,
                Span = sent.Span,
                Trigger = new Span(toks[ts].Span.Start, toks[te - 1].Span.End),
                Type = type,
                Cameo = cameo,
                Plover = plover,
                PloverMode = mode,
                SourceActors = sources.Distinct().ToList(),
                TargetActors = targets.Distinct().ToList(),
                Location = location,
                Date = date,
                DateSource = dateSource,
                Modality = modality,
                Attribution = attribution,
                AttributionText = attributionText,
                Summary = Summary(toks, cs, ce, ts),
                Background = background,
            };
        }

        /// <summary>
        /// The event is what the reporting verb itself states, with no "أن" between them: "أكد بوتين استعداد بلاده
        /// لتقديم المساعدات" is the offer, not a statement besides it.
        /// </summary>
        private bool SaidDirectly(List<Token> toks, List<string> norms, FrameRef frame, EventMention f)
        {
            var at = toks.FindIndex(t => t.Span.Start >= f.Trigger.Start);
            if (at <= frame.Start) return false;
            for (var k = frame.Start + 1; k < at; k++) if (Cue("complementizer", norms, k)) return false;
            return true;
        }

        /// <summary>A country, its government or one of its state bodies (army, ministries, presidency).</summary>
        private bool IsState(string id) =>
            dict?.Get(id) is { } e && (e.Type == EntityType.Country || e.Id.StartsWith("rasd:", StringComparison.Ordinal) && e.Id.IndexOf(':', 5) > 5
                                       && e.Id[5..e.Id.IndexOf(':', 5)] is "government" or "army" or "presidency" or "mod" or "mfa" or "moi" or "pmo");

        /// <summary>A word right after "خلال", or after "خلال جولة": the circumstance of another event.</summary>
        private bool During(List<string> norms, int at) =>
            at > 0 && Cue("during", norms, at - 1) || at > 1 && Cue("during", norms, at - 2) && Cue("round", norms, at - 1);

        /// <summary>A noun of talks or meetings held in person somewhere (not a call, a message or mediation).</summary>
        private static bool MeetingNoun(TriggerRow row) => !row.Verb && row.Plover == "CONSULT" && row.Type is "consult" or "meeting" or "negotiation" && row.Cameo != "045";

        /// <summary>A one-word cue of the kind (no list built per call: read for every actor mention).</summary>
        private bool IsCueWord(string kind, string norm)
        {
            _one[0] = norm;
            return lex.IsCue(kind, _one, 0);
        }

        private bool IsLight(string norm) => IsCueWord("light", norm);

        /// <summary>"في بيان مشترك وقعه": a document that is signed, within the three words before the verb.</summary>
        private bool SignedDocumentBefore(List<string> norms, int i)
        {
            for (var k = Math.Max(0, i - 3); k < i; k++) if (Cue("signed-document", norms, k)) return true;
            return false;
        }

        /// <summary>"وفد برئاسة X": the named person who leads, within the words [from, to).</summary>
        private ActorRef? LedBy(List<string> norms, List<ActorRef> actors, int from, int to)
        {
            for (var k = Math.Max(0, from); k < Math.Min(to, norms.Count); k++)
                if (Cue("led-by", norms, k))
                    return actors.FirstOrDefault(a => a.Start > k && a.Start <= k + 20 && a.Type == EntityType.Person && a.Name && !a.InTitle)
                           ?? actors.FirstOrDefault(a => a.Start > k && a.Start <= k + 6 && a.Type == EntityType.Person && !a.InTitle);
            return null;
        }

        /// <summary>"الشيباني، الذي يزور روسيا": the subject of a verb after a relative pronoun is the actor before it.</summary>
        private ActorRef? RelativeAntecedent(List<string> norms, List<ActorRef> participants, int ts)
        {
            if (ts < 1 || !Cue("relative", norms, ts - 1)) return null;
            return participants.LastOrDefault(a => a.End <= ts - 1 && a.End >= ts - 3);
        }

        /// <summary>"من قبل الحرس الثوري": the agent named after the cue, within [from, to).</summary>
        private string? AgentBy(List<string> norms, List<ActorRef> participants, int from, int to)
        {
            for (var k = from; k < Math.Min(to, norms.Count); k++)
            {
                var n = lex.CueAt("agent-by", norms, k);
                if (n == 0) continue;
                var a = participants.FirstOrDefault(x => x.Start == k + n || x.Start == k + n + 1);
                return a == null ? null : ActorId(a);
            }
            return null;
        }

        /// <summary>The country of a demonym among the words [from, to) outside any actor's mention ("العدوان الإسرائيلي").</summary>
        private string? DemonymIn(List<string> norms, List<ActorRef> actors, int from, int to)
        {
            if (dict == null) return null;
            for (var k = Math.Max(0, from); k < Math.Min(norms.Count, to); k++)
            {
                if (actors.Any(a => a.Start <= k && k < a.End)) continue;
                if (dict.MatchAt(norms, k, p => p.Kind == PhraseKind.Demonym) is { } m && m.Info.Ids.Count > 0) return m.Info.Ids[0];
            }
            return null;
        }

        /// <summary>The country of a demonym among the words [from, from + span): "غارات إسرائيلية", "الضربات الأمريكية".</summary>
        private string? DemonymAfter(List<string> norms, int from, int span)
        {
            if (dict == null) return null;
            for (var k = Math.Max(0, from); k < Math.Min(norms.Count, from + span); k++)
                if (dict.MatchAt(norms, k, p => p.Kind == PhraseKind.Demonym) is { } m && m.Info.Ids.Count > 0) return m.Info.Ids[0];
            return null;
        }

        /// <summary>"X و Y", "X والرئيس الأمريكي Y": two actors joined by و with at most a title between.</summary>
        /// <summary>"الرباط - أعلنت", "طهران/ إرنا -": a place opening the lead, before a dash or slash, is where the dispatch was filed.</summary>
        private ActorRef? DatelinePlace(List<Token> toks)
        {
            if (toks.Count < 3 || toks[0].Kind != TokenKind.Word) return null;
            var first = Actors(toks).FirstOrDefault();
            if (first is not { Start: 0, IsPlace: true, Stands: not null } || first.End >= toks.Count) return null;
            return toks[first.End].Norm is "-" or "/" or "–" or "—" ? first : null;
        }

        private bool Coordinated(List<Token> toks, ActorRef x, ActorRef y)
        {
            var gap = y.Start - x.End;
            if (gap < 0) return false;
            // A second titled name ("السيد ناصر بوريطة، ووزير الخارجية البريطاني، السيد ديفيد لامي"): و + a title word,
            // then nothing but title words and commas up to the name.
            if (gap > 4)
            {
                var w = x.End;
                if (w < y.Start && toks[w].Norm is "," or "،") w++;
                return gap <= 10 && w < y.Start && toks[w].Norm.Length > 3 && toks[w].Norm[0] == 'و' && TitleWord(toks[w].Norm[1..])
                       && TitleGap(toks, w + 1, y.Start, 9);
            }
            if (gap == 0) return toks[y.Start].Norm.StartsWith('و') && toks[y.Start].Norm.Length > 2;
            // A blessing, and a comma after it, may close the first name ("أمير البلاد المفدى، وفخامة الرئيس أحمد الشرع").
            var at = x.End;
            // (and a comma alone: "وزراء خارجية دولة قطر، والمملكة الأردنية الهاشمية، والإمارات")
            while (at < y.Start && (Address(toks[at].Norm) || toks[at].Norm is "," or "،" && (at > x.End || at + 1 == y.Start))) at++;
            for (var k = at; k < y.Start; k++) if (toks[k].Kind != TokenKind.Word) return false;
            return at < y.Start ? toks[at].Norm.StartsWith('و') : toks[y.Start].Norm.StartsWith('و') && toks[y.Start].Norm.Length > 2;
        }

        private static bool IsAgencyOfFrame(ActorRef a, List<FrameRef> frames) =>
            frames.Any(f => f.Kind is FrameKind.Prep or FrameKind.Relay && f.Start <= a.Start && a.End <= f.End);

        private EventMention? Statement(Item item, Sentence sent, List<Token> toks, List<string> norms, List<ActorRef> actors, FrameRef frame, FrameRef attributed, DateValue published, bool lead)
        {
            var ts = frame.Start;
            var (cs, ce) = (0, toks.Count);
            var modality = Modality(norms, ts, ts + 1, cs, ce, null, false);
            // A statement is dated by its own words ("قال لافروف أمس إن ..."), not by what it speaks of ("إن موسكو تأمل أن
            // يشارك الشرع في القمة المقررة في 15 تشرين الأول").
            var said = Enumerable.Range(ts + 1, Math.Max(0, toks.Count - ts - 1)).FirstOrDefault(k => Cue("complementizer", norms, k), toks.Count);
            var limit = said < toks.Count ? toks[said].Span.Start : int.MaxValue;
            // ("وكانت إيران قد توصلت ... في التاسع من سبتمبر إلى اتفاق، لكن الدول الأوروبية قالت": not the other clause's day)
            var own = Clause(norms, ts, ts + 1).Start;
            // (a recent day of a pluperfect, "وكانت المفوضية قد أعلنت مساء أمس", is its day)
            var (date, dateSource) = Date(sent, toks, ts, published, lead && modality == Model.Modality.Asserted, norms, null, limit: limit,
                                          background: own == 0 && SentenceBackground(norms), from: own > 0 && own < toks.Count ? toks[own].Span.Start : 0);
            return new EventMention
            {
                ItemId = item.Id,
                Span = sent.Span,
                Trigger = toks[ts].Span,
                Type = "statement",
                Cameo = "010",
                Plover = null,
                SourceActors = new List<string> { frame.Actor! },
                Date = date,
                DateSource = dateSource,
                Modality = modality,
                // "وكانت روسيا قد أعلنت مراراً": what was said before the news is its background (an event still when its day
                // is recent: "وكانت المفوضية قد أعلنت مساء أمس"), not a clause of its own after لكن ("وكانت إيران قد
                // توصلت ...، لكن الدول الأوروبية قالت")
                Background = own == 0 && SentenceBackground(norms),
                Attribution = attributed.Actor,
                AttributionText = doc.Slice(attributed.Text),
                Summary = Summary(toks, cs, ce, ts),
            };
        }

        /// <summary>The clause around the trigger: after the last complementizer before it, up to the next one.</summary>
        private (int Start, int End) Clause(List<string> norms, int ts, int te)
        {
            var cs = 0;
            for (var k = ts - 1; k >= 0; k--)
            {
                if (Cue("complementizer", norms, k)) { cs = k + 1; break; }
                if (ClauseBreak(norms, k) is var b and > 0) { cs = k + b; break; }
            }
            var ce = norms.Count;
            for (var k = te; k < norms.Count; k++) if (Cue("complementizer", norms, k) || norms[k] is ";" or "." || ClauseBreak(norms, k) > 0) { ce = k; break; }
            return (cs, ce);
        }

        /// <summary>The length of a clause-opening word at k ("فيما", "في حين"), or 0.</summary>
        private int ClauseBreak(List<string> norms, int k)
        {
            var n = lex.CueAt("clause-break", norms, k);
            if (n == 0 || k + n < norms.Count && Cue("clause-break-not-before", norms, k + n)) return 0;
            return n;
        }

        private bool SentenceBackground(List<string> norms)
        {
            for (var k = 0; k < Math.Min(2, norms.Count); k++) if (Cue("background-sentence", norms, k)) return true;
            return false;
        }

        private bool Background(List<string> norms, int ts, int te, int cs)
        {
            // ("في اليوم الأول من زيارته": a day of the event, not an earlier one)
            for (var k = Math.Max(cs, ts - 3); k < ts; k++) if (Cue("background", norms, k) && !(k > 0 && Cue("day-of", norms, k - 1))) return true;
            if (ts > 0 && Cue("topic-to", norms, ts - 1))
                for (var k = Math.Max(cs, ts - 3); k < ts - 1; k++) if (Cue("topic", norms, k)) return true;
            if (ComesAfter(norms, ts)) return true;
            // "أعادت الأمم المتحدة فرض العقوبات اليوم، بعد أن فعلت فرنسا ... في 28 أغسطس آلية لإعادة فرضها": what a clause
            // after the main one says came before is background.
            if (cs > 3 && Cue("complementizer", norms, cs - 1) && Cue("comes-after", norms, cs - 2)) return true;
            // "وتأتي زيارة الدوحة في المحطة الثانية من جولة بدأها ترامب بزيارة السعودية": what a sentence of that kind says
            // besides its subject, an event, is the subject's context ("وجاء هذا الموقف في بيان مشترك وقعه" is not).
            for (var k = 0; k < Math.Min(2, ts); k++)
                if (Cue("comes", norms, k) && ts - k > 3)
                    for (var j = k + 1; j <= k + 2 && j < ts; j++)
                        if (lex.TriggersAt(norms, j).Any()) return true;
            for (var k = te; k < Math.Min(norms.Count, te + 3); k++) if (Cue("background-after", norms, k)) return true;
            if (te < norms.Count && Cue("ongoing", norms, te) && (!lex.TriggersAt(norms, ts).Any(t => t.Row.Verb))) return true;
            return false;
        }

        /// <summary>"وتأتي الزيارة بعد أيام من تصويت مجلس الأمن على رفع ...": all that comes after "بعد" is the earlier event.</summary>
        private bool ComesAfter(List<string> norms, int ts)
        {
            for (var k = 1; k < ts; k++)
                if (Cue("comes-after", norms, k) && Enumerable.Range(Math.Max(0, k - 3), k - Math.Max(0, k - 3)).Any(j => Cue("comes", norms, j))) return true;
            return false;
        }

        /// <summary>"وتأتي القمة بعد دخول وقف إطلاق النار حيز التنفيذ يوم الجمعة الماضي": the times of what the event comes
        /// after are not its own; the start of "بعد", else no limit.</summary>
        private int ComesBefore(List<string> norms, List<Token> toks, int ts)
        {
            var comes = false;
            for (var j = Math.Max(0, ts - 3); j < ts; j++) comes |= Cue("comes", norms, j);
            if (!comes) return int.MaxValue;
            // ("وتأتي زيارة الرئيس عون إلى باريس بعد زيارته المملكة": the visit's destination may stand between)
            for (var k = ts + 1; k < Math.Min(norms.Count, ts + 8); k++)
            {
                if (Cue("comes-after", norms, k)) return toks[k].Span.Start;
                if (toks[k].Kind == TokenKind.Punct && toks[k].Norm is "," or "." or ";") break;
            }
            return int.MaxValue;
        }

        private Modality Modality(List<string> norms, int ts, int te, int cs, int ce, TriggerRow? row, bool futurePrefix)
        {
            var intent = row != null && row.Cameo.StartsWith("03", StringComparison.Ordinal);
            for (var k = 0; k < ts; k++)
                // ("نفى حزب الله أن يكون قد أطلق الصواريخ، مؤكداً التزامه باتفاق وقف إطلاق النار": what he goes on to affirm is not denied)
                if (Cue("denial", norms, k) && !Enumerable.Range(k + 1, Math.Max(0, ts - k - 1)).Any(j => norms[j] == "," && Cue("circumstantial", norms, j + 1)))
                    return Model.Modality.Denied;
            for (var k = Math.Max(cs, ts - 2); k < ts; k++)
                // A particle stands alone or after و/ف: "سلمه" is no س + لم + ه.
                if (Cue("negation", norms, k) && norms[k].StartsWith('ل') || norms[k].Length > 2 && norms[k][0] is 'و' or 'ف' && norms[k][1] == 'ل' && Cue("negation", norms, k))
                    return Model.Modality.Denied;
            for (var k = Math.Max(cs, ts - 6); k < ts; k++)
                if (Cue("hypothetical", norms, k)) return Model.Modality.Hypothetical;
            if (intent) return Model.Modality.Asserted;
            for (var k = Math.Max(0, ts - 6); k < ts; k++)
                if (Cue("planned", norms, k)) return Model.Modality.Planned;
            // A verb of the future stays future with its date ("مصر ستستضيف الاثنين المقبل وفدين"); "القمة المقبلة" is planned.
            if (futurePrefix) return Model.Modality.Future;
            for (var k = te; k < Math.Min(ce, te + 5); k++)
                if (Cue("planned-after", norms, k)) return Model.Modality.Planned;
            for (var k = Math.Max(cs, ts - 4); k < ts; k++)
                if (Cue("future", norms, k)) return Model.Modality.Future;
            return Model.Modality.Asserted;
        }

        /// <summary>
        /// The date of an event: the time expression governing the sentence (nearest before the trigger, else after it, on the
        /// same side of any quotation), else the publication day when the text says "today", else (for a lead sentence) the
        /// publication day, else unknown with the reason.
        /// </summary>
        private (DateValue, string) Date(Sentence sent, List<Token> toks, int ts, DateValue published, bool lead, List<string> norms, List<Candidate>? cands, TriggerRow? row = null, int limit = int.MaxValue, bool background = false, int from = 0)
        {
            var trig = toks[ts].Span.Start;
            // A time of the background ("وكان الحرس الثوري قد أطلق أمس الاثنين صواريخ") dates a report of the background.
            // Only a recent one (a week at most before the publication): older recalled events are no events of these reports.
            var times = TimesIn(sent.Span).Where(t => t.Span.Start < limit && t.Span.Start >= from && (!t.Background || background && Recent(t.Value, published)) && t.Type is TimeType.Date or TimeType.DateRange
                                             && (t.Value.Resolved || t.Value.Month > 0 || t.Value.Note != null)
                                             && SameQuote(t.Span.Start, trig)).ToList();
            // Several events in one sentence: each time expression dates the trigger nearest to it ("ويأتي الاتصال بعد
            // ... زيارة ... في 28 كانون الثاني"); a trigger owning none takes the nearest one.
            int Distance(TimeMention t, int at) => t.Span.Start >= at ? t.Span.Start - at : Math.Max(0, at - t.Span.End) + 1;
            // "بعد أسبوعين من الزيارة": an offset from another event, not a date.
            times.RemoveAll(t => Offset(toks, t));
            // The date of what is intended ("تأمل أن يشارك في القمة المقررة في 15 تشرين الأول المقبل") is not the date
            // the intention was stated.
            if (row != null && row.Plover == "AGREE" && row.Cameo.StartsWith("03", StringComparison.Ordinal))
                times.RemoveAll(t => t.Span.Start > trig && (After(t.Value, published) || PlannedTime(toks, norms, t)));
            var starts = cands == null ? new List<int>() : cands.Select(d => toks[d.At].Span.Start).Order().ToList();
            int Owner(TimeMention t) => starts.LastOrDefault(x => x <= t.Span.Start, starts.Count > 0 ? starts[0] : trig);
            var owned = starts.Count < 2 ? times : times.Where(t => Owner(t) == trig).ToList();
            // A trigger owning none takes the nearest, but not one inside a relative clause of another event's noun
            // ("اتهم إسرائيل بانتهاك اتفاق وقف إطلاق النار، الذي تم التوصل إليه في يناير الماضي": the agreement's date).
            var others = new List<TimeMention>();
            if (owned.Count == 0 && starts.Count >= 2)
            {
                // (nor one of a clause opened by حيث: "وصل إلى بيروت آتياً من تركيا، حيث زار إزنيق في الثامن والعشرين")
                others = times.Where(t => Owner(t) is var o && o != trig && o > trig
                                          && (toks.Any(k => k.Span.Start > o && k.Span.Start < t.Span.Start && IsCueWord("relative", k.Norm))
                                              || toks.FindIndex(k => k.Span.Start == o) is var oi and > 0 && IsCueWord("where-clause", toks[oi - 1].Norm))).ToList();
                times.RemoveAll(others.Contains);
            }
            // A statement's own time follows its verb ("بعد أن أعلن ترامب مساء الاثنين أن ..."); one before it may be another clause's.
            var pick = (owned.Count > 0 ? owned : times).OrderBy(t => limit < int.MaxValue && t.Span.Start < trig ? 1 : 0).ThenBy(t => Distance(t, trig)).FirstOrDefault();
            // "ويأتي الاعتراف الفرنسي بعد يوم من إعلان بريطانيا، الأحد، اعترافها": a day named by its weekday in what came
            // before is the last such day, not the next one the present tense of the sentence points to.
            if (pick != null && background && pick.Value.AsDate is { } bd && published.AsDate is { } pd && bd > pd && !pick.Text.Any(char.IsDigit)
                && bd.DayNumber - pd.DayNumber < 7 && NamesWeekday(pick.Text))
                return (DateValue.OfDay(bd.AddDays(-7), pick.Value.Basis ?? "relative", "the weekday before the report, of what it recalls"), "sentence");
            if (pick != null) return (Period(pick), "sentence");
            // "وفي اليوم نفسه": the day just spoken of, not the publication day.
            // A word of "today" inside another time expression ("في اليوم التالي") is that expression's, read above.
            var sentTimes = TimesIn(sent.Span);
            var today = Enumerable.Range(0, toks.Count).Any(k => Cue("today", norms, k) && SameQuote(toks[k].Span.Start, trig) && !(k + 1 < toks.Count && Cue("same", norms, k + 1))
                && !sentTimes.Any(t => t.Span.Contains(toks[k].Span.Start) && t.Text.Length > toks[k].Text.Length));
            if (today)
            {
                if (published.Precision == DatePrecision.Day)
                    return (published with { Note = "the text says today: the publication day" }, "today");
                if (published.YearLessDay)
                    return (published with { Note = $"the text says today: the publication day {published.Day}/{published.Month}, without a year" }, "today");
                return (DateValue.Unknown("the text says today, but the publication date is unknown"), "none");
            }
            var anyTime = TimesIn(sent.Span).Any(t => t.Span.Start < limit && !others.Contains(t));
            // The lead of a post dated by its own line (a channel post's head or foot, a chat message's stamp) happened on
            // the post's day, whatever a line before it said; without a year ("📅 4 شباط") it keeps day and month for the
            // year that coreference or the document's other dates give.
            if (lead && !anyTime && _postDate is { Month: > 0, Day: > 0 } post && !Background(norms, ts, ts + 1, 0))
                return (post with { Note = post.Resolved ? "lead sentence of a post: the post's date" : "lead sentence of a post dated " + post.Day + "/" + post.Month + " without a year" }, "lead");
            if (_context != null && !anyTime && lead is var _ && !Background(norms, ts, ts + 1, 0))
                return (_context with { Note = "date of the preceding sentence" }, "context");
            if (lead && published.Precision == DatePrecision.Day)
                return (published with { Note = "lead sentence without a date: taken as the publication day" }, "lead");
            if (lead && published.YearLessDay)
                return (published with { Note = $"lead sentence without a date: the publication day {published.Day}/{published.Month}, without a year" }, "lead");

            return (DateValue.Unknown("no date in the sentence"), "none");
        }

        private static bool Recent(DateValue d, DateValue published) =>
            d.Precision == DatePrecision.Day && d.AsDate is { } day && published.Precision == DatePrecision.Day && published.AsDate is { } pub
            && day <= pub && day.DayNumber >= pub.DayNumber - 7;

        private bool Offset(List<Token> toks, TimeMention t)
        {
            var first = ArabicNormalizer.Normalize(t.Text.Split(' ', 2)[0]);
            if (!IsCueWord("offset", first)) return false;
            var next = toks.FindIndex(x => x.Span.Start >= t.Span.End);
            return next >= 0 && toks[next].Norm == "من";
        }

        /// <summary>A time said to be planned: "المقررة في 15 تشرين الأول", "15 أكتوبر المقبل".</summary>
        private bool PlannedTime(List<Token> toks, List<string> norms, TimeMention t)
        {
            var next = toks.FindIndex(x => x.Span.Start >= t.Span.End);
            if (next >= 0 && Cue("planned-after", norms, next)) return true;
            var prev = toks.FindLastIndex(x => x.Span.End <= t.Span.Start);
            if (prev >= 0 && norms[prev] is "في" or "يوم") prev--;
            return prev >= 0 && Cue("planned-after", norms, prev);
        }

        /// <summary>A range ("الأسبوع الماضي") dates an event only to the month (or year) that holds it, not its first day.</summary>
        /// <summary>A time expression that names a day of the week ("الأحد", "يوم الاثنين").</summary>
        private static bool NamesWeekday(string text)
        {
            foreach (var w in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                if (Rasd.Time.TimeLexicon.Instance.IsWord(Rasd.Language.ArabicNormalizer.Normalize(w), Rasd.Time.LexKind.Weekday)) return true;
            return false;
        }

        private static DateValue Period(TimeMention t)
        {
            if (t.Type != TimeType.DateRange || t.End is not { Resolved: true } end || !t.Value.Resolved) return t.Value;
            var (a, b) = (t.Value, end);
            if (a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day && a.Year == b.Year && a.Month == b.Month && a.Day == b.Day) return a;
            if (a.Year == b.Year && a.Month == b.Month && a.Month > 0) return DateValue.OfMonth(a.Year, a.Month, a.Basis ?? "relative", $"within {t.Iso ?? t.Text}");
            if (a.Year == b.Year) return DateValue.OfYear(a.Year, a.Basis ?? "relative", $"within {t.Iso ?? t.Text}");
            return t.Value;
        }

        /// <summary>True when no quotation mark opens or closes between the two offsets.</summary>
        private bool SameQuote(int a, int b)
        {
            var (s, e) = a < b ? (a, b) : (b, a);
            var n = 0;
            for (var k = s; k < e; k++) if (doc.Text[k] is '"' or '“' or '”' or '«' or '»') n++;
            return n % 2 == 0;
        }

        private string Summary(List<Token> toks, int cs, int ce, int ts)
        {
            var from = Math.Max(cs, ts - 10);
            var to = Math.Min(ce, Math.Max(ts + 14, from + 20));
            while (to > from + 1 && toks[to - 1].Kind != TokenKind.Word && toks[to - 1].Kind != TokenKind.Number) to--;
            while (from < to - 1 && toks[from].Kind != TokenKind.Word) from++;
            return doc.Text[toks[from].Span.Start..toks[to - 1].Span.End];
        }
    }
}

internal static class TriggerChoice
{
    /// <summary>The reading of the first row, the longest of it, the first of equals (an ordering without sorting).</summary>
    public static (TriggerRow Row, int Length, bool Future, bool ObjectSuffix, string Proclitic) Earliest(
        this IEnumerable<(TriggerRow Row, int Length, bool Future, bool ObjectSuffix, string Proclitic)> triggers)
    {
        (TriggerRow Row, int Length, bool Future, bool ObjectSuffix, string Proclitic) best = default;
        foreach (var t in triggers)
            if (best.Row == null || t.Row.Index < best.Row.Index || (t.Row.Index == best.Row.Index && t.Length > best.Length)) best = t;
        return best;
    }
}

/// <summary>Event families for coreference: reports of one event may use different but related codes.</summary>
public static class EventFamilies
{
    // Codes are few: each one's family is worked out once (Of runs for every coreference candidate).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Families = new(StringComparer.Ordinal);

    public static string Of(string cameo) => Families.TryGetValue(cameo, out var f) ? f : Families.GetOrAdd(cameo, Family);

    private static string Family(string cameo)
    {
        if (cameo.Length < 2) return cameo;
        var root = cameo[..2];
        return root switch
        {
            "02" or "10" => "request",
            "04" => "consult",
            "03" => cameo.Length >= 3 ? (cameo[..3] is "030" or "031" or "032" ? "cooperate" : cameo[..3]) : "cooperate",
            "05" => cameo.Length >= 3 ? cameo[..3] : root,
            "08" => cameo.Length >= 3 ? cameo[..3] : root,
            "18" or "19" => "force",
            _ => root,
        };
    }

    /// <summary>
    /// Whether two codes of one family can report the same event: a telephone call is never a visit or a meeting in
    /// person (both are consultations), while a generic consultation (040) can be either and a meeting in a party's
    /// country is that party's hosting of the other's visit.
    /// </summary>
    /// <summary>
    /// A letter is not the visit or meeting it was carried to ("سلمه رسالة من المرشد" and the hosting of the messenger):
    /// the two are one event only when the letter's sender takes part in the other.
    /// </summary>
    public static bool CarriedLetter(string letterType, IReadOnlyList<string> senders, string otherType, IEnumerable<string> otherParties,
                                     Func<string, string, bool> sameSide) =>
        letterType == "message" && otherType != "message" && senders.Count > 0 && !senders.Any(a => otherParties.Any(b => sameSide(a, b)));

    public static bool Compatible(string a, string b)
    {
        if (Of(a) != Of(b)) return false;
        if (Of(a) != "consult" || a == b || a == "040" || b == "040") return true;
        // Negotiations are held in person somewhere: the talks in Muscat are the meeting Oman hosted.
        static bool InPerson(string c) => c is "042" or "043" or "044" or "046";
        return InPerson(a) && InPerson(b);
    }
}
