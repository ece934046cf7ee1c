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
public sealed partial class EventsStage : IDocumentStage
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

    private sealed partial class Extraction(Document doc, EventLexicon lex, ActorDictionary? dict)
    {
        private readonly List<EventMention> _out = new();
        private readonly string[] _one = new string[1];
        private int _accusedObject = -1;
        // What the sentence being read has reported so far.
        private List<EventMention> _sentenceFound = new();
        // Talks of the sentence (by the trigger's word) whose place a relative clause names ("التي استضافتها مسقط").
        private readonly Dictionary<int, string> _hostedAt = new();
        private static HashSet<string>? _titleWords;

        private static readonly string[] TitleProclitics = ["و", "ل", "ول", "لل", "ب", "وب"];
        // Cue lookups of the current sentence, memoised per kind and word (0 unknown, 1 no, 2 yes) in a buffer reused
        // by the thread: clause, modality and pair checks ask for the same words often.
        [ThreadStatic] private static sbyte[]? _memo;
        [ThreadStatic] private static int[]? _memoStamp;
        [ThreadStatic] private static int _stamp;
        [ThreadStatic] private static Dictionary<string, int>? _kinds;
        private List<string>? _memoFor;

        /// <summary>A denunciation is of whoever carried out the act of force the sentence names (not the speaker's side).</summary>
        private EventMention Denounced(EventMention m, List<EventMention> found) =>
            found.Where(f => EventFamilies.Of(f.Cameo) == "force").SelectMany(f => f.SourceActors).Where(x => !SameSide(x, m.SourceActors[0])).Distinct().ToList() is { Count: > 0 } attackers
                ? m with { TargetActors = attackers } : m;

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
        /// <summary>"...، مؤكداً": a circumstantial participle right after a comma (it goes on with the subject's words or act).</summary>
        private bool AfterCommaParticiple(List<string> norms, int k) => k > 0 && norms[k - 1] is "," or "،" && Cue("circumstantial", norms, k);

        private DateValue? _context;
        /// <summary>The date the current item's own line gives it (a post's head or foot), if any.</summary>
        private DateValue? _postDate;
        private bool _shortPost;

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
            // (a channel's post: a few lines under its own date line, one of several in the file)
            _shortPost = item.Published != null && doc.Items.Count > 1 && (item.CleanText.Length > 0 ? item.CleanText.Length : item.Span.Length) <= 400;
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
                    // A word of a person's name is no trigger ("فيصل" read as ف + يصل), nor one of a group's ("حكومة طالبان" is
                    // no demand, طالب).
                    if (actors.Exists(a => a.Type is EntityType.Person or EntityType.Group or EntityType.Organization && a.Start <= i && i < a.End)) continue;
                    var inFrame = frames.Any(f => f.Start <= i && i < f.End && !f.Inherited);
                    var best = lex.TriggersAt(norms, i, EventLexicon.EndsWithTaMarbuta(toks[i].Text), toks[i].Text)
                        .Where(t => (!inFrame || (t.Row.Context.Count > 0 && frames.Any(f => f.Start == i && f.Kind is FrameKind.Statement or FrameKind.Verb)))
                                    && (EventLexicon.ContextHolds(t.Row, norms, i + t.Length, Math.Min(clauseEnd[Math.Min(toks.Count, i + t.Length)], windowEnd[Math.Min(toks.Count, i + t.Length)]))
                                        // "الاتفاق الذي وقعه": a relative clause's verb finds its context in the noun it qualifies.
                                        || t.Row.Context.Count > 0 && i > 1 && Cue("relative", norms, i - 1) && EventLexicon.ContextHolds(t.Row, norms, Math.Max(0, i - 4), i - 1)
                                        // "في بيان مشترك وقعه ...": so does a verb of signing with the pronoun of an indefinite document just before it.
                                        || t.Row.Cameo == "057" && t.Row.Verb && t.ObjectSuffix && i > 0
                                           && (EventLexicon.ContextHolds(t.Row, norms, Math.Max(0, i - 3), i) || SignedDocumentBefore(norms, i))))
                        .Earliest();
                    if (best.Row == null) continue;
                    // ("، متهمة القوات المسلحة بشن هجمات": a participle that is an act only after a comma, bare; "المتهمين" are defendants)
                    if (Cue("after-comma", norms, i) && (best.Proclitic.Length > 0 || i == 0 || norms[i - 1] is not ("," or "،"))) continue;
                    if (!best.Row.Verb && Enumerable.Range(Math.Max(0, i - 4), Math.Min(4, i)).Any(k => Cue("role", norms, k))
                        && !Enumerable.Range(Math.Max(0, i - 4), Math.Min(4, i)).Any(k => toks[k].Kind == TokenKind.Punct && toks[k].Norm is "," or "." or "؛")) continue;
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
                        // ("جولة محادثات استضافتها الدوحة": an indefinite noun's relative clause has no pronoun, the verb's suffix points back)
                        var relative = c.At > 0 && Cue("relative", norms, c.At - 1);
                        if (c.At == 0 || !(relative || c.ObjectSuffix) || !(c.Row.Frame == "host" || c.Row.Cameo == "044" && c.Row.Verb)) return false;
                        var talks = Array.FindLastIndex(all, d => (relative ? d.At < c.At - 1 && d.At >= c.At - 13 && clauseEnd[d.At] >= c.At - 1 : d.At + d.Length == c.At)
                                                                  && d.Row.Plover == "CONSULT" && d.Row.Type is "consult" or "meeting" or "negotiation" && !d.Row.Verb);
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
                // ("وأفاد الكرملين بأن الجانبين بحثا ...": an institution's reporting verb is such a source too)
                if (frame is { Kind: FrameKind.Prep or FrameKind.Relay or FrameKind.Verb, Actor: { } la } && sent.Paragraph <= leadParagraph + 2
                    && (frame.Kind != FrameKind.Verb || dict?.Get(la)?.Type == EntityType.Organization && !la.StartsWith("rasd:media:", StringComparison.Ordinal))
                    && !la.StartsWith("rasd:anonymous:", StringComparison.Ordinal) && (item.CleanText.Length > 0 ? item.CleanText.Length : item.Span.Length) <= 1500)
                    if (st.LeadFrame == null) { st.LeadFrame = frame; st.LeadParagraph = sent.Paragraph; }
                // (until another voice is quoted: "وقال وزير الخارجية التركي هاكان فيدان ... ودعا فيدان" is no longer the
                // ministry's readout the lead cited)
                if (st.LeadFrame is { } lead0 && frame is { Actor: { } other } && sent.Paragraph > st.LeadParagraph && other != lead0.Actor) st.LeadFrame = null;
                // (the lead's source governs later paragraphs as an account, not as their subject: "وأكد الجانبان" is not the Kremlin acting)
                var governing = frame ?? paragraphFrame ?? (st.LeadFrame is { } lf && sent.Paragraph > st.LeadParagraph ? lf with { Kind = FrameKind.Prep } : null);
                var found = new List<EventMention>();
                _sentenceFound = found;
                var praised = new HashSet<EventMention>(ReferenceEqualityComparer.Instance);
                var welcomedAt = -1;
                var used = new bool[toks.Count];
                // "استجاب رئيس الجمهورية، السيد عبد المجيد تبون، لطلب ... شتاينماير بمنح عفو لفائدة ... صنصال": a request granted;
                // what it asked for is done, by the one who grants it.
                (int After, string By)? granted = null;
                // ("قماطي من موقع الغارة: ...": the words before a colon that describe the speaker tell of no event)
                // (nor is whom he speaks to or on which channel a party to what he says: "ترامب في مقابلة مع شبكة "فوكس بيزنس": كتبت
                // إليهم رسالة" is not the channel's letter)
                if (frames.Count > 0 && frames[0] is { Kind: FrameKind.Statement, Inherited: false } cf && cf.End < toks.Count && toks[cf.End - 1].Norm == ":")
                {
                    for (var k = cf.Start; k < cf.End; k++) used[k] = true;
                    var speakerEnd = actors.FirstOrDefault(a => a.Start == cf.Start)?.End ?? cf.Start;
                    actors.RemoveAll(a => a.Start >= speakerEnd && a.End < cf.End);
                }
                foreach (var c in cands)
                {
                    var i = c.At;
                    if (used[i]) continue;
                    for (var k = i; k < i + c.Length; k++) used[k] = true;
                    if (c.Row.Plover == "REQUEST" && (!c.Row.Verb || c.Proclitic.Contains('ل'))
                        && Enumerable.Range(Math.Max(0, i - 12), Math.Min(12, i)).LastOrDefault(k => Cue("yield-to", norms, k), -1) is var yk and >= 0
                        && !toks.Skip(yk).Take(i - yk).Any(t => t.Norm is "." or ";")
                        && actors.FirstOrDefault(a => a.Start > yk && a.End <= i && !a.IsPlace) is { } grantor)
                    {
                        granted = (i + c.Length, ActorId(grantor));
                        var m0 = Build(item, sent, toks, norms, actors, frames, governing, speakerFrame, c, published, sent.Paragraph == leadParagraph, st, cands, used);
                        if (m0 != null)
                        {
                            // (the request is the asker's, to the one who grants it)
                            // (a name before the words of a title that qualify it: "لطلب رئيس جمهورية ألمانيا الاتحادية، السيد فرانك-فالتر شتاينماير")
                            var askers = actors.Where(a => a.Start >= i && a.Start < i + 16 && !a.IsPlace && ActorId(a) != granted.Value.By)
                                               .OrderBy(a => a.InTitle ? 1 : 0).ThenBy(a => a.Type == EntityType.Person ? 0 : 1).ThenBy(a => a.Start).Select(a => ActorId(a)).Take(1).ToList();
                            found.Add(m0 with { SourceActors = askers.Count > 0 ? askers : m0.SourceActors, TargetActors = new List<string> { granted.Value.By } });
                            Track(st, found[^1]);
                        }
                        continue;
                    }
                    if (c.Row.Frame == "obliged" && !Obligation(toks, norms, actors, i, i + c.Length)) continue;
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
                                && (d.Row.Plover == "CONSULT" || c.Row.Plover == "REQUEST" && d.Row.Plover is "AGREE" or "RETREAT" || d.Row.Mode == "release") && d.Row.Cameo != "045"
                                && !(d.At > 0 && During(norms, d.At))) used[d.At] = true;
                    }
                    // What is rejected, right after the rejection, is no event of the one who rejects ("لا تعترف بإعادة فرض
                    // العقوبات", "رفضه للإعلان الدستوري").
                    // Nor is the act a threat threatens ("هدد نصر الله إسرائيل باستهداف مفاعل ديمونا").
                    // What is banned is no event ("حظر التجمعات والمظاهرات").
                    if (c.Row.Plover == "COERCE")
                        foreach (var d in cands)
                            if (d.At > i && d.At <= i + c.Length + 4 && d.Row.Plover == "PROTEST" && !d.Row.Verb) used[d.At] = true;
                    // What is welcomed is no act of the one who welcomes it ("رحب ماكرون بالإفراج عن الكاتب"; "أشاد بالوساطة
                    // الإماراتية" is the Emirates' mediation).
                    if (c.Row.Plover == "SUPPORT" && c.Row.Verb
                        && cands.FirstOrDefault(d => d.At >= i + c.Length) is { Row.Verb: false } welcomed && welcomed.Proclitic.Contains('ب') && welcomed.Row.Plover != "SUPPORT"
                        && welcomed.At < Clause(norms, i, i + c.Length).End && !Blocked(toks, i + c.Length, welcomed.At, comma: true)) welcomedAt = welcomed.At;
                    if (c.Row.Plover is "REJECT" or "THREATEN")
                    {
                        var threatEnd = c.Row.Plover == "THREATEN" ? Clause(norms, i, i + c.Length).End : 0;
                        foreach (var d in cands)
                            if (d.At >= i + c.Length && (c.Row.Plover == "REJECT" ? d.At <= i + c.Length + 3
                                                             : d.Row.Plover == "ASSAULT" && d.At < threatEnd && d.Proclitic.Contains('ب'))) used[d.At] = true;
                    }
                    var m = Build(item, sent, toks, norms, actors, frames, governing, speakerFrame, c, published, sent.Paragraph == leadParagraph, st, cands, used);
                    if (m == null) continue;
                    if (granted is { } g && c.At >= g.After && c.Row.Plover != "REQUEST")
                        m = m with { SourceActors = new List<string> { g.By }, TargetActors = m.TargetActors.Where(x => x != g.By && !found.Any(f => f.Plover == "REQUEST" && f.SourceActors.Contains(x))).ToList() };
                    if (c.At == welcomedAt && found.LastOrDefault(f => f.Plover == "SUPPORT") is { } welcoming)
                    {
                        m = m with { SourceActors = m.SourceActors.Where(x => !welcoming.SourceActors.Contains(x)).ToList() };
                        if (m.SourceActors.Count + m.TargetActors.Count == 0) continue;
                    }
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
                                                  // ("وفي إطار الزيارة، التقى الوزير الشيباني نظيره البريطاني": a meeting within the visit referred
                                                  // to, by another of the host's side, is a meeting of its own)
                                                  && !(x.Background && !m.Background && c.Row.Verb && x.SourceActors.Count > 0 && m.SourceActors.Count > 0
                                                       && !m.SourceActors.Intersect(x.SourceActors).Any() && !m.SourceActors.Intersect(x.TargetActors).Any())
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
                                 // (an appeal read from what the speaker says someone must do, "إن على الولايات المتحدة أن تقنع
                                 // روسيا", leaves what he says a statement)
                                 && (found.All(f => f.Plover == "REQUEST" && toks.FindIndex(t => t.Span.Start == f.Trigger.Start) is var fk and >= 0 && Cue("complementizer", norms, fk))
                                 // (a background the sentence tells before the speaker's verb is no part of what is said:
                                 // "وكانت إيران قد توصلت ... إلى اتفاق، لكن الدول الأوروبية الثلاث قالت إن ...")
                                 // (what the speaker recalls is part of what he says: "قال إن المكتب رفض طلبه في جوان الماضي")
                                     || found.All(f => (!f.Background || Recalled(f) || f.Trigger.End <= toks[frame.Start].Span.Start) && !f.SourceActors.Concat(f.TargetActors).Any(a => SameCountry(a, sp0)))
                                     // A person who speaks of what he took part in says something of his own ("وصف لافروف
                                     // المحادثات بأنها مفيدة", "قال روبيو إن الجانبين اتفقا ..."), unless what he says is
                                     // itself an act of speech (an appeal, a condemnation, praise) or a readout of others.
                                     || (dict?.Get(sp0)?.Type == EntityType.Person
                                         // one the dictionary lacks, of what was reported before ("وقال عبدي إن الاتفاق يمثل فرصة")
                                         || found.All(f => f.Background) && actors.FirstOrDefault(a => a.Id == sp0)?.Type == EntityType.Person)
                                        && found.Any(f => f.SourceActors.Concat(f.TargetActors).Any(a => a == sp0 || f.Background && SameSide(a, sp0)))
                                        && !found.Any(f => !(f.Background && !SentenceBackground(norms)) && f.SourceActors.Any(a => SameSide(a, sp0))
                                                           && (f.Plover is "ACCUSE" or "REQUEST" or "SUPPORT" or "THREATEN" or "REJECT" || f.Plover == "AGREE" && SaidDirectly(toks, norms, frame, f)))
                                     // A person telling what others of his side did, in no part of it himself ("كتب ترامب على
                                     // منصته أن مبعوثه أجرى اجتماعاً مثمراً مع بوتين"), comments on it.
                                     || dict?.Get(sp0)?.Type == EntityType.Person
                                        && found.All(f => !f.Background && f.Modality == Model.Modality.Asserted && !SpeechAct(f.Cameo) && f.Plover == "CONSULT"
                                                          && !f.SourceActors.Concat(f.TargetActors).Contains(sp0)));
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
                    // (what is denounced is the act of force the sentence names, by whoever the sentence or the item says did it)
                    if (m is { Cameo: "111" }) m = Denounced(m, found);
                    if (m != null) found.Add(m);
                }
                // "قال بوتين إن العدوان على إيران غير مبرر" after the strikes were reported: a denunciation of what the sentence
                // refers back to; "وبحسب الكرملين، وصف بوتين ما تتعرض له إيران بأنه عدوان غير مبرر", "ونقلت الوكالة عن بوتين قوله
                // إن العدوان ... لا مبرر له": by the one whose words another source reports, on that source's account.
                else if (sent.Paragraph != titleParagraph && !found.Any(f => f.Plover == "ACCUSE") && frame is { Actor: not null }
                         && (frame is { Kind: FrameKind.Statement, Inherited: false } ? frame
                             : frame.Kind is FrameKind.Prep or FrameKind.Relay && speakerFrame is { Kind: FrameKind.Statement, Actor: not null, Inherited: false } ? speakerFrame
                             : frame.Kind == FrameKind.Relay ? frame : null) is { } sayer
                         && !sayer.Actor!.StartsWith("rasd:anonymous:", StringComparison.Ordinal) && !sayer.Actor.StartsWith("rasd:media:", StringComparison.Ordinal)
                         && Statement(item, sent, toks, norms, actors, sayer, frame, published, sent.Paragraph == leadParagraph) is { Cameo: "111" } denunciation)
                    found.Add(Denounced(denunciation, found));
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
                // "حشود من المتظاهرين ... يطالبون برحيل حكومة الدبيبة": protesters demanding that someone go are a protest for a
                // change of leadership (141), against the one they would see go; the protesters are nobody the text names.
                for (var k = 0; k < found.Count; k++)
                {
                    var f = found[k];
                    if (f.Plover != "REQUEST" || toks.FindIndex(t => t.Span.Start == f.Trigger.Start) is not (var at and >= 0)) continue;
                    var clause = Clause(norms, at, at + 1).Start;
                    if (!Enumerable.Range(Math.Max(clause, at - 8), at - Math.Max(clause, at - 8)).Any(j => Cue("protesters", norms, j))
                        || !Enumerable.Range(at + 1, Math.Max(0, Math.Min(norms.Count, at + 4) - at - 1)).Any(j => Cue("leave-office", norms, j))) continue;
                    found[k] = f with
                    {
                        Type = "protest", Cameo = "141", Plover = "PROTEST", PloverMode = null,
                        SourceActors = new List<string>(), TargetActors = f.SourceActors.Concat(f.TargetActors).Distinct().ToList(),
                    };
                }
                // So do sanctions by nobody on nobody ("ويرى محللون أن فرض عقوبات على قائدي طرفي النزاع يعكس ..."): a topic.
                found.RemoveAll(f => f.Cameo.StartsWith("16", StringComparison.Ordinal) && f.SourceActors.Count == 0 && f.TargetActors.Count == 0);
                // A killing is an act against someone named ("مقتل رئيس جهاز دعم الاستقرار عبد الغني الككلي"); "مقتل 3 أشخاص" or
                // "مقتل مواطنين تونسيين" is a toll.
                found.RemoveAll(f => f.Cameo == "186" && !f.TargetActors.Any(t => dict?.Get(t) is not { Type: EntityType.Country or EntityType.Location }));
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
                // A release names who is released or who releases ("إلى غاية الإفراج عن زميلتهم" is no event between actors).
                found.RemoveAll(f => f.Cameo is "045" or "0841" && f.SourceActors.Count + f.TargetActors.Count == 0);
                if (sent.Paragraph == titleParagraph) titleCount += found.Count;
                st.Events.AddRange(found);
                // The date a sentence states carries over to the next sentences that state none ("وأكد بوتين ..." after
                // the call's date); not the date of something planned or referred back to.
                var stated = found.FirstOrDefault(f => f.DateSource is "sentence" or "today" && f.Modality == Model.Modality.Asserted && !f.Background && (f.Date.Resolved || f.Date.Month > 0));
                // (a pluperfect's day, "وكان ترمب قد أعلن الثلاثاء", is no day of the sentences after it)
                if (stated != null && SentenceBackground(norms)) st.LastDate = null;
                else if (stated != null) st.LastDate = stated.Date;
                // (a background aside with no day of its own, "وبحسب مصادر، عقد اجتماع ...", leaves the report's day to the next)
                else if (found.Count > 0 && found.All(f => f.Background || f.Modality != Model.Modality.Asserted)
                         && !(found.All(f => !f.Date.Resolved && f.Date.Month == 0) && OwnDate(sent, published) == null)) st.LastDate = null;
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
                // (a report of another's act of the kind is no repeat of it: "قوافل الهلال الأحمر المصري تتحرك نحو غزة" over the
                // Jordanian airdrops on Gaza; the one who acts is one of the body's parties; not so of talks, whose sides a host's and
                // a visitor's report swap)
                if (body.Any(b => EventFamilies.Compatible(b.Cameo, t.Cameo)
                                  && (parties.Count == 0 || (t.SourceActors.Count > 0 && b.SourceActors.Count > 0 && t.Plover != "CONSULT" ? t.SourceActors : parties)
                                          .Any(a => b.SourceActors.Concat(b.TargetActors).Any(x => SameSide(x, a))))))
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
