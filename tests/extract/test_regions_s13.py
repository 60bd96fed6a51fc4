"""Local names of state forces and armed groups outside Kenya (session 13), in sentences of our own: how
Pakistan's paramilitaries (Rangers, Frontier Corps, Frontier Constabulary), India's CRPF, Thailand's rangers,
Myanmar's junta and border police, the Seleka's former factions, Libya's unity-government forces and Egypt's
Central Security Forces are named in reports, each with the actor ACLED codes. The pairs are compared as the ACLED
scorer compares them (`actors_match`, in either order outside violence against civilians)."""

from __future__ import annotations

import pytest
from report_events import main_event, names

from sitrep.evaluate.acled import actors_match

CAR = "Central African Republic"

# (id, country, sentence, actor1, actor2)
CASES = [
    # the Rangers of the border with India are the military, Karachi's Sindh Rangers the police (as ACLED codes them)
    ("pk-rangers", "PK", "On 3 May 2015, Pakistan Rangers exchanged fire with Indian troops along the Working "
     "Boundary near Sialkot.", "Military Forces of Pakistan", "Military Forces of India"),
    ("pk-sindh-rangers", "PK", "On 9 May 2015, Sindh Rangers killed three suspected militants in a raid in Karachi.",
     "Police Forces of Pakistan", "Unidentified Armed Group (Pakistan)"),
    ("pk-paramilitary-rangers", "PK", "On 8 May 2015, militants attacked paramilitary Rangers in Karachi, wounding "
     "two of them.", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"),
    ("pk-fc", "PK", "On 5 May 2015, the FC killed three militants in a raid in Kech district.",
     "Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)"),
    ("pk-constabulary", "PK", "On 4 May 2015, gunmen ambushed a Frontier Constabulary patrol near Bannu, killing two "
     "constables.", "Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan"),
    ("in-pakistani-rangers", "IN", "On 6 May 2015, Pakistani Rangers fired at Indian border posts in Samba district.",
     "Military Forces of Pakistan", None),
    ("in-crpf", "IN", "On 7 May 2015, Maoists ambushed a CRPF patrol in Sukma district, killing three personnel.",
     "CPI (Maoist): Communist Party of India (Maoist)", "Police Forces of India"),
    ("th-paramilitary-rangers", "TH", "On 5 March 2019, insurgents ambushed a patrol of paramilitary rangers in Rueso "
     "district, Narathiwat, wounding two.", "Southern Muslim Separatists (Thailand)", "Military Forces of Thailand"),
    ("mm-sac", "MM", "On 3 May 2022, SAC troops clashed with the KNDF near Demoso in Kayah state.",
     "Military Forces of Myanmar", "KNDF: Karenni Nationalities Defense Force"),
    ("mm-junta", "MM", "On 4 May 2022, Myanmar junta forces shelled a village in Sagaing region, killing three "
     "civilians.", "Military Forces of Myanmar", "Civilians (Myanmar)"),
    ("bd-myanmar-border-police", "BD", "On 2 June 2015, Myanmar border police fired on Bangladeshi fishermen near "
     "Teknaf, wounding two.", "Police Forces of Myanmar", None),
    ("cf-upc", "CF", "On 1 July 2016, ex-Seleka UPC fighters killed nine passengers near Kaga-Bandoro.",
     "UPC: Union for Peace in the Central African Republic", f"Civilians ({CAR})"),
    ("cf-fprc", "CF", "On 2 July 2016, former Seleka FPRC fighters clashed with anti-Balaka militiamen near "
     "Kaga-Bandoro.", "FPRC: Popular Front for the Renaissance of the Central African Republic", "Anti-Balaka"),
    ("ly-unity", "LY", "On 10 June 2016, unity government forces clashed with Islamic State fighters in Sirte.",
     "Military Forces of Libya Government of National Accord", "Islamic State (Libya)"),
    ("eg-csf", "EG", "On 29 June 2016, militants opened fire on Central Security Forces conscripts at a checkpoint "
     "in Rafah, North Sinai, killing two.", None, "Police Forces of Egypt"),
]


@pytest.mark.parametrize(("iso2", "text", "actor1", "actor2"), [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_local_force_names(iso2: str, text: str, actor1: str | None, actor2: str | None) -> None:
    event = main_event(text, "en", iso2)
    got1, got2 = names(event)
    ok1, ok2 = actors_match(got1, got2, actor1, actor2, ordered=event.event_type == "Violence against civilians")
    if actor1 is None:  # one side checked: it may stand on either
        assert actor2 in (got1, got2), (got1, got2)
    elif actor2 is None:
        assert actor1 in (got1, got2), (got1, got2)
    else:
        assert ok1 and ok2, (event.event_type, got1, got2)


def test_rangers_elsewhere_stay_police() -> None:
    """Only Thailand's and Pakistan's rangers are soldiers: a Kenyan report's rangers are its police."""
    event = main_event("On 2 May 2019, poachers shot dead two KWS rangers in Tsavo East National Park.", "en", "KE")
    assert "Police Forces of Kenya" in names(event)
