"""URLs and host names: parsing them, normalising them, and finding their registrable domain.

A host is normalised to lower-case ASCII (IDNA A-labels), without port, credentials or a
trailing dot. Registrable domains come from the Public Suffix List shipped inside the
`publicsuffixlist` wheel, so nothing is fetched. An AMP cache URL gives the publisher it
carries. Which source publishes on a host is for `provenance.rules.domains`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import unquote, urlsplit

from publicsuffixlist import PublicSuffixList

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_OTHER_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+-]*:(?!\d)")
_LABEL = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$")
_AMP_CACHE = ".cdn.ampproject.org"
_AMP_PREFIXES = frozenset({"c", "v", "i", "ii", "r", "wp", "mbv"})


@dataclass(frozen=True, slots=True)
class UrlParts:
    """The parts of a URL that decide who published it."""

    host: str
    path: str
    via_amp_cache: bool = False


def normalize_hostname(name: str) -> str | None:
    """Lower-case A-label form of a host name, or None when it is not a valid host name."""
    name = name.strip().rstrip(".").lower()
    if not name or any(ch in name for ch in "/:@ \t"):
        return None
    if not name.isascii():
        try:
            name = name.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    labels = name.split(".")
    if not all(_LABEL.match(label) for label in labels):
        return None
    return name


def normalize_path(path: str) -> str:
    """A path prefix compared on whole segments: leading slash, no trailing one, lower case."""
    path = "/" + path.strip().strip("/")
    return path.lower()


def match_key(host: str) -> str:
    """The key hosts are compared by: `www.rt.com` and `rt.com` are one site."""
    return host[4:] if host.startswith("www.") and host.count(".") > 1 else host


def parse_url(url: str) -> UrlParts | None:
    """Host and path of a URL (scheme optional); an AMP cache URL gives its publisher's."""
    url = url.strip()
    scheme = _SCHEME.match(url)
    if scheme:
        if scheme.group().lower() not in ("http://", "https://"):
            return None
    elif _OTHER_SCHEME.match(url):
        return None  # mailto:, javascript:, tel: ...
    else:
        url = "http://" + url.lstrip("/")
    try:
        parts = urlsplit(url)
        raw_host = parts.hostname
    except ValueError:
        return None
    host = normalize_hostname(unquote(raw_host or ""))
    if host is None or "." not in host:
        return None
    path = parts.path or "/"
    if host.endswith(_AMP_CACHE):
        return _from_amp_cache(host, path)
    if _is_google_amp_viewer(host, path):
        return _from_amp_path(path.split("/")[2:]) or UrlParts(host, path)
    return UrlParts(host, path)


def _from_amp_cache(host: str, path: str) -> UrlParts | None:
    segments = path.split("/")[1:]
    if segments and segments[0] in _AMP_PREFIXES:
        parts = _from_amp_path(segments[1:])
        if parts is not None:
            return parts
    # The cache subdomain encodes the publisher: "-" stands for ".", "--" for "-".
    encoded = host[: -len(_AMP_CACHE)]
    decoded = encoded.replace("--", "\x00").replace("-", ".").replace("\x00", "-")
    publisher = normalize_hostname(decoded)
    return UrlParts(publisher, path, via_amp_cache=True) if publisher else None


def _from_amp_path(segments: list[str]) -> UrlParts | None:
    if segments and segments[0] == "s":
        segments = segments[1:]
    if not segments:
        return None
    host = normalize_hostname(segments[0])
    if host is None or "." not in host:
        return None
    return UrlParts(host, "/" + "/".join(segments[1:]), via_amp_cache=True)


def _is_google_amp_viewer(host: str, path: str) -> bool:
    return path.startswith("/amp/") and re.match(r"^(www\.)?google\.[a-z.]+$", host) is not None


@cache
def _suffix_list() -> PublicSuffixList:
    return PublicSuffixList()


def registrable_domain(host: str) -> str:
    """The registrable domain (`bbc.co.uk` for `news.bbc.co.uk`), or the host itself when the
    host is an IP address or a public suffix."""
    if _looks_like_ip(host):
        return host
    domain: str | None = _suffix_list().privatesuffix(host)
    return domain or host


def _looks_like_ip(host: str) -> bool:
    return host.replace(".", "").isdigit() or ":" in host


def is_public_suffix(name: str) -> bool:
    """Whether `name` is itself a public suffix, such as `co.uk`, under which anyone may
    register a site."""
    return bool(_suffix_list().is_public(name))


# Country-code domains sold worldwide as generic names: they say nothing of where a site is.
# (.me, .am and .ly are left in: Montenegrin, Armenian and Libyan news sites use them.)
_VANITY_TLDS = frozenset(["ai", "cc", "co", "fm", "gg", "io", "nu", "tk", "to", "tv", "ws"])


def domain_country(host: str) -> str | None:
    """The ISO country code a host's country-code domain names (`GB` for `bbc.co.uk`), or
    None for generic and vanity domains."""
    tld = host.rsplit(".", 1)[-1]
    if len(tld) != 2 or not tld.isalpha() or tld in _VANITY_TLDS or _looks_like_ip(host):
        return None
    return "GB" if tld == "uk" else tld.upper()
