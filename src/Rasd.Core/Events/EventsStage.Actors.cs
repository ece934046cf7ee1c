using Rasd.Actors;
using Rasd.Language;
using Rasd.Model;
using Rasd.Pipeline;

namespace Rasd.Events;

public sealed partial class EventsStage
{
    private sealed partial class Extraction
    {
        // Actor references of a sentence: the actors stage's mentions read as participants, titles, delegations, definites.
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
                // ("السلطات في شرق ليبيا": of a part of the place too)
                var authority = !where || type is not (EntityType.Location or EntityType.Country) ? -1
                                : s > 1 && toks[s - 1].Norm is "في" or "وفي" ? AuthorityBefore(toks, s - 2)
                                : s > 2 && toks[s - 2].Norm is "في" or "وفي" && IsCueWord("place-part", toks[s - 1].Norm) ? AuthorityBefore(toks, s - 3) : -1;
                if (authority >= 0) { s = authority; where = false; }
                result.Add(new ActorRef(s, e + 1, m.EntityId, type, place, entry?.StandsFor)
                {
                    Where = where && (place || type is EntityType.Country || m.EntityId.StartsWith("rasd:presidency:", StringComparison.Ordinal) || m.EntityId.StartsWith("rasd:embassy:", StringComparison.Ordinal)) || seat,
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
                // "وزير الدفاع الوطني في الجمهورية اللبنانية ميشال منسى": the title, where its office is, and the holder's name
                // are one mention too (the place stays where).
                if (a.Type == EntityType.Person && kept.FindLastIndex(x => !x.Where) is var ti and >= 0 && kept[ti] is { } title && title.Id == a.Id
                    && kept.Count - ti > 1 && a.Start > title.End && a.Start - title.End <= 8
                    && !toks.Skip(title.End).Take(a.Start - title.End).Any(t => t.Kind == TokenKind.Punct))
                {
                    kept[ti] = title with { End = a.End, Name = title.Name || a.Name };
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
            var (definiteNamed, definiteGroup, definitePlace) = (lex.ExactCues("definite-named"), lex.ExactCues("definite-group"), lex.ExactCues("definite-place"));
            // not the head of a name that follows ("الحزب الديمقراطي الكردستاني" the tagger missed, "القطاع الخاص")
            bool HeadsName(int k) => k + 1 < toks.Count && toks[k + 1].Kind == TokenKind.Word && norms[k + 1].StartsWith("ال", StringComparison.Ordinal)
                                     && !Cue("definite-free-after", norms, k + 1);
            for (var k = 0; k < norms.Count; k++)
            {
                if (definitePlace.Contains(norms[k]) && !actors.Any(a => a.Start <= k && k < a.End) && !HeadsName(k)
                    && NamedPlace(item, toks[k].Span.Start, norms[k][2..]) is { } place)
                {
                    var at = actors.FindIndex(a => a.Start > k);
                    var where = k > 0 && toks[k - 1].Norm is "في" or "وفي";
                    actors.Insert(at < 0 ? actors.Count : at, new ActorRef(k, k + 1, place, EntityType.Location, true, dict.Get(place)!.StandsFor) { Where = where });
                    continue;
                }
                // the named head without its article ("الحزب": a حزب), or any armed group ("التنظيم")
                var head = definiteNamed.Contains(norms[k]) ? norms[k][2..] : definiteGroup.Contains(norms[k]) ? "" : null;
                if (head == null || actors.Any(a => a.Start <= k && k < a.End)) continue;
                if (HeadsName(k)) continue;
                var best = MostNamed(item, toks[k].Span.Start, head);
                if (best == null) continue;
                var ix = actors.FindIndex(a => a.Start > k);
                actors.Insert(ix < 0 ? actors.Count : ix, new ActorRef(k, k + 1, best, dict.Get(best)!.Type, false, null));
            }
        }

        /// <summary>The place named in the item before <paramref name="at"/> with a name or alias that begins with the head word ("قطاع غزة"), the latest.</summary>
        private string? NamedPlace(Item item, int at, string head)
        {
            string? found = null;
            foreach (var m in EntitiesIn(new Span(item.Span.Start, Math.Max(0, at - item.Span.Start))))
                if (m.Span.End <= at && m.EntityId != null && dict!.Get(m.EntityId) is { Type: EntityType.Location } e
                    && e.Aliases.Append(e.Name).Any(n => ArabicNormalizer.Normalize(n).StartsWith(head + " ", StringComparison.Ordinal)))
                    found = m.EntityId;
            return found;
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
                if (next != null && next.Id != a.Id && !(a.Type == EntityType.Person && next.Start == a.End && next.Attached)
                    && TitleGap(toks, a.End, next.Start, 12, a.Type == EntityType.Person && !a.Name ? kept : null))
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

        private bool TitleGap(List<Token> toks, int from, int to, int max, List<ActorRef>? actors = null)
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
                // "وأشاد الملك بجهود الشرع": after a bare title, a word with a preposition of its own opens the verb's object,
                // unless it is a title's ("المتحدث باسم الكرملين", "القائم بالأعمال") or names where the office is ("السفير
                // بتونس", "القيادي بنداء تونس").
                if (actors == null) continue;
                var bare = t.Norm.StartsWith("وب", StringComparison.Ordinal) ? t.Norm[1..] : t.Norm;
                if (bare.Length >= 4 && bare[0] == 'ب' && !IsCueWord("title-preposition", bare)
                    && !actors.Exists(x => x.Start == k)) return false;
            }
            return true;
        }


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
    }
}
