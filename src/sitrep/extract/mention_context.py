"""What an actor mention means from its neighbours: the passes `find_mentions` runs after matching.

`actor_mentions` finds the phrases and reads each alone; here a mention's neighbours settle it: a bare people's
name is a side only where it fights, a group named as another's affiliation is no participant, armed men next to
a named group are its members, "jihadists" are the one jihadist group the text names, and civilians or crowds
in a protest or riot sentence are protesters or rioters.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import replace

from sitrep.extract.actor_mentions import ActorMention, Candidate, MentionMatcher, fold
from sitrep.extract.vocabulary import opens_another_incident

_SENTENCE_END = re.compile(r"[.!?]+[\s\"'”»)]+|\n")  # a line break ends a title or a list item too
# Words for attackers right before "linked to X" ("the attackers are affiliated with") or after "X-linked".
_ATTACKER_WORDS = r"(?:suspects?|attackers?|assailants?|gunm[ae]n|militants?|fighters?|m[ae]n|perpetrators|youths)"
_ATTACKERS_BEFORE = re.compile(rf"(?<!unknown )(?<!unidentified )\b{_ATTACKER_WORDS}\b[^.;]{{0,25}}$")
_ATTACKERS_AFTER = re.compile(rf"\s*(?:\w+\s+)?{_ATTACKER_WORDS}\b")
# Between an armed-men word and a group's name: "combattants de l'EIGS", "fighters of the ...".
_OF = {"", "of", "of the", "from", "from the", "de", "du", "des", "de l'", "d'", "de la"}
_ARMED_ROLES = {"unidentified", "communal", "ethnic", "clan"}
# A possessive right before armed men's words: "its fighters", "their own men", "ses combattants".
_POSSESSIVE = re.compile(r"\b(?:its|their|ses|leurs)(?: own)?$")
# Between two groups named together ("linked to al-Qaeda and ISIS", "AQMI (Aqmi) ou au groupe EI").
_FR_PREPOSITIONS = ("", "a", "a l'", "au", "aux", "de", "d'", "du", "des")
_AND = {"", "and", "and the", "or", "or the", "as well as"} | {
    f"{conj} {prep}".strip() for conj in ("et", "ou") for prep in _FR_PREPOSITIONS
}
# Before a bare ethnic name that makes it a side of a fight: "armed Pokot"; "clashes between Kalenjin and Kikuyu".
_ARMED_BEFORE = ("armed", "rival")
# Words before a bare people's name that make it the side that acted: "raiders, suspected to be Pokots",
# "clashes between rival militia groups, Borana and Burji".
_SIDE_BEFORE = re.compile(
    r"(?:(?:suspected|believed|thought|likely|said|presumed|reported) to be(?: the)?|identified as(?: the)?"
    r"|(?:militias?|militia groups?|armed groups?|ethnic groups?|tribes?),?)\s*$"
)
_BETWEEN = ("between", "between the", "between members of", "between members of the", "entre", "entre les")
_PAIR = {"and", "and the", "and rival", "et", "et les"}
# The words that join people to the community they come from: "youths from the", "members of the", "jeunes de la"
# (also read by crowd_types for a crowd's people).
PEOPLE_OF = re.compile(r"\s+(?:of|from|belonging\s+to|d[eu]|des|issus?\s+d[eu]s?)\s+(?:(?:the|la|les)\s+|l')?$",
                       re.IGNORECASE)
_COMMUNITY = {"community", "communities", "communaute", "communautes", "populations"}
# Words that open a phrase of their own after a people's name: "between Pokot and Tugen in Arabal area".
_PLACE_PREPOSITIONS = {"in", "at", "near", "around", "along", "within", "inside", "dans", "pres", "vers"}


class MentionReader(MentionMatcher):
    """`find_mentions`: the matcher's readings settled by their neighbours (a mixin of `ActorKB`)."""

    def incident_numbers(self, sentences: Iterable[str], language: str) -> list[int]:
        """For each sentence of a report, in text order, the number of the incident it tells: a sentence after the
        first that opens another incident ("In a separate incident, gunmen ...", "Dans une autre attaque",
        `vocabulary.opens_another_incident`) starts the next one. `find_mentions` reads its group words by incident,
        and roles.py its claims and blames."""
        numbers, number = [], 0
        for i, sentence in enumerate(sentences):
            if i and opens_another_incident(sentence, language):
                number += 1
            numbers.append(number)
        return numbers

    def find_mentions(self, text: str, language: str | None = "en", country: str | None = None,
                      when: dt.date | None = None) -> list[ActorMention]:
        """Every actor mention in `text`, in text order; where readings overlap the longest wins.

        `country` (name, code or demonym) resolves category words: "the army" in a Mali report is Military
        Forces of Mali. Category words are read in `language` only ("militants" is armed in English, political
        in French); names and aliases are tried in every text, as reports mix languages ("FAMa", "Barkhane").
        `when` (the report's date, `Article.about_date`) settles a group that changed kind: the Taliban are
        Afghanistan's state forces from August 2021, so "Taliban fighters" in a 2024 report neither bomb a
        mosque as the jihadist group named in the sentence nor stand for the insurgents.
        """
        language = language or "en"
        context = self.country(country) if country else None
        folded, offsets, chosen = self._chosen(text, language, context.name if context else None)
        chosen = self._paired_peoples(text, chosen)
        chosen = self._people_of_a_community(text, chosen)
        mentions = [self._of_its_kind_then(self._resolve(c, text, context), c, when) for c in chosen]
        bare = self._keep_bare_ethnic(text, chosen)
        kept = [i for i in range(len(chosen)) if i not in bare and not self._is_affiliation(text, chosen, i)]
        chosen, mentions = [chosen[i] for i in kept], [mentions[i] for i in kept]
        # sentence ends in the original text (folding turns line breaks into spaces), as folded offsets
        ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        bounds = [bisect.bisect_left(offsets, end) for end in ends]
        sentences = [bisect.bisect_right(bounds, c.folded_start) for c in chosen]
        incidents = self.incident_numbers((text[a:b] for a, b in itertools.pairwise([0, *ends, len(text)])), language)
        mentions = self._resolve_group_words(chosen, mentions, sentences, incidents)
        mentions = self._resolve_members(text, chosen, mentions)
        mentions = _resolve_own_men(text, chosen, mentions, sentences)
        return _crowds_of(text, self._resolve_protests(folded, bounds, chosen, mentions, sentences))

    def _of_its_kind_then(self, mention: ActorMention, cand: Candidate, when: dt.date | None) -> ActorMention:
        """A named group under the name it had at `when` when that name is of another kind (a rebel group that
        became the state); renames within one kind wait for the event's date (`as_of` in role_conventions)."""
        if when is None or cand.reading.kind != "actor":
            return mention
        then = self.as_of(mention.ref, when)
        if then.actor_type == mention.ref.actor_type:
            return mention
        return replace(mention, ref=then, rule=f"{mention.rule}:as-of-report-date")

    def _keep_bare_ethnic(self, text: str, chosen: list[Candidate]) -> set[int]:
        """Indexes of bare ethnic names to leave out. A bare name ("Pokot", "Kalenjin") is often a place or an
        adjective, so it names the group's militia only as a side of a fight: after "between"/"armed"/"rival",
        before an attack verb ("Kikuyu attacked"), or joined by "and" to such a side or to a militia mention
        ("Kalenjin and Kikuyu tribes"); never before a place word ("between Turkana and Pokot counties")."""
        place_words = {w for ws in self._ethnic["place_words"].values() for phrase in ws for w in fold(phrase).split()}

        def placed(end: int) -> bool:  # a place word among the next four words, before a preposition starts
            words = re.findall(r"[a-z]+", fold(text[end : end + 60]))[:4]  # another phrase ("Tugen in Arabal area")
            words = words[: next((i for i, w in enumerate(words) if w in _PLACE_PREPOSITIONS), len(words))]
            return not place_words.isdisjoint(words)

        sides: set[int] = set()
        bare = [i for i, c in enumerate(chosen) if c.reading.kind == "ethnic-bare"]
        for i in bare:
            cand = chosen[i]
            if cand.reading.language == "en" and not text[cand.start].isupper():
                continue  # English writes peoples' names capitalised: "the pokot" is not the Pokot
            before = fold(text[max(0, cand.start - 15) : cand.start])
            if placed(cand.end):
                continue
            if (
                before.endswith(_ARMED_BEFORE)
                or _SIDE_BEFORE.search(fold(text[max(0, cand.start - 30) : cand.start]))
                or self._attacks_next(text[cand.end :])
            ):
                sides.add(i)
            elif before.endswith(_BETWEEN) and i + 1 < len(chosen):
                # "between X and Y" where Y is a group too, not "between Pokot and Turkana communities"
                gap = fold(text[cand.end : chosen[i + 1].start])
                if gap in _PAIR and chosen[i + 1].reading.kind in ("ethnic-bare", "ethnic"):
                    sides.add(i)
        # "X and Y": a bare name joined to a side (either way round) is a side too
        for _ in range(2):
            for i in range(len(chosen) - 1):
                gap = fold(re.sub(r"[(),]", " ", text[chosen[i].end : chosen[i + 1].start]))
                if gap not in _PAIR:
                    continue
                left, right = chosen[i].reading.kind, chosen[i + 1].reading.kind
                if left == "ethnic-bare" and (right == "ethnic" or i + 1 in sides):
                    sides.add(i)
                if right == "ethnic-bare" and (left == "ethnic" or i in sides) and not placed(chosen[i + 1].end):
                    sides.add(i + 1)
        return set(bare) - sides

    def _paired_peoples(self, text: str, chosen: list[Candidate]) -> list[Candidate]:
        """A people joined by "and" to another's herders or communities, when a fight is "between" them or the
        two attack, makes both its sides: "clashes between Pokot and Turkana herders", "members of the Kipsigis
        and Kisii communities clashed" (not communities peace talks are "between")."""
        out = list(chosen)
        for i in range(len(out) - 1):
            first, second = out[i], out[i + 1]
            if first.reading.kind != "ethnic-bare" or second.reading.kind != "ethnic-civilians" \
                    or fold(text[first.end : second.start]) not in _PAIR:
                continue
            between = fold(text[max(0, first.start - 15) : first.start]).endswith(_BETWEEN)
            if (between and fold(text[second.start : second.end]).split()[-1] not in _COMMUNITY) \
                    or self._attacks_next(text[second.end :]):
                militia = replace(second.reading, kind="ethnic")
                out[i + 1] = Candidate(second.start, second.end, militia, second.folded_start)
        return out

    def _people_of_a_community(self, text: str, chosen: list[Candidate]) -> list[Candidate]:
        """Men named by the people they come from read as the people's name before their word does: "armed youths
        from the Murle community", "raiders belonging to the Turkana tribe", "des hommes armés de la communauté
        peule" are that people's militia as "Murle youths" are (ethnic.yaml militia_words); "villagers from the
        Pokot community" its civilians (civilian_words). The mention spans both, so the word names no other side."""
        words = {kind: tuple(w for ws in self._ethnic[f"{kind}_words"].values() for w in ws)
                 for kind in ("militia", "civilian")}
        out = list(chosen)
        for i, cand in enumerate(chosen):
            if cand.reading.kind not in ("ethnic", "ethnic-civilians"):
                continue  # a bare name after "from" may be a place or an origin ("assailants of Somali origin")
            before = text[max(0, cand.start - 60) : cand.start]
            for kind, reading in (("militia", "ethnic"), ("civilian", "ethnic-civilians")):
                found = _people_of(words[kind]).search(before)
                if found is not None:
                    start = cand.start - len(before) + found.start("word")
                    people = replace(cand.reading, kind=reading)
                    out[i] = Candidate(start, cand.end, people, cand.folded_start - (cand.start - start))
                    break
        spans = [(c.start, c.end) for c in out if c not in chosen]
        return [c for c in out if c not in chosen or not any(a <= c.start < b for a, b in spans)]

    def _is_affiliation(self, text: str, chosen: list[Candidate], i: int) -> bool:
        """A group named only as another's affiliation is no participant: "fighters linked to al-Qaeda and
        ISIS", "an al Qaeda allied group", "mouvements affiliés à Al-Qaïda et à l'État islamique", "a cleric with
        links to Al Shabaab". Attackers tied to a group of one country (not a global brand) are its men: "Al
        Shabaab-linked suspects threw a grenade", "a man with suspected ties to Al-Shabab lobbed a grenade" (not
        attackers the text calls unknown: "unknown assailants, believed to be affiliated with al Shabaab")."""
        if chosen[i].reading.kind != "actor":
            return False
        local = bool(self.entries[chosen[i].reading.target].country)
        cues = self._generic["affiliation_words"]
        before, after = fold(text[max(0, chosen[i].start - 60) : chosen[i].start]), fold(text[chosen[i].end :][:30])
        cue = next((fold(w) for ws in cues["before"].values() for w in ws if before.endswith(fold(w))), None)
        if cue is not None:
            return not (local and _ATTACKERS_BEFORE.search(before[: -len(cue)]))
        cue = next((fold(w) for ws in cues["after"].values() for w in ws if after.startswith(fold(w))), None)
        if cue is not None:
            return not (local and _ATTACKERS_AFTER.match(after[len(cue) :]))
        gap = fold(re.sub(r"[(),]", " ", text[chosen[i - 1].end : chosen[i].start])) if i else None
        return gap in _AND and self._is_affiliation(text, chosen, i - 1)

    def _resolve_members(self, text: str, chosen: list[Candidate], mentions: list[ActorMention]) -> list[ActorMention]:
        """Armed men next to a named armed group are its members: "miliciens dozos", "Dozo militiamen",
        "combattants de l'EIGS", "Russian fighters of the Wagner Group" (mercenaries, External/Other forces)."""
        out = list(mentions)
        for i in range(len(out) - 1):
            gap = fold(text[out[i].end : out[i + 1].start])
            if gap not in _OF:
                continue
            # the word first ("fighters of X"); with nothing between, also the name first ("X fighters")
            for member, group in ((i, i + 1), (i + 1, i)) if gap == "" else ((i, i + 1),):
                word, named, m, g = chosen[member].reading, chosen[group].reading, out[member], out[group]
                # "Russian fighters of the Wagner Group" too: a demonym names the members' country, not another group
                armed = word.kind in ("role", "demonym") and word.target in _ARMED_ROLES
                non_state = g.ref.inter_code in (2, 3, 4, 8)
                if armed and named.kind in ("actor", "by_country") and not g.generic and non_state:
                    ref = g.ref.model_copy(update={"mention": m.text})
                    out[member] = ActorMention(m.start, m.end, m.text, ref, False, "actor:member-of-named")
        return out

    def _resolve_group_words(
        self, chosen: list[Candidate], mentions: list[ActorMention], sentences: list[int], incidents: list[int]
    ) -> list[ActorMention]:
        """ "jihadists" and "the rebels" stay an Unidentified Armed Group unless the one group they fit is named: in
        the same sentence, or (when the sentence names none) anywhere in the telling of the same incident, if it
        names no other armed group (an army calls any rebel a "terrorist": "claimed by the CMA" ... "ISIL doubled
        its territory"); a group named only "in a separate incident" is not the one. Jihadist words fit a group
        marked `jihadist`, rebel words a rebel group."""
        armed = [(c, m, s) for c, m, s in zip(chosen, mentions, sentences, strict=True)
                 if c.reading.kind == "actor" and m.ref.inter_code in (2, 3)]
        fits = {"jihadist": lambda m: self.entries[m.ref.name].jihadist, "rebel": lambda m: m.ref.inter_code == 2}
        out: list[ActorMention] = []
        for cand, mention, sentence in zip(chosen, mentions, sentences, strict=True):
            kind = "jihadist" if cand.reading.jihadist_word else "rebel" if cand.reading.rebel_word else None
            if kind is None:
                out.append(mention)
                continue
            fit = fits[kind]
            told = [(s, m) for _, m, s in armed if incidents[s] == incidents[sentence]]
            here = {m.ref.name for s, m in told if s == sentence and fit(m)}
            alone = {m.ref.name for _, m in told} if all(fit(m) for _, m in told) else set()
            if len(here) == 1:
                target, rule = here.pop(), f"actor:{kind}-word:named-in-sentence"
            elif not here and len(alone) == 1:
                target, rule = next(iter(alone)), f"actor:{kind}-word:only-group-in-text"
            else:
                out.append(mention)
                continue
            ref = self.entries[target].ref(mention.text)
            out.append(ActorMention(mention.start, mention.end, mention.text, ref, False, rule))
        return out

    def _resolve_protests(
        self,
        folded: str,
        bounds: list[int],
        chosen: list[Candidate],
        mentions: list[ActorMention],
        sentences: list[int],
    ) -> list[ActorMention]:
        """Civilians and crowds in a sentence about a protest are Protesters, in one about a riot Rioters;
        "people" killed or wounded are Civilians; crowd words elsewhere name no actor."""
        edges = [0, *bounds, len(folded)]
        out: list[ActorMention] = []
        for cand, mention, sentence in zip(chosen, mentions, sentences, strict=True):
            kind, span = cand.reading.kind, folded[edges[sentence] : edges[sentence + 1]]
            role = cand.reading.target if kind in ("role", "demonym", "crowd") else None
            if kind == "ethnic-civilians" and mention.ref.actor_type == "Civilians":
                role = "civilians"
            if role not in ("civilians", "protesters"):  # a crowd word reads as "protesters"
                out.append(mention)
                continue
            if self._riot.search(span):
                new_role = "rioters"
            elif self._protest.search(span):
                new_role = "protesters"
            elif kind == "crowd" and cand.reading.victim_word and self._casualty.search(span):
                new_role = "civilians"  # "several people were killed"
            elif kind == "crowd":  # "thousands", "members": an actor only when they protest or are hurt
                continue
            else:
                new_role = role
            if new_role == role:
                out.append(mention)
                continue
            # foreigners who protest abroad are their own country's protesters ("Eritrean refugees demonstrated")
            country = cand.reading.countries[0] if kind == "demonym" else mention.ref.country
            ref = self.role(new_role, country).model_copy(update={"mention": mention.text})
            context = {"rioters": "riot", "protesters": "protest", "civilians": "casualty"}[new_role]
            rule = f"actor:{context}-sentence:{new_role}"
            out.append(ActorMention(mention.start, mention.end, mention.text, ref, mention.generic, rule))
        return out


def _resolve_own_men(
    text: str, chosen: list[Candidate], mentions: list[ActorMention], sentences: list[int]
) -> list[ActorMention]:
    """Armed men told as a group's own ("its fighters", "their men", "ses combattants") are those of the armed group
    named last before them in the sentence: "the SPLA-IO said troops had shelled its positions, killing five of its
    fighters"."""
    out = list(mentions)
    for i, (cand, mention) in enumerate(zip(chosen, mentions, strict=True)):
        if cand.reading.kind != "role" or cand.reading.target != "unidentified":
            continue
        if not _POSSESSIVE.search(fold(text[max(0, cand.start - 12) : cand.start])):
            continue
        named = [out[j] for j in range(i) if sentences[j] == sentences[i] and not out[j].generic
                 and out[j].ref.inter_code in (2, 3)]
        if named:
            ref = named[-1].ref.model_copy(update={"mention": mention.text})
            out[i] = ActorMention(mention.start, mention.end, mention.text, ref, False, "actor:own-men-of-named")
    return out


@functools.cache
def _people_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """ "<word> from the " right before a people's name (`MentionReader._people_of_a_community`)."""
    alternatives = "|".join(re.escape(w).replace("\\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?P<word>{alternatives}){PEOPLE_OF.pattern}", re.IGNORECASE)


def _crowds_of(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """A category word followed by "of" and a more specific mention of the same kind is that mention:
    "hundreds of Eritrean refugees" protesting are Protesters (Eritrea), not the report country's."""
    out = list(mentions)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        gap = fold(text[first.end : second.start])
        same_kind = first.ref.inter_code == second.ref.inter_code
        if gap in _OF and gap and first.generic and not second.generic and same_kind:
            ref = second.ref.model_copy(update={"mention": first.text})
            out[i] = ActorMention(first.start, first.end, first.text, ref, False, second.rule)
    return out
