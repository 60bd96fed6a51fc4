"""The spaCy dependency labels the readers test, one name per grammatical role, each with both of its spellings.

The two pipelines label the same grammar in two schemes. The English model (en_core_web_*) uses the ClearNLP labels:
nsubjpass, auxpass, dobj, agent, relcl. The French model (fr_core_news_*) uses Universal Dependencies: nsubj:pass,
aux:pass, obj, obl:agent, acl:relcl. A set holds both spellings so that one test reads both languages. Neither model
ever gives the other scheme's label, so that half of a set never matches on the other language.

A reader that wants only one model's label (a structure only one language has) spells it out where it uses it.
"""

SUBJECTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "nsubj:pass"})  # "ten people were killed", "dix personnes ont été tuées"
PASSIVE_AUX = frozenset({"auxpass", "aux:pass"})  # "was injured", "ont été blessés"
PASSIVE_MARKS = PASSIVE_AUX | PASSIVE_SUBJECTS  # a verb with either child is read as passive
OBJECTS = frozenset({"dobj", "obj"})  # "attacked the village", "ont attaqué le village"
# Who did a passive verb's deed: "killed by gunmen", "tués par des hommes armés". Not one structure: the English agent
# is the "by" and the doer its pobj, the French obl:agent is the doer itself.
AGENTS = frozenset({"agent", "obl:agent"})
RELATIVE_CLAUSES = frozenset({"relcl", "acl:relcl"})  # "who killed", "qui a tué"
# Readers that ask where a clause opens, or whom a reported clause is about, also count the French model's
# expl:subj: the "il" of an impersonal verb ("il y a eu dix morts").
SUBJECTS_OR_IMPERSONAL = SUBJECTS | {"expl:subj"}
