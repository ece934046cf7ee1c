#!/usr/bin/env python3
"""Builds the actor dictionary (src/Rasd.Core/Data/actors/*.tsv) from the curated tables in source/.

Derives what can be derived (country organisations, demonym forms, role phrases such as "الرئيس الروسي" and
"رئيس روسيا"), checks integrity (unique ids, ISO 3166 alpha-3 codes, Wikidata ids ^Q\\d+$, references) and
writes sorted, deterministic files. Run: python3 tools/actors/build.py
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "source")
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "src", "Rasd.Core", "Data", "actors"))

# ISO 3166-1 alpha-3 codes the tables may use: Debian's iso-codes list where installed, else the codes in use when
# this was written; XKX is the code the EU and others use for Kosovo, which ISO 3166 does not list.
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO3 = set("""RUS SYR USA TUR IRN ISR EGY SAU QAT ARE JOR LBN IRQ TUN PSE UKR CHN FRA GBR DEU MAR DZA LBY SDN YEM OMN
KWT BHR ITA JPN IND KAZ PAK AZE AFG CAN AUS ESP GRC CYP NLD CHE SOM ETH BRA IDN MYS SWE NOR POL ARM BLR MRT NER
BFA BEL PRT LUX MLT IRL DNK FIN AUT HUN CZE SVK ROU BGR SVN HRV SRB BIH ALB MKD MNE EST LVA LTU ISL VAT GEO MDA
UZB TKM TJK KGZ BGD LKA NPL THA VNM PHL SGP KOR PRK MNG TWN MLI TCD SEN NGA GHA CIV KEN UGA TZA RWA COD COG AGO
MOZ ZAF ZWE ERI DJI SSD COM CMR GAB GIN MEX VEN COL ARG CHL CUB PER ECU BOL URY NIC NZL TGO LBR SLE GMB GNB CAF
MDG ZMB NAM MMR KHM""".split()) | {"XKX"}
if os.path.exists(ISO_JSON):
    import json
    with open(ISO_JSON, encoding="utf-8") as f:
        ISO3 = {c["alpha_3"] for c in json.load(f)["3166-1"]} | {"XKX"}
errors = []

def rows(name, ncols):
    out = []
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) > ncols:
                errors.append(f"{name}:{n}: {len(cols)} columns, expected at most {ncols}")
            out.append([c.strip() for c in cols] + [""] * (ncols - len(cols)))
    return out

def split(s):
    return [x.strip() for x in s.split("|") if x.strip()]

def check_qid(q, where):
    if q and not re.fullmatch(r"Q\d+", q):
        errors.append(f"{where}: bad Wikidata id {q!r}")

entities = {}   # id -> dict
order = []

def add(e):
    if e["id"] in entities:
        errors.append(f"duplicate id {e['id']}")
        return
    if e["country"] and e["country"] not in ISO3:
        errors.append(f"{e['id']}: unknown alpha-3 {e['country']!r}")
    check_qid(e["wikidata"], e["id"])
    entities[e["id"]] = e
    order.append(e["id"])

def entity(id, type, country, wikidata, ar, en, aliases=(), short=(), stands_for=""):
    al = []
    # '~name': a name that is also a common word ("مالي" financial), taken only where the tagger reads a name.
    for a in [ar, *aliases]:
        if a and a not in al and "~" + a not in aliases:
            al.append(a)
    return dict(id=id, type=type, country=country, wikidata=wikidata, ar=ar, en=en, aliases=al, short=list(short), stands_for=stands_for)

# Countries, their capitals and the organisations every state has.
countries = rows("countries.tsv", 10)
country_id = {}
demonyms = {}   # alpha3 -> (masc definite forms, fem definite forms, all forms)
ORG_KINDS = [  # key, Arabic pattern ({f} = feminine demonym with article), English
    ("government", ["الحكومة {f}", "السلطات {f}"], "Government of {en}"),
    ("presidency", ["الرئاسة {f}"], "Presidency of {en}"),
    ("mfa", ["وزارة الخارجية {f}", "الخارجية {f}"], "Ministry of Foreign Affairs of {en}"),
    ("mod", ["وزارة الدفاع {f}", "الدفاع {f}"], "Ministry of Defence of {en}"),
    ("moi", ["وزارة الداخلية {f}", "الداخلية {f}"], "Ministry of the Interior of {en}"),
    # (the navy and the air force are of the armed forces: "البحرية الإسرائيلية تعترض السفن")
    ("army", ["الجيش {m}", "القوات {f}", "القوات المسلحة {f}", "البحرية {f}", "القوات البحرية {f}", "القوات الجوية {f}", "سلاح الجو {m}"], "Armed forces of {en}"),
    ("pmo", ["رئاسة الحكومة {f}", "رئاسة الوزراء {f}"], "Office of the head of government of {en}"),
    # who arrests and who tries ("الشرطة التركية توقف رئيس البلدية", "القضاء التونسي"): a state's police and judiciary
    ("police", ["الشرطة {f}", "قوات الأمن {f}"], "Police and security forces of {en}"),
    ("judiciary", ["القضاء {m}", "النيابة العامة {f}", "السلطات القضائية {f}"], "Judiciary of {en}"),
    # a state's diplomatic missions ("قالت البعثة الإيرانية لدى الأمم المتحدة", "السفارة الروسية في دمشق"): its own voice abroad,
    # not the body it is accredited to; a bare "البعثة التونسية" is as often a sports team, so only with لدى or its kind
    ("embassy", ["السفارة {f}", "البعثة {f} لدى الأمم المتحدة", "البعثة الدائمة {f}", "البعثة الدبلوماسية {f}"], "Embassies and diplomatic missions of {en}"),
]
# The same organisations in the construct form before the country's name ("حكومة مالي", "وزارة خارجية لوكسمبورغ"):
# unambiguous even where the name alone is a common word, and the only form for a country without a demonym.
ORG_CONSTRUCT = {"government": ["حكومة {c}"], "presidency": ["رئاسة {c}"], "mfa": ["وزارة خارجية {c}"],
                 "mod": ["وزارة دفاع {c}"], "moi": ["وزارة داخلية {c}"], "army": ["جيش {c}"],
                 "pmo": ["رئاسة حكومة {c}", "رئاسة وزراء {c}"], "police": ["شرطة {c}"], "judiciary": ["قضاء {c}"],
                 "embassy": ["سفارة {c}", "بعثة {c} لدى الأمم المتحدة"]}
overrides = {r[0]: r for r in rows("organizations.tsv", 7)}
absent_organs = {a3: set(split(organs)) for a3, organs, _why in rows("absent-organs.tsv", 3)}
for a3, q, ar, en, aliases, dem, plural, cap_ar, cap_en, cap_q in countries:
    check_qid(q, a3)
    cid = q or f"rasd:country:{a3}"
    country_id[a3] = cid
    stems = split(dem)
    # Every word of a demonym agrees: "كوري جنوبي" -> "الكوري الجنوبي", "الكورية الجنوبية".
    def form(stem, article, suffix):
        return " ".join(article + w + suffix for w in stem.split())
    masc = [form(s, "ال", "") for s in stems]
    fem = [form(s, "ال", "ة") for s in stems]
    demonyms[a3] = (masc, fem, masc + fem + [s for s in stems] + [form(s, "", "ة") for s in stems] + split(plural))
    add(entity(cid, "country", a3, q, ar, en, split(aliases)))
    for key, pats, en_pat in ORG_KINDS:
        if key in absent_organs.get(a3, ()):
            continue
        oid = f"rasd:{key}:{a3}"
        forms = [p.format(f=f, m=m) for f, m in zip(fem, masc) for p in pats] + [p.format(c=ar) for p in ORG_CONSTRUCT[key]]
        if oid in overrides:
            o = overrides.pop(oid)
            add(entity(oid, o[1], o[2], o[3], o[4], o[5], split(o[6]) + forms))
        else:
            add(entity(oid, "organization", a3, "", forms[0], en_pat.format(en=en), forms[1:]))
    if cap_ar:
        caps = split(cap_ar)
        add(entity(cap_q or f"rasd:loc:{re.sub(r'[^a-z]+', '-', cap_en.lower()).strip('-')}", "location", a3, cap_q,
                   caps[0], cap_en, caps[1:] + ["العاصمة " + f for f in fem], stands_for=f"rasd:government:{a3}"))  # "العاصمة الروسية"

# Seats of power: a seat's names become aliases of the organisation it stands for.
for id, type, a3, q, ar, en, aliases, stands in rows("seats.tsv", 8):
    target = f"rasd:{stands}:{a3}" if stands else ""
    if type == "seat":
        if target not in entities:
            errors.append(f"{id}: stands for unknown {target}")
            continue
        for a in [ar, *split(aliases)]:
            if a not in entities[target]["aliases"]:
                entities[target]["aliases"].append(a)
    else:
        add(entity(id, type, a3, q, ar, en, split(aliases), stands_for=target))

for id, o in list(overrides.items()):
    add(entity(o[0], o[1], o[2], o[3], o[4], o[5], split(o[6])))

for id, q, a3, ar, en, aliases, short in rows("people.tsv", 7):
    if id.startswith("Q") and id != q:
        errors.append(f"{id}: id looks like a Wikidata id but the wikidata column says {q!r}")
    add(entity(id, "person", a3, q, ar, en, split(aliases), split(short)))

# Roles, with derived phrases that denote the holder: "الرئيس الروسي", "رئيس روسيا", "وزير الخارجية السوري".
titles = rows("titles.tsv", 4)
construct = {t[0]: t[1] for t in titles}
female = {t[0] for t in titles if t[3] == "f"}
roles_out = []
for person, title, title_en, of, start, end, extra in rows("roles.tsv", 7):
    if person not in entities:
        errors.append(f"roles: unknown person {person}")
        continue
    for d in (start, end):
        if d and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d):
            errors.append(f"roles: {person}: bad date {d!r}")
    of_id = country_id.get(of, of)
    if of_id not in entities:
        errors.append(f"roles: {person}: unknown 'of' {of!r}")
    phrases = []
    if of in demonyms:
        masc, fem, _ = demonyms[of]
        for d in (fem if title in female else masc):
            phrases.append(f"{title} {d}")
        if construct.get(title):
            c = entities[country_id[of]]
            for name in [c["ar"]]:
                phrases.append(f"{construct[title]} {name}")
    phrases += split(extra)
    seen = []
    for p in phrases:
        if p not in seen:
            seen.append(p)
    roles_out.append([person, title, title_en, of_id, start, end, "|".join(seen)])

if errors:
    sys.stderr.write("\n".join(errors) + "\n")
    sys.exit(1)

os.makedirs(OUT, exist_ok=True)
HEADER = "# Generated by tools/actors/build.py from tools/actors/source/*.tsv: edit the sources, then run the script.\n"
with open(os.path.join(OUT, "entities.tsv"), "w", encoding="utf-8") as f:
    f.write(HEADER + "# id\ttype\tcountry\twikidata\tarabic\tenglish\taliases\tshort names\tstands for\n")
    for id in order:
        e = entities[id]
        f.write("\t".join([e["id"], e["type"], e["country"], e["wikidata"], e["ar"], e["en"], "|".join(e["aliases"]), "|".join(e["short"]), e["stands_for"]]) + "\n")
with open(os.path.join(OUT, "roles.tsv"), "w", encoding="utf-8") as f:
    f.write(HEADER + "# person\ttitle\ttitle (English)\tof\tfrom\tto\tphrases denoting the holder\n")
    for r in roles_out:
        f.write("\t".join(r) + "\n")
with open(os.path.join(OUT, "demonyms.tsv"), "w", encoding="utf-8") as f:
    f.write(HEADER + "# country entity id\talpha-3\tforms\n")
    for a3, (m, fe, forms) in demonyms.items():
        f.write(f"{country_id[a3]}\t{a3}\t{'|'.join(forms)}\n")
for name in ("titles.tsv", "honorifics.tsv", "given_names.tsv"):
    with open(os.path.join(SRC, name), encoding="utf-8") as src, open(os.path.join(OUT, name), "w", encoding="utf-8") as dst:
        dst.write(HEADER + src.read())
counts = {}
for e in entities.values():
    counts[e["type"]] = counts.get(e["type"], 0) + 1
print(f"{len(entities)} entities {counts}, {len(roles_out)} roles, {len(demonyms)} countries with demonyms -> {OUT}")
