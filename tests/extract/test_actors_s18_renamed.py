"""Renaming an actor for the event's date (`as_of`) or for an export's date (`as_exported`) swaps only the name and
what the entry says of it: the words of the text, their evidence and the inter code the reader settled stay."""

from __future__ import annotations

import datetime as dt

import pytest

from sitrep.extract.actors import ActorKB, get_actor_kb
from sitrep.models import ActorRef, Evidence

EVIDENCE = Evidence(article_id="r1", start=10, end=22, quote="Liyu police", rule="actor:test")


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return get_actor_kb()


def _liyu(kb: ActorKB) -> ActorRef:
    ref = kb.lookup("Liyu Police")
    assert ref is not None
    return ref.model_copy(update={"mention": "Liyu police", "evidence": EVIDENCE, "inter_code": 3})


def test_an_export_rename_keeps_the_mention_evidence_and_inter_code(kb: ActorKB) -> None:
    renamed = kb.as_exported(_liyu(kb), dt.date(2016, 7, 31))
    assert renamed.name == "Police Forces of Ethiopia Liyu Division"
    assert (renamed.mention, renamed.evidence, renamed.inter_code) == ("Liyu police", EVIDENCE, 3)


def test_a_period_rename_keeps_the_mention_evidence_and_inter_code(kb: ActorKB) -> None:
    ref = kb.lookup("Boko Haram")
    assert ref is not None
    ref = ref.model_copy(update={"mention": "Boko Haram", "evidence": EVIDENCE})
    renamed = kb.as_of(ref, dt.date(2016, 6, 18))
    assert renamed.name == "Boko Haram - Wilayat Gharb Ifriqiyyah"
    assert (renamed.mention, renamed.evidence, renamed.inter_code) == ("Boko Haram", EVIDENCE, ref.inter_code)


@pytest.mark.parametrize("when", [dt.date(2016, 7, 31), None])
def test_an_actor_the_base_does_not_hold_is_never_renamed(kb: ActorKB, when: dt.date | None) -> None:
    ref = ActorRef(name="Riverside Defence Committee", actor_type="Identity militia", inter_code=4)
    assert kb.as_exported(ref, when) is ref
    assert kb.as_of(ref, when) is ref


def test_no_export_date_keeps_the_ref(kb: ActorKB) -> None:
    ref = _liyu(kb)
    assert kb.as_exported(ref, None) is ref
