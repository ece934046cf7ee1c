using Rasd.Language;
using Rasd.Model;
using Rasd.Pipeline;

namespace Rasd.Actors;

/// <summary>
/// The "actors" document stage: tags sentences with <see cref="NerModel"/>, finds dictionary names, titles and
/// role phrases, links every mention to an entity (dictionary entry or a new entity keyed by normalised name),
/// reads roles from titles and apposition, and resolves role phrases and bare family names within the document.
/// </summary>
public sealed class ActorsStage : IDocumentStage
{
    public string Name => "actors";
    /// <summary>Most words between a title and the name it introduces (its complement: "للرئيس الروسي إلى الشرق الأوسط").</summary>
    private const int MaxTitleTail = 7;
    private static readonly HashSet<string> NamePrefixes = new(StringComparer.Ordinal) { "عبد", "ابو", "بن", "ابن", "ام", "بنت", "وعبد", "وابو" };
    private readonly ActorDictionary _dict;
    private readonly NerModel _model;
    // Words that head organisations' names (حزب، وزارة، تنظيم), normalised: alone they name nothing.
    private static readonly Lazy<HashSet<string>> OrgHeads = new(() => Rasd.Data.DataFiles.ReadTsv("actors/ner_gazetteer.tsv")
        .Where(f => f.Length > 1 && f[1].Trim() == "ORGHEAD").Select(f => Rasd.Language.ArabicNormalizer.Normalize(f[0].Trim())).ToHashSet(StringComparer.Ordinal));

    public ActorsStage() : this(ActorDictionary.Default, NerModel.Default) { }

    public ActorsStage(ActorDictionary dict, NerModel model)
    {
        _dict = dict;
        _model = model;
    }

    private sealed class Draft
    {
        public int Sentence;
        public int TokStart, TokEnd;
        public Span Span;
        public EntityType Type;
        public string? NerLabel;
        public string Source = "ner";
        public string? EntityId;
        public List<string> Candidates = new();
        public PhraseInfo? Phrase;
        public Role? Role;
        public List<Role> OtherRoles = new();
        public string? TitleKey;
        public string? NewKey;
    }

    private sealed class SentenceData
    {
        public required List<Token> Tokens;
        public required List<string> Norms;
        public required MatchTable Matches;     // at the match's first token
        public required int[] Cover;            // index of the match covering each token, or -1
    }

    /// <summary>Dictionary matches of a sentence by first token: an int per token rather than a nullable match,
    /// as few tokens start one.</summary>
    private sealed class MatchTable(int tokens)
    {
        private readonly List<PhraseMatch> _found = new();
        private readonly int[] _at = new int[tokens]; // 1 + index into _found, or 0

        public PhraseMatch? this[int i] => _at[i] == 0 ? null : _found[_at[i] - 1];

        public void Set(int i, PhraseMatch m)
        {
            _found.Add(m);
            _at[i] = _found.Count;
        }
    }

    // The texts of a sentence's tokens for the tagger, without copying them out.
    private sealed class TokenTexts(List<Token> tokens) : IReadOnlyList<string>
    {
        public string this[int index] => tokens[index].Text;
        public int Count => tokens.Count;
        public IEnumerator<string> GetEnumerator() => tokens.Select(t => t.Text).GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    public void Process(Document doc)
    {
        var date = DocumentDate(doc);
        var sentences = new List<SentenceData>();
        var drafts = new List<Draft>();
        var tokenized = new List<List<Token>>();
        foreach (var span in SentenceSpans(doc))
        {
            var tokens = Tokenizer.Tokens(doc, span);
            if (tokens.Count > 0) tokenized.Add(tokens);
        }
        // The whole document at once: the tagger's second stage reads each sentence with its neighbours.
        var texts = new IReadOnlyList<string>[tokenized.Count];
        for (var k = 0; k < texts.Length; k++) texts[k] = new TokenTexts(tokenized[k]);
        var tags = _model.TagDocument(texts);
        for (var k = 0; k < tokenized.Count; k++)
        {
            var s = Analyse(tokenized[k]);
            sentences.Add(s);
            var si = sentences.Count - 1;
            CollectDictionary(doc, s, si, drafts);
            CollectNer(doc, s, si, tags[k], drafts);
        }
        drafts.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));
        foreach (var d in drafts.Where(d => d.Type == EntityType.Person && d.Source != "role")) ReadRoles(doc, sentences[d.Sentence], d, drafts);
        Resolve(doc, sentences, drafts, date);
        foreach (var d in drafts)
        {
            if (d.EntityId == null) continue;
            doc.Entities.Add(new EntityMention
            {
                Span = d.Span, Text = doc.Slice(d.Span), Type = d.Type, NerLabel = d.NerLabel, EntityId = d.EntityId,
                Source = d.Source, Role = d.Role, OtherRoles = d.OtherRoles,
            });
        }
    }

    private SentenceData Analyse(List<Token> tokens)
    {
        var norms = tokens.Select(t => t.Norm).ToList();
        var n = tokens.Count;
        var matches = new MatchTable(n);
        var cover = new int[n];
        Array.Fill(cover, -1);
        for (var i = 0; i < n;)
        {
            var m = tokens[i].Kind == TokenKind.Word ? _dict.MatchAt(norms, i) : null;
            // "عبد الملك", "أبو الأمير": a title word after عبد/أبو/بن is part of a name.
            if (m is { Info.Kind: PhraseKind.Title or PhraseKind.Honorific or PhraseKind.RolePhrase } && i > 0 && NamePrefixes.Contains(norms[i - 1])) m = null;
            if (m is { } mm)
            {
                matches.Set(i, mm);
                for (var k = i; k < i + mm.Length; k++) cover[k] = i;
                i += mm.Length;
            }
            else i++;
        }
        return new SentenceData { Tokens = tokens, Norms = norms, Matches = matches, Cover = cover };
    }

    private static Span MatchSpan(SentenceData s, int start, int end, int strippedNormChars)
    {
        var first = s.Tokens[start];
        var offset = first.Span.Start;
        if (strippedNormChars > 0)
        {
            var (_, map) = ArabicNormalizer.NormalizeWithMap(first.Text.AsSpan(), first.Span.Start);
            offset = strippedNormChars < map.Length ? map[strippedNormChars] : first.Span.Start;
        }
        return new Span(offset, s.Tokens[end - 1].Span.End);
    }

    private void CollectDictionary(Document doc, SentenceData s, int si, List<Draft> drafts)
    {
        var n = s.Tokens.Count;
        for (var i = 0; i < n; i++)
        {
            if (s.Matches[i] is not { } m) continue;
            var end = i + m.Length;
            var info = m.Info;
            switch (info.Kind)
            {
                case PhraseKind.Alias:
                case PhraseKind.ShortName:
                {
                    var first = _dict.Get(info.Ids[0]);
                    drafts.Add(new Draft
                    {
                        Sentence = si, TokStart = i, TokEnd = end, Span = MatchSpan(s, i, end, m.StrippedChars),
                        Type = first?.Type ?? EntityType.Person, Source = info.Kind == PhraseKind.Alias ? "dictionary" : "coreference",
                        EntityId = info.Kind == PhraseKind.Alias && info.Ids.Count == 1 ? info.Ids[0] : null,
                        Candidates = info.Ids.ToList(), Phrase = info,
                    });
                    break;
                }
                case PhraseKind.RolePhrase:
                    drafts.Add(new Draft
                    {
                        Sentence = si, TokStart = i, TokEnd = end, Span = MatchSpan(s, i, end, m.StrippedChars),
                        Type = EntityType.Person, Source = "role", Phrase = info,
                    });
                    break;
                case PhraseKind.Side or PhraseKind.Counterpart when end < n && s.Matches[end] is { Info.Kind: PhraseKind.Demonym } dm:
                {
                    var country = dm.Info.Ids[0];
                    var d = new Draft
                    {
                        Sentence = si, TokStart = i, TokEnd = end + dm.Length, Span = MatchSpan(s, i, end + dm.Length, m.StrippedChars),
                        Type = info.Kind == PhraseKind.Side ? EntityType.Country : EntityType.Person, Source = "coreference", Phrase = info,
                    };
                    if (info.Kind == PhraseKind.Side) d.EntityId = country;
                    else d.Candidates = new List<string> { country };
                    drafts.Add(d);
                    i = end + dm.Length - 1;
                    // "الجانبين الإيراني والأمريكي": the second side of a pair is the demonym after و.
                    var next = end + dm.Length;
                    if (info.Kind == PhraseKind.Side && next < n && s.Matches[next] is { Info.Kind: PhraseKind.Demonym } dm2 && s.Norms[next][0] == 'و'
                        && dm2.Info.Ids[0] != country)
                    {
                        drafts.Add(new Draft
                        {
                            Sentence = si, TokStart = next, TokEnd = next + dm2.Length, Span = MatchSpan(s, next, next + dm2.Length, dm2.StrippedChars),
                            Type = EntityType.Country, Source = "coreference", Phrase = info, EntityId = dm2.Info.Ids[0],
                        });
                        i = next + dm2.Length - 1;
                    }
                    break;
                }
            }
        }
    }

    private static bool InsideTime(Document doc, Span span)
    {
        foreach (var t in doc.Times)
            if (t.Span.Covers(span)) return true;
        return false;
    }

    private void CollectNer(Document doc, SentenceData s, int si, string[] tags, List<Draft> drafts)
    {
        foreach (var (start, end, type) in ConllEval.Chunks(tags))
        {
            if (type == "MISC") continue;
            // The dictionary's reading wins where it found a name; titles and honorifics are not part of names.
            var a = start;
            var b = end;
            while (a < b && s.Cover[a] >= 0 && s.Matches[s.Cover[a]]!.Value.Info.Kind is PhraseKind.Title or PhraseKind.Honorific or PhraseKind.Demonym or PhraseKind.RolePhrase) a = s.Cover[a] + s.Matches[s.Cover[a]]!.Value.Length;
            while (b > a && s.Tokens[b - 1].Kind != TokenKind.Word) b--;
            // A blessing after the name ("تميم بن حمد آل ثاني حفظه الله") is no part of it either.
            while (b > a && s.Cover[b - 1] >= 0 && s.Matches[s.Cover[b - 1]]!.Value.Info.Kind == PhraseKind.Honorific && s.Cover[b - 1] >= a) b = s.Cover[b - 1];
            if (a >= b) continue;
            var covered = false;
            var onlyShort = true;
            var coveredTokens = 0;
            for (var k = a; k < b; k++)
            {
                if (s.Cover[k] < 0 || s.Matches[s.Cover[k]]!.Value.Info.Kind is not (PhraseKind.Alias or PhraseKind.ShortName or PhraseKind.RolePhrase)) continue;
                covered = true;
                coveredTokens++;
                if (s.Matches[s.Cover[k]]!.Value.Info.Kind != PhraseKind.ShortName) onlyShort = false;
            }
            // "حافظ قائد السبسي": a family name the dictionary knows, with a first name it does not know, is someone else.
            if (covered && onlyShort && type == "PERS" && coveredTokens < b - a && s.Cover[b - 1] >= 0)
                drafts.RemoveAll(d => d.Sentence == si && d.Source == "coreference" && d.TokStart >= a && d.TokEnd <= b);
            else if (covered) continue;
            // "روسيا الاتحادية" split by a longer phrase before it: the leftover word is not a name of its own.
            if (a > 0 && _dict.Lookup(s.Norms[a - 1] + " " + string.Join(' ', s.Norms.GetRange(a, b - a))).Any(p => p.Kind == PhraseKind.Alias)) continue;
            // "وذكرت الوكالة أن الأطراف الثلاثة": a span across the particle that opens a clause is no name.
            if (Enumerable.Range(a, b - a).Any(k => _dict.NotInName(s.Norms[k]))) continue;
            // "زعيم تنظيم «بي كا كا»": a word that heads organisations' names, alone, names none.
            if (type == "ORG" && b - a == 1 && OrgHeads.Value.Contains(s.Norms[a])) continue;
            // "بزيارة للمملكة": a word for a kind of state or place names none.
            if (b - a == 1 && _dict.IsCommonPlaceNoun(s.Norms[a])) continue;
            var label = type;
            var et = type switch { "PERS" => EntityType.Person, "LOC" => EntityType.Location, _ => EntityType.Organization };
            var d = new Draft { Sentence = si, TokStart = a, TokEnd = b, Type = et, NerLabel = label, Source = "ner" };
            // Known under another spelling? (بوتن, لافرينتييف)
            var norms = s.Norms.GetRange(a, b - a);
            var stripped = 0;
            var first = norms[0];
            foreach (var (stem, st) in ArabicClitics.Readings(first).Skip(1))
            {
                // Drop a clitic from a new name when the rest is a known given name or a known person's name;
                // a leading "و" also when the word itself is not a given name (وجيمس → جيمس, but وليد stays).
                if (_dict.IsGivenName(stem) || (b - a == 1 && _dict.BySkeleton(stem).Count == 1)
                    || (st == 1 && first[0] == 'و' && stem.Length >= 3 && !_dict.IsGivenName(first) && et == EntityType.Person))
                { first = stem; stripped = st; break; }
            }
            norms[0] = first;
            var key = string.Join(' ', norms);
            var skel = et == EntityType.Person ? _dict.BySkeleton(key) : Array.Empty<string>();
            if (skel.Count == 1) { d.EntityId = skel[0]; d.Source = "dictionary"; }
            else if (et != EntityType.Person && b - a == 1)
                foreach (var (stem, st) in ArabicClitics.Readings(s.Norms[a]))
                    if (_dict.ByTaggedName(stem) is { } tagged) { d.EntityId = tagged; d.Type = _dict.Get(tagged)?.Type ?? et; d.Source = "dictionary"; stripped = st; break; }
            d.Span = MatchSpan(s, a, b, stripped);
            // "في 12 أبريل/نيسان": a month name inside a date the time stage read is no name (نيسان, Nissan).
            if (d.EntityId == null && InsideTime(doc, d.Span)) continue;
            d.NewKey = key;
            drafts.Add(d);
        }
    }

    /// <summary>Titles before a person ("وزير الخارجية أسعد الشيباني", "نائب وزير الخارجية، ميخائيل بوغدانوف").</summary>
    private void ReadRoles(Document doc, SentenceData s, Draft person, List<Draft> drafts)
    {
        var p = person.TokStart;
        var found = new List<Role>();
        string? firstTitleKey = null;
        for (var chain = 0; chain < 3 && p > 0; chain++)
        {
            var j = p - 1;
            while (j >= 0 && IsComma(s.Tokens[j])) j--;
            if (j < 0) break;
            var title = -1;
            // Scan back over the title's complement ("باسم الكرملين", "إلى الشرق الأوسط") to the title itself.
            for (var k = j; k >= Math.Max(0, j - MaxTitleTail); k--)
            {
                if (s.Cover[k] >= 0 && s.Cover[k] != k && s.Matches[s.Cover[k]]!.Value.Info.Kind is PhraseKind.Title or PhraseKind.RolePhrase) continue;
                if (s.Matches[k] is { Info.Kind: PhraseKind.Title or PhraseKind.RolePhrase } tm)
                {
                    // An indefinite title ("قائد", "رئيس", "وزير") needs its complement: alone before a name it is part of the name.
                    if (tm.Info.Kind == PhraseKind.Title && k + tm.Length > j && !tm.Info.Key.Contains(' ') && !tm.Info.Key.StartsWith("ال", StringComparison.Ordinal)) break;
                    title = k;
                    break;
                }
                // An honorific right before the name is skipped; further back it starts another item ("والشيخ ...").
                if (s.Matches[k] is { Info.Kind: PhraseKind.Honorific } hm && (k < j || (hm.StrippedChars > 0 && s.Norms[k][0] == 'و'))) break;
                var t = s.Tokens[k];
                if (t.Kind is TokenKind.Punct && !IsComma(t)) break;
                // Another person in between (named by the tagger or starting with a given name): not this person's title.
                if (k < j && (_dict.IsGivenName(s.Norms[k]) || (s.Norms[k].Length > 3 && s.Norms[k][0] == 'و' && _dict.IsGivenName(s.Norms[k][1..])))) break;
                if (drafts.Any(d => d != person && d.Sentence == person.Sentence && d.Type == EntityType.Person && d.TokStart <= k && k < d.TokEnd && d.Source != "role")) break;
            }
            if (title < 0) break;
            var m = s.Matches[title]!.Value;
            var tailStart = title + m.Length;
            var tailEnd = j + 1;
            var role = MakeRole(doc, s, m, tailStart, tailEnd, person);
            found.Add(role);
            firstTitleKey ??= m.Info.Kind == PhraseKind.Title ? m.Info.Key : m.Info.Roles.FirstOrDefault()?.Title;
            // A chain continues only across a comma or "و" attached to the title.
            p = title;
            var prev = title - 1;
            var joined = m.StrippedChars > 0 && s.Norms[title][0] == 'و';
            if (!joined && !(prev >= 0 && IsComma(s.Tokens[prev]))) break;
        }
        if (found.Count == 0) return;
        person.Role = found[0];
        person.OtherRoles = found.Skip(1).ToList();
        person.TitleKey = firstTitleKey;
    }

    private Role MakeRole(Document doc, SentenceData s, PhraseMatch title, int tailStart, int tailEnd, Draft person)
    {
        string? of = null;
        var titleEnd = tailEnd;
        if (title.Info.Kind == PhraseKind.RolePhrase && title.Info.Roles.FirstOrDefault(x => x.PersonId == person.EntityId) is { } r)
        {
            // A known office: its canonical title, whatever qualifiers follow it.
            return new Role(r.Title, r.Of);
        }
        for (var k = tailStart; k < tailEnd && of == null; k++)
        {
            if (s.Matches[k] is not { } q) continue;
            of = q.Info.Kind switch
            {
                PhraseKind.Demonym => q.Info.Ids[0],
                PhraseKind.RolePhrase when !q.Info.SalientOnly => q.Info.Roles.FirstOrDefault()?.Of,
                PhraseKind.Alias => OfFromEntity(q.Info.Ids[0]),
                _ => null,
            };
            // "وزير الدفاع السوري": the demonym qualifies the title and is not part of it.
            if (of != null && q.Info.Kind == PhraseKind.Demonym && k + q.Length == tailEnd) titleEnd = k;
        }
        if (of == null && person.EntityId != null && _dict.Get(person.EntityId) is { Country: { } c }) of = _dict.CountryId(c);
        while (titleEnd > tailStart && IsComma(s.Tokens[titleEnd - 1])) titleEnd--;
        var span = MatchSpan(s, title.Start, Math.Max(titleEnd, title.Start + title.Length), title.StrippedChars);
        var text = string.Join(' ', doc.Slice(span).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        return new Role(text, of);
    }

    private string? OfFromEntity(string id)
    {
        var e = _dict.Get(id);
        if (e == null) return null;
        if (e.Type == EntityType.Location && e.StandsFor != null && e.Country != null) return _dict.CountryId(e.Country);
        return e.Id;
    }

    private static bool IsComma(Token t) => t.Norm is "," or "-";

    /// <summary>The holder named right after the title (words of its office between, no punctuation), else right before it.</summary>
    private static string? Beside(string text, Draft title, List<Draft> drafts, List<string> holders)
    {
        static bool Plain(string text, int from, int to) =>
            to >= from && to - from <= 60 && text.AsSpan(from, to - from).IndexOfAny(".،,؛;:\n") < 0;
        // (the title itself is not resolved yet: no holder's id)
        bool Named(Draft x) => x.EntityId != null && holders.Contains(x.EntityId) && x.Source is "dictionary" or "ner";
        var after = drafts.FirstOrDefault(x => Named(x) && x.Span.Start >= title.Span.End && Plain(text, title.Span.End, x.Span.Start));
        if (after != null) return after.EntityId;
        var before = drafts.LastOrDefault(x => Named(x) && x.Span.End <= title.Span.Start && title.Span.Start - x.Span.End <= 2);
        return before?.EntityId;
    }

    private void Resolve(Document doc, List<SentenceData> sentences, List<Draft> drafts, DateOnly? date)
    {
        // New names: keyed by normalised full name; a bare last name goes to the document's full name that ends with it.
        var newFull = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in drafts.Where(d => d.EntityId == null && d.NewKey != null && d.NewKey.Contains(' ')))
        {
            d.EntityId = "rasd:" + d.NewKey;
            if (d.Type == EntityType.Person) newFull.TryAdd(d.NewKey!.Split(' ')[^1], d.EntityId);
        }
        foreach (var d in drafts.Where(d => d.EntityId == null && d.NewKey != null && !d.NewKey.Contains(' ')))
        {
            if (d.Type == EntityType.Person && newFull.TryGetValue(d.NewKey!, out var full)) { d.EntityId = full; d.Source = "coreference"; }
            // A lone given name ("محمد") names nobody in particular: merging it across documents would fuse strangers.
            else if (d.Type == EntityType.Person && _dict.IsGivenName(d.NewKey!)) continue;
            else d.EntityId = "rasd:" + d.NewKey;
        }
        // Bare family names of new people the NER missed ("وقال الحلبي"): distinctive ones only (not given names, 4+ letters).
        if (newFull.Count > 0) AddBareFamilyNames(sentences, drafts, newFull);
        AddGuardedNames(sentences, drafts);
        drafts.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        // Salience: named mentions per entity, and where they are.
        int Salience(string id) => drafts.Count(x => x.EntityId == id && x.Source is "dictionary" or "ner");
        foreach (var d in drafts.Where(d => d.EntityId == null))
        {
            switch (d.Source)
            {
                case "coreference" when d.Phrase?.Kind == PhraseKind.Counterpart:
                    d.EntityId = Counterpart(d, drafts, date);
                    break;
                case "coreference":
                case "dictionary":
                    d.EntityId = PickByContext(d, d.Candidates, drafts, date, Salience);
                    break;
                case "role":
                {
                    var holders = d.Phrase!.Roles.Where(r => date == null || r.HeldOn(date.Value)).Select(r => r.PersonId).Distinct().ToList();
                    var inDoc = holders.Where(h => Salience(h) > 0).OrderByDescending(Salience).ToList();
                    // (an office is its holder's once every name is resolved, below)
                    if (d.Phrase.Office) break;
                    // "وزير الدفاع الوطني في الجمهورية اللبنانية ميشال منسى", "الأمير خالد بن سلمان وزير الدفاع": of several holders
                    // the document names, the one named next to the title in its sentence.
                    if (inDoc.Count > 1 && Beside(doc.Text, d, drafts, inDoc) is { } beside) d.EntityId = beside;
                    else if (inDoc.Count > 0) d.EntityId = inDoc[0];
                    else if (d.Phrase.SalientOnly) break;
                    else if (date != null && holders.Count == 1) d.EntityId = holders[0];
                    else
                    {
                        var current = d.Phrase.Roles.Where(r => r.To == null).Select(r => r.PersonId).Distinct().ToList();
                        if (date == null && current.Count == 1) d.EntityId = current[0];
                    }
                    if (d.EntityId != null)
                    {
                        var r = d.Phrase.Roles.FirstOrDefault(r => r.PersonId == d.EntityId);
                        if (r != null) d.Role = new Role(r.Title, r.Of);
                    }
                    break;
                }
            }
        }
        // "رئاسة الجمهورية" in a dispatch naming al-Sisi: the presidency of his country. Of several holders named, the
        // first named by name: a dispatch names its own head of state before his guests ("الرئيس الألماني" in its headline
        // is another country's by its own words).
        foreach (var d in drafts.Where(d => d.EntityId == null && d.Source == "role" && d.Phrase!.Office))
        {
            var holders = d.Phrase!.Roles.Where(r => date == null || r.HeldOn(date.Value)).Select(r => r.PersonId).ToHashSet();
            var first = drafts.FirstOrDefault(x => x.EntityId != null && holders.Contains(x.EntityId) && x.Source is "dictionary" or "ner")
                        ?? drafts.FirstOrDefault(x => x.EntityId != null && holders.Contains(x.EntityId));
            // (with no holder named, a ministry in a state agency's copy is its state's: "دمشق-سانا ... وزارة الداخلية")
            // (with neither, it is the state of the first country the document names before it: "أعلنت مصر رفضها ... وقالت
            // وزارة الخارجية، في بيان")
            // (a country at the head of a ministry's own sentence comes first: "أعربت المملكة العربية السعودية عن إدانتها ...، وفق
            // بيان لوزارة الخارجية", in a report that names the US secretary of state further on; not a presidency: with it, "استنكرت
            // تونس ...، في بيان صادر عن رئاسة الجمهورية" in ANT made Tunisia's presidency a target of its own condemnation)
            var subjectCountry = d.Phrase.OfficeOrg is "presidency" ? null : drafts.FirstOrDefault(x => x.EntityId != null && x.Type == EntityType.Country && x.Source == "dictionary"
                                                            && x.Sentence == d.Sentence && x.TokStart < d.TokStart && Subject(x));
            var cc = subjectCountry != null ? _dict.Get(subjectCountry.EntityId!)?.Country
                : first != null ? _dict.Get(first.EntityId!)?.Country
                : d.Phrase.OfficeOrg is "presidency" ? null
                : _dict.StateAgencyCountry(doc.Meta.Outlet)
                  ?? (drafts.FirstOrDefault(x => x.EntityId != null && x.Type == EntityType.Country && x.Source == "dictionary") is { } fc
                      && (fc.Sentence, fc.TokStart).CompareTo((d.Sentence, d.TokStart)) < 0 && Subject(fc) ? _dict.Get(fc.EntityId!)?.Country : null);
            if (cc == null || _dict.Get("rasd:" + d.Phrase.OfficeOrg + ":" + cc) is not { } office) continue;
            d.EntityId = office.Id;
            d.Type = EntityType.Organization;
        }
        // (the subject of its sentence, at its head or after its first word, not a place named in passing: "بعد رفع الإمارات",
        // "في تركيا", "بليبيا")
        bool Subject(Draft x)
        {
            var tk = sentences[x.Sentence].Tokens;
            if (x.TokStart > 1 || x.TokStart < tk.Count && tk[x.TokStart].Span.Start < x.Span.Start) return false;
            return x.TokStart == 0 || tk[0].Kind == TokenKind.Word && !_dict.NotSubjectAfter(sentences[x.Sentence].Norms[0]);
        }
        // A role phrase right before a name is that person's title: link it to the person.
        foreach (var d in drafts.Where(d => d.Source == "role"))
        {
            // A comma or a title word may stand between ("العاهل الأردني الملك عبد الله").
            var sd = sentences[d.Sentence];
            // Not one with a preposition ("أشاد الرئيس الروسي بالشيخ تميم": the one praised).
            bool Between(int k) => IsComma(sd.Tokens[k]) || sd.Cover[k] >= 0 && sd.Matches[sd.Cover[k]]!.Value is { Info.Kind: PhraseKind.Title or PhraseKind.Honorific, StrippedChars: 0 };
            var next = drafts.FirstOrDefault(x => x.Sentence == d.Sentence && x.Type == EntityType.Person && x.Source != "role" && x.TokStart >= d.TokEnd
                && x.TokStart - d.TokEnd <= 1 && Enumerable.Range(d.TokEnd, x.TokStart - d.TokEnd).All(Between));
            if (next?.EntityId == null) continue;
            // A title of one country's office before a known person of another is no title of his.
            if (d.EntityId != null && next.Source == "dictionary" && next.EntityId != d.EntityId && _dict.Get(d.EntityId) is { Type: EntityType.Person, Country: { } c1 }
                && _dict.Get(next.EntityId) is { Country: { } c2 } && c1 != c2) continue;
            // "العاهل الأردني الملك عبد الله": a name the dictionary lacks, after a title whose holder's name begins with
            // it, is that holder, not a new person.
            if (d.EntityId != null && next.Source == "ner" && next.NewKey is { } key && _dict.Get(d.EntityId) is { Type: EntityType.Person } holder
                && holder.Aliases.Append(holder.Name).Any(n => ArabicNormalizer.Normalize(n) is var nn && (nn == key || nn.StartsWith(key + " ", StringComparison.Ordinal))))
            {
                next.EntityId = d.EntityId;
                next.Source = "dictionary";
                next.Role ??= d.Role;
                continue;
            }
            d.EntityId = next.EntityId; d.Role = next.Role;
        }
        // "وقال الملك عبد الله" after "العاهل الأردني الملك عبد الله الثاني": a new name that begins the name of exactly one
        // person the document names is that person.
        var named = drafts.Where(d => d.EntityId != null && d.Source is "dictionary" or "role" && d.Type == EntityType.Person).Select(d => d.EntityId!).Distinct()
            .Select(id => _dict.Get(id)).Where(e => e != null).ToList();
        if (named.Count > 0)
            foreach (var d in drafts.Where(d => d.Source == "ner" && d.Type == EntityType.Person && d.NewKey != null && d.EntityId == "rasd:" + d.NewKey))
            {
                var key = d.NewKey!;
                var owners = named.Where(e => e!.Aliases.Append(e.Name).Any(n => ArabicNormalizer.Normalize(n).StartsWith(key + " ", StringComparison.Ordinal))).ToList();
                if (owners.Count == 1) { d.EntityId = owners[0]!.Id; d.Source = "coreference"; }
            }
        AddAnaphora(sentences, drafts, date);
    }

    /// <summary>
    /// One word standing for a name given before it, read in one scan of the words; each word takes the first reading
    /// that applies:
    /// - a bare title ("واتهم الوزير أبو ظبي بانتهاك ..."; <c>anaphor</c> in coref.tsv), not before a name, an adjective or
    ///   a genitive ("الوزير الأول", "الرئيس التنفيذي"), is the last person named before it who holds such an office;
    /// - "the Kingdom" ("رحبت فيها المملكة بالقرار" in a Saudi dispatch, "المملكة" in a Moroccan one) is the kingdom of the
    ///   first person the document names whose country is one ("ولي العهد محمد بن سلمان" → Saudi Arabia); nobody's when
    ///   the document names none;
    /// - the first word of an organisation's name, alone with the article ("وكانت المفوضية قد أعلنت" after "المفوضية العليا
    ///   المستقلة للانتخابات", "الوزارة" after "وزارة الخارجية"), is the last organisation named before it whose name
    ///   begins with that word; not before an adjective or another name ("المفوضية الأوروبية" is another body).
    /// </summary>
    private void AddAnaphora(List<SentenceData> sentences, List<Draft> drafts, DateOnly? date)
    {
        var scan = new AnaphoraScan(this, sentences, drafts, date);
        List<Draft>? added = null;
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            for (var i = 0; i < s.Tokens.Count; i++)
            {
                if (s.Tokens[i].Kind != TokenKind.Word) continue;
                if ((scan.TitleAt(s, si, i) ?? scan.KingdomAt(s, si, i) ?? scan.HeadAt(s, si, i)) is { } d) (added ??= new()).Add(d);
            }
        }
        if (added == null) return;
        drafts.AddRange(added);
        drafts.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>What <see cref="AddAnaphora"/> looks up once per document: the people, the kingdom, the bodies named.</summary>
    private sealed class AnaphoraScan(ActorsStage stage, List<SentenceData> sentences, List<Draft> drafts, DateOnly? date)
    {
        private readonly ActorDictionary _dict = stage._dict;
        private List<Draft>? _people;
        private readonly string? _kingdomWord = stage._dict.KingdomWords.Count == 0 ? null : ArabicNormalizer.Normalize(stage._dict.KingdomWords[0]); // "المملكه"
        private string? _kingdomWithLam;                                           // "للمملكه" is ل + المملكه
        private string? _kingdom;
        private bool _kingdomLooked;
        private List<(int Start, string Head, Draft Org)>? _orgs;

        public Draft? TitleAt(SentenceData s, int si, int i)
        {
            if (s.Norms[i].Length < 5) return null;
            if (s.Cover[i] >= 0 && s.Matches[s.Cover[i]] is { } cm && (cm.Length > 1 || cm.Info.Kind != PhraseKind.Title)) return null;
            if (_dict.AnaphorTitles(s.Norms[i]) is not { } found) return null;
            // "وأكد الوزير الأوكراني": a demonym after the bare title names the country of the office, not another title;
            // the one who stands for it must hold the office there.
            string? country = null;
            var end = i + 1;
            if (end < s.Tokens.Count && s.Matches[end] is { Info.Kind: PhraseKind.Demonym } dm && dm.StrippedChars == 0
                && (end + dm.Length >= s.Tokens.Count || s.Tokens[end + dm.Length].Kind != TokenKind.Word || !s.Norms[end + dm.Length].StartsWith("ال", StringComparison.Ordinal)
                    // ("ودعت الوزيرة الألمانية القيادة الجديدة": the object after the subject; not "الوزير الروسي السابق")
                    || s.Matches[end + dm.Length] == null && s.Cover[end + dm.Length] < 0 && !_dict.OtherHolderAfter(s.Norms[end + dm.Length])))
            {
                country = dm.Info.Ids[0];
                end += dm.Length;
            }
            else if (end < s.Tokens.Count && s.Tokens[end].Kind == TokenKind.Word
                && (s.Norms[end].StartsWith("ال", StringComparison.Ordinal)
                    || s.Cover[end] >= 0 && s.Matches[s.Cover[end]]!.Value.Info.Kind is PhraseKind.Demonym or PhraseKind.Title or PhraseKind.Honorific)) return null;
            if (i > 0 && _dict.BlocksAnaphor(s.Norms[i - 1])) return null;       // "نائب الوزير" is someone else
            _people ??= drafts.Where(d => d.Type == EntityType.Person && d.EntityId != null).OrderBy(d => d.Span.Start).ToList();
            // (plain loops here and below: a lambda over the loop's locals would cost an object per word)
            var span = MatchSpan(s, i, end, found.Stripped);
            if (OverlapsOrOpens(_people, span, si, i + 1)) return null;
            for (var k = _people.Count - 1; k >= 0; k--)
                if (_people[k].Span.End <= span.Start && stage.HoldsTitle(_people[k], found.Titles, date)
                    && (country == null || stage.HoldsOfficeIn(_people[k], country, date)))
                    return new Draft
                    {
                        Sentence = si, TokStart = i, TokEnd = end, Span = span, Type = EntityType.Person,
                        Source = "coreference", EntityId = _people[k].EntityId, Role = _people[k].Role,
                    };
            return null;
        }

        public Draft? KingdomAt(SentenceData s, int si, int i)
        {
            if (_kingdomWord == null || s.Cover[i] >= 0 || _kingdomLooked && _kingdom == null) return null;
            // (with its clitics: "والمملكة", "بالمملكة", "للمملكة")
            var norm = s.Norms[i];
            var withLam = _kingdomWithLam ??= "ل" + _kingdomWord[1..];
            var stripped = norm.EndsWith(_kingdomWord, StringComparison.Ordinal) ? norm.Length - _kingdomWord.Length
                : norm.EndsWith(withLam, StringComparison.Ordinal) ? norm.Length - withLam.Length + 1 : -1;
            if (stripped is < 0 or > 2) return null;
            if (!_kingdomLooked)
            {
                _kingdomLooked = true;
                foreach (var d in drafts)
                {
                    if (d.Type != EntityType.Person || d.EntityId == null || _dict.Get(d.EntityId)?.Country is not { } cc || _dict.CountryId(cc) is not { } cid) continue;
                    if (_dict.Get(cid) is { } country && country.Aliases.Append(country.Name).Any(n => _dict.KingdomWords.Any(k => n.StartsWith(k, StringComparison.Ordinal))))
                    { _kingdom = cid; break; }
                }
                if (_kingdom == null) return null;
            }
            var span = s.Tokens[i].Span;
            if (OverlapsOrOpens(drafts, span, -1, -1)) return null;
            return new Draft
            {
                Sentence = si, TokStart = i, TokEnd = i + 1, Span = MatchSpan(s, i, i + 1, stripped), Type = EntityType.Country,
                Source = "coreference", EntityId = _kingdom,
            };
        }

        public Draft? HeadAt(SentenceData s, int si, int i)
        {
            if (s.Cover[i] >= 0 || s.Norms[i].Length < 5) return null;
            if (_orgs == null)
            {
                _orgs = new();
                foreach (var d in drafts)
                {
                    if (d.EntityId == null || d.Type is not (EntityType.Organization or EntityType.Group) || d.TokEnd - d.TokStart < 2 || d.Source is not ("dictionary" or "ner")) continue;
                    var first = sentences[d.Sentence].Norms[d.TokStart];
                    // (a name the tagger found is one when it begins as names of bodies do, in the construct: "حزب العمال",
                    // not a description, "المنظمة الدولية")
                    if (d.Source == "ner" && !OrgHeads.Value.Contains(first)) continue;
                    var h = BareHead(first, needArticle: false);
                    if (h.Length >= 3) _orgs.Add((d.Span.Start, h, d));
                }
            }
            if (_orgs.Count == 0) return null;
            var head = BareHead(s.Norms[i], needArticle: true);
            if (head.Length < 3) return null;
            if (i + 1 < s.Tokens.Count && s.Tokens[i + 1].Kind == TokenKind.Word
                && (s.Norms[i + 1].StartsWith("ال", StringComparison.Ordinal) || s.Cover[i + 1] >= 0)) return null;
            var span = s.Tokens[i].Span;
            Draft? antecedent = null;
            for (var k = _orgs.Count - 1; k >= 0 && antecedent == null; k--)
                if (_orgs[k].Start < span.Start && _orgs[k].Head == head) antecedent = _orgs[k].Org;
            if (antecedent == null || OverlapsOrOpens(drafts, span, -1, -1)) return null;
            return new Draft
            {
                Sentence = si, TokStart = i, TokEnd = i + 1, Span = MatchSpan(s, i, i + 1, s.Norms[i].Length - head.Length - 2),
                Type = antecedent.Type, Source = "coreference", EntityId = antecedent.EntityId,
            };
        }
    }

    /// <summary>The head word without its article: a mention's proclitics go too ("والمفوضيه", "للوزاره"), and it is
    /// empty when <paramref name="needArticle"/> and the word is not definite; a name's first word keeps its letters
    /// ("وزاره" is no و + زاره).</summary>
    private static string BareHead(string norm, bool needArticle)
    {
        if (!needArticle) return norm.StartsWith("ال", StringComparison.Ordinal) ? norm[2..] : norm;
        var p = ArabicClitics.PrefixLength(norm);
        var prefix = norm.AsSpan(0, p);
        return prefix.EndsWith("ال") || prefix.EndsWith("لل") ? norm[p..] : "";
    }

    /// <summary>
    /// Family names that are also common words ("سلام", "عون"): only for a person the document names in full, and only
    /// bare (no article) in a name's place: after a title, a word of <c>name_after</c> ("وقال سلام") or, joined by و,
    /// another person ("عون وبري").
    /// </summary>
    private void AddGuardedNames(List<SentenceData> sentences, List<Draft> drafts)
    {
        Dictionary<string, string?>? byName = null;
        foreach (var d in drafts)
        {
            if (d.Source != "dictionary" || d.EntityId == null || _dict.Get(d.EntityId) is not { GuardedNames.Count: > 0 } e) continue;
            byName ??= new Dictionary<string, string?>(StringComparer.Ordinal);
            // Two people of the document with one such name: neither gets it.
            foreach (var g in e.GuardedNames) byName[g] = byName.TryGetValue(g, out var other) && other != e.Id ? null : e.Id;
        }
        if (byName == null) return;
        for (var si = 0; si < sentences.Count; si++)
        {
            var s = sentences[si];
            var lastPersonEnd = -1;
            for (var i = 0; i < s.Tokens.Count; i++)
            {
                if (drafts.Any(d => d.Sentence == si && d.TokEnd == i + 1 && d.Type == EntityType.Person && d.EntityId != null && d.Source != "ner")) lastPersonEnd = i + 1;
                if (s.Tokens[i].Kind != TokenKind.Word || s.Cover[i] >= 0) continue;
                var norm = s.Norms[i];
                var joined = !byName.ContainsKey(norm) && norm.Length > 3 && norm[0] is 'و' or 'ف';
                if (!byName.TryGetValue(joined ? norm[1..] : norm, out var id) || id == null) continue;
                var inPlace = false;
                if (i > 0)
                {
                    var prev = s.Norms[i - 1];
                    var bare = prev.Length > 2 && prev[0] is 'و' or 'ف' && _dict.IsNameAfterWord(prev[1..]);
                    inPlace = bare || _dict.IsNameAfterWord(prev)
                        || s.Cover[i - 1] >= 0 && s.Matches[s.Cover[i - 1]]!.Value.Info.Kind is PhraseKind.Title or PhraseKind.Honorific
                        || joined && lastPersonEnd == i;
                }
                if (!inPlace) continue;
                var span = MatchSpan(s, i, i + 1, joined ? 1 : 0);
                // The tagger may have read it as a new name of its own: that reading gives way.
                var ner = drafts.FindIndex(d => d.Sentence == si && d.TokStart == i && d.TokEnd == i + 1 && d.Source == "ner");
                if (ner < 0 && drafts.Any(d => d.Sentence == si && d.TokStart <= i && d.TokEnd > i)) continue;
                var draft = new Draft { Sentence = si, TokStart = i, TokEnd = i + 1, Span = span, Type = EntityType.Person, Source = "coreference", EntityId = id };
                if (ner >= 0) drafts[ner] = draft;
                else drafts.Add(draft);
                lastPersonEnd = i + 1;
            }
        }
    }

    // Normalised titles, few and asked for often (every bare title checks the people named before it).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> TitleKeys = new(StringComparer.Ordinal);
    private static readonly Func<string, string> TitleKey = ActorDictionary.Key;

    /// <summary>A draft overlapping the span, or one of sentence <paramref name="sentence"/> starting at token <paramref name="start"/>.</summary>
    private static bool OverlapsOrOpens(List<Draft> drafts, Span span, int sentence, int start)
    {
        foreach (var d in drafts)
            if (d.Span.Overlaps(span) || d.Sentence == sentence && d.TokStart == start) return true;
        return false;
    }

    /// <summary>Whether the person's office, as the document or the dictionary gives it, is one of that country.</summary>
    private bool HoldsOfficeIn(Draft person, string country, DateOnly? date)
    {
        if (person.Role?.Of == country || person.OtherRoles.Any(o => o.Of == country)) return true;
        if (_dict.Get(person.EntityId!) is not { } e) return false;
        return e.Roles.Any(f => (date == null || f.HeldOn(date.Value)) && f.Of == country)
            || person.Role?.Of == null && e.Country is { } c && _dict.CountryId(c) == country;
    }

    private bool HoldsTitle(Draft person, string[] titles, DateOnly? date)
    {
        bool Fits(string title)
        {
            var key = TitleKeys.GetOrAdd(title, TitleKey);
            foreach (var t in titles) if (key.StartsWith(t, StringComparison.Ordinal)) return true;
            return false;
        }
        if (person.Role is { } r && Fits(r.Title) || person.OtherRoles.Any(o => Fits(o.Title))) return true;
        return _dict.Get(person.EntityId!) is { } e && e.Roles.Any(f => (date == null || f.HeldOn(date.Value)) && Fits(f.Title));
    }

    private void AddBareFamilyNames(List<SentenceData> sentences, List<Draft> drafts, Dictionary<string, string> newFull)
    {
        // Overlap with the drafts so far by binary search: spans by start, with the running maximum of their ends.
        var known = drafts.Count;
        var starts = new int[known];
        var ends = new int[known];
        for (var k = 0; k < known; k++) (starts[k], ends[k]) = (drafts[k].Span.Start, drafts[k].Span.End);
        Array.Sort(starts, ends);
        for (var k = 1; k < known; k++) ends[k] = Math.Max(ends[k], ends[k - 1]);
        bool Overlapped(Span span)
        {
            var hi = starts.AsSpan().BinarySearch(span.End);
            // Drafts starting before the token's end: [0, hi).
            hi = hi < 0 ? ~hi : LowerBound(starts, span.End, hi);
            if (hi > 0 && ends[hi - 1] > span.Start) return true;
            for (var k = known; k < drafts.Count; k++) if (drafts[k].Span.Overlaps(span)) return true;
            return false;
        }
        // Readings as spans: most words are looked up and dropped, so none is made a string.
        var byLast = newFull.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<ArabicClitics.Reading> readings = stackalloc ArabicClitics.Reading[ArabicClitics.MaxReadings];
        Span<char> text = stackalloc char[64];
        for (var si = 0; si < sentences.Count; si++)
        {
            var sent = sentences[si];
            for (var i = 0; i < sent.Tokens.Count; i++)
            {
                // Every reading is at most as long as the word, and only readings of 4+ letters count.
                if (sent.Tokens[i].Kind != TokenKind.Word || sent.Cover[i] >= 0 || sent.Norms[i].Length < 4) continue;
                if (Overlapped(sent.Tokens[i].Span)) continue;
                var norm = sent.Norms[i];
                var count = ArabicClitics.Readings(norm, readings);
                foreach (var r in readings[..count])
                {
                    var length = r.Length(norm);
                    if (length < 4) continue;
                    var stem = length <= text.Length ? text[..length] : new char[length];
                    r.CopyTo(norm, stem);
                    if (!byLast.TryGetValue(stem, out var id) || _dict.IsGivenName(stem)) continue;
                    drafts.Add(new Draft { Sentence = si, TokStart = i, TokEnd = i + 1, Span = MatchSpan(sent, i, i + 1, r.Stripped), Type = EntityType.Person, Source = "coreference", EntityId = id });
                    break;
                }
            }
        }
    }

    // First index in sorted a[..hi] holding value (a[hi] == value is known).
    private static int LowerBound(int[] a, int value, int hi)
    {
        while (hi > 0 && a[hi - 1] == value) hi--;
        return hi;
    }

    /// <summary>A bare family name or an ambiguous name: the candidate the context supports (a title that fits), else the most salient, else the holder on the date.</summary>
    private string? PickByContext(Draft d, List<string> candidates, List<Draft> drafts, DateOnly? date, Func<string, int> salience)
    {
        if (candidates.Count == 0) return null;
        if (d.TitleKey != null)
        {
            var fit = candidates.Where(c => _dict.Get(c)?.Roles.Any(r => ActorDictionary.Key(r.Title) == d.TitleKey && (date == null || r.HeldOn(date.Value))) == true).ToList();
            if (fit.Count == 1) return fit[0];
        }
        var inDoc = candidates.Where(c => salience(c) > 0).ToList();
        if (inDoc.Count == 1) return inDoc[0];
        if (inDoc.Count > 1)
        {
            // Most salient; ties go to the nearest full mention before this one.
            var best = inDoc.OrderByDescending(salience)
                .ThenByDescending(c => drafts.Where(x => x.EntityId == c && x.Span.Start < d.Span.Start).Select(x => x.Span.Start).DefaultIfEmpty(-1).Max()).ToList();
            return best[0];
        }
        if (candidates.Count == 1) return candidates[0];
        if (date != null)
        {
            var holding = candidates.Where(c => _dict.Get(c)?.Roles.Any(r => r.HeldOn(date.Value)) == true).ToList();
            if (holding.Count == 1) return holding[0];
        }
        // Nobody named in the document: the one whose latest office (before the date) began last.
        var on = date ?? DateOnly.MaxValue;
        return candidates
            .Select(c => (c, From: _dict.Get(c)?.Roles.Where(r => (r.From ?? DateOnly.MinValue) <= on).Select(r => r.From ?? DateOnly.MinValue).DefaultIfEmpty(DateOnly.MinValue).Max() ?? DateOnly.MinValue))
            .OrderByDescending(x => x.From).First().c;
    }

    /// <summary>"نظيره الروسي": the holder, in that country, of the office of the other party in the sentence (default: head of state).</summary>
    private string? Counterpart(Draft d, List<Draft> drafts, DateOnly? date)
    {
        var country = d.Candidates.FirstOrDefault();
        if (country == null) return null;
        var on = date ?? DateOnly.FromDateTime(DateTime.UtcNow);
        // (the other party's office as the text gives it, or as the dictionary knows it that day: "الوزير ميشال منسى ونظيره السوري")
        string? OfficeOf(Draft x) => x.Role?.Title ?? (x.EntityId == null ? null : _dict.Roles.FirstOrDefault(r => r.PersonId == x.EntityId && r.HeldOn(on))?.Title);
        var office = drafts.Where(x => x.Sentence == d.Sentence && x.Span.Start < d.Span.Start && x.Type == EntityType.Person).Select(OfficeOf).LastOrDefault(o => o != null);
        var title = office != null ? Unmarked(ActorDictionary.Key(office)) : null;
        var roles = _dict.Roles.Where(r => r.Of == country && r.HeldOn(on)).ToList();
        var pick = roles.Where(r => title != null && title.StartsWith(Unmarked(ActorDictionary.Key(r.Title)), StringComparison.Ordinal)).OrderByDescending(r => r.Title.Length).FirstOrDefault()
            ?? roles.FirstOrDefault(r => r.Title is "الرئيس" or "الملك" or "الأمير");
        if (pick == null) return null;
        d.Role = new Role(pick.Title, pick.Of);
        return pick.PersonId;
    }

    /// <summary>A title without the feminine ending of its first word: "وزيرة الخارجية" holds the office "وزير الخارجية" does.</summary>
    private static string Unmarked(string key)
    {
        var sp = key.IndexOf(' ');
        var first = sp < 0 ? key.Length : sp;
        return first > 3 && key[first - 1] == 'ه' ? key.Remove(first - 1, 1) : key;
    }

    /// <summary>The document's publication day (first day of a coarser date), used to pick office holders.</summary>
    private static DateOnly? DocumentDate(Document doc) => doc.Meta.Published.Range?.First;

    /// <summary>Sentences from the clean stage; else the items' paragraphs; else kept blocks; else lines of the text.</summary>
    internal static IEnumerable<Span> SentenceSpans(Document doc)
    {
        if (doc.Sentences.Count > 0) return doc.Sentences.Select(s => s.Span);
        var paras = doc.Items.SelectMany(i => (i.TitleSpan is { } t ? new[] { t } : Array.Empty<Span>()).Concat(i.Paragraphs)).ToList();
        if (paras.Count > 0) return paras;
        var blocks = doc.Blocks.Where(b => b.Kind != BlockKind.Removed).Select(b => b.Span).ToList();
        if (blocks.Count > 0) return blocks;
        return Lines(doc);
    }

    private static IEnumerable<Span> Lines(Document doc)
    {
        var text = doc.Text;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            var span = new Span(start, i);
            start = i + 1;
            if (span.Length == 0 || doc.Removed.Any(r => r.Span.Covers(span))) continue;
            yield return span;
        }
    }
}
