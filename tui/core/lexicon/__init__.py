"""Word tables: the one home of every English word list the engine uses.

Algorithms import their tables from here and never keep a copy of their own
(spaCy keeps ``lang/en/lex_attrs.py`` apart from its pipeline the same way).
Each module holds the words of one domain:

- :mod:`.calendar`: month and weekday names;
- :mod:`.demonyms`: the shape of nationality words ("Ukrainian", "Turkish");
- :mod:`.numbers`: number words, hedges, units and currencies;
- :mod:`.names`: titles, roles and particles around personal names.
"""
