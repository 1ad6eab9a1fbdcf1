"""Checks on the names sources are credited by."""

from __future__ import annotations

from collections.abc import Iterable

from provenance.audit.base import Check, Context, Place
from provenance.audit.findings import Finding, Severity
from provenance.codes import Code
from provenance.names import is_ambiguous_name, is_cjk
from provenance.rules.aliases import alias_key
from provenance.rules.models import Source

# Words that are outlet names somewhere and ordinary words everywhere.
_COMMON = """today post times sun star mirror express daily news world nation herald globe
guardian observer independent telegraph tribune mail record journal chronicle examiner
mercury standard voice monitor reporter press gazette courier capital local metro first one
global sport sports business money live info online bild welt zeit stern focus presse monde
pais mundo nacion razon republica stampa repubblica giornale correo diario vanguardia tiempo
mir pravda izvestia"""
COMMON_WORDS = frozenset(_COMMON.split())


class SharedAlias(Check):
    """Two sources of one country, or of no stated country, are credited by the same name,
    and they belong to different owners. The annotator takes a shared name for the source
    from the host's country, so sources of different countries may share one, and for the
    main entry of an outlet whose editions share it; otherwise it ignores the name, and
    neither source is found by it.

    Bad:
        - {id: nhk, name: NHK, country: JP, aliases: [{text: NHK, context: credit}]}
        - {id: nhk-world, name: NHK World, country: JP, aliases: [{text: NHK, context: credit}]}
    Good:
        - {id: nhk, name: NHK, country: JP, aliases: [{text: NHK, context: credit}]}
        - {id: nhk-world, name: NHK World, country: JP, aliases: [NHK World-Japan]}
    """

    code, name, severity = Code.A301, "shared-alias", Severity.WARNING

    def finish(self, context: Context) -> Iterable[Finding]:
        owners: dict[str, dict[str, Place]] = {}
        countries: dict[str, str | None] = {}
        for place, source in context.sources():
            final = context.final_id(source.id)
            countries[final] = countries.get(final) or source.country  # as merging keeps it
            for loc, alias in source.names():
                if is_ambiguous_name(alias.text):
                    continue  # never indexed, so never shared
                by_source = owners.setdefault(alias_key(alias), {})
                by_source.setdefault(
                    context.final_id(source.id), Place(place.file, (*place.loc, *loc))
                )
        rules = context.rules
        for key, by_source in owners.items():
            if len(by_source) < 2 or _told_apart(countries, by_source):
                continue
            if rules is not None and rules.main_entry(sorted(by_source)):
                continue  # editions of one outlet: the name stands for its main entry
            names = ", ".join(sorted(by_source))
            for place in list(by_source.values())[1:]:
                yield self.at(place, f"{key!r} is an alias of {names}; the annotator ignores it")


def _told_apart(countries: dict[str, str | None], source_ids: Iterable[str]) -> bool:
    """Whether each source has a country of its own, by which a host picks one."""
    found = [countries[source_id] for source_id in source_ids]
    return None not in found and len(set(found)) == len(found)


class AmbiguousAlias(Check):
    """A short or common-word alias that counts anywhere: it needs `context: credit`, so
    that it only counts in a dateline, a byline or a source line, and `case: sensitive`.

    Bad:
        aliases: [{text: Post, context: any}]
    Good:
        aliases: [{text: Post, case: sensitive, context: credit}, The Washington Post]
    """

    code, name, severity = Code.A302, "ambiguous-alias", Severity.WARNING

    def source(self, context: Context, place: Place, source: Source) -> Iterable[Finding]:
        for loc, alias in source.names():
            text = alias.text.strip()
            if alias.context != "any" or not _risky(text, alias.case):
                continue
            message = f"alias {text!r} is short or a common word: give it `context: credit`"
            yield self.at(Place(place.file, (*place.loc, *loc)), message)


def _risky(text: str, case: str) -> bool:
    # A character of a script without spaces says about as much as a short word.
    unspaced = any(is_cjk(ch) for ch in text)
    letters = sum(ch.isalpha() for ch in text)
    short = letters <= 2 if unspaced else letters <= 4
    common = " " not in text and text.casefold() in COMMON_WORDS
    return short or common or is_ambiguous_name(text)
