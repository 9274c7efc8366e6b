"""Load a licensee's MedDRA ASCII distribution (``MedAscii/*.asc``) for coding events.

pvflag never ships MedDRA: a hub that holds a MedDRA licence points pvflag at its
own folder (argument or ``PVFLAG_MEDDRA``). Only what coding needs is read:
``llt.asc`` (LLT name -> LLT code, PT code, currency), ``pt.asc`` (PT name and
primary SOC), ``soc.asc`` (SOC names) and ``meddra_release.asc`` (version, language).
Layout: every field is terminated by ``$``, no header, no quoting, CRLF or LF.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, PrivateAttr

from pvflag.errors import MedDRAError

__all__ = [
    "MEDDRA_ENV_VAR",
    "MedDRACoding",
    "MedDRADictionary",
    "load_meddra",
    "meddra_path_from_env",
]

MEDDRA_ENV_VAR = "PVFLAG_MEDDRA"

# file -> number of `$`-terminated fields per record (MSSO dist_file_format)
_FIELD_COUNTS: dict[str, int] = {"llt.asc": 11, "pt.asc": 11, "soc.asc": 10}
_REQUIRED_FILES = ("meddra_release.asc", "llt.asc", "pt.asc", "soc.asc")


class LowLevelTerm(NamedTuple):
    """One LLT row: its code, the PT it belongs to, and whether it is current."""

    llt_code: int
    llt_name: str
    pt_code: int
    current: bool


class PreferredTerm(NamedTuple):
    """One PT row: its name and primary SOC code."""

    pt_name: str
    soc_code: int


class MedDRACoding(BaseModel):
    """The MedDRA codes of one event term, as E2B needs them (LLT code + version)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    llt_code: int
    llt_name: str
    pt_code: int
    pt_name: str
    soc: str
    soc_code: int
    version: str


class MedDRADictionary(BaseModel):
    """A loaded MedDRA release: LLTs by lower-cased name, PTs by code, SOC names by code."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str
    language: str
    llts: dict[str, LowLevelTerm]
    pts: dict[int, PreferredTerm]
    socs: dict[int, str]

    _pt_by_name: dict[str, int] = PrivateAttr(default_factory=dict)

    def model_post_init(self, context: object, /) -> None:
        self._pt_by_name = {_fold(pt.pt_name): code for code, pt in self.pts.items()}

    def code(self, term: str) -> MedDRACoding | None:
        """Code ``term`` by case-insensitive exact match on LLT names, then PT names.

        A current LLT is preferred over a non-current one with the same name; a term
        that matches only a non-current LLT is coded to that LLT's PT (its own current
        LLT), because MSSO advises against coding new reports to non-current LLTs.
        """
        key = _fold(term)
        llt = self.llts.get(key)
        if llt is not None and not llt.current:
            llt = LowLevelTerm(llt.pt_code, self.pts[llt.pt_code].pt_name, llt.pt_code, True)
        if llt is None:
            pt_code = self._pt_by_name.get(key)
            if pt_code is None:
                return None
            # every PT is also an LLT with the same code; fall back to the PT itself
            llt = LowLevelTerm(pt_code, self.pts[pt_code].pt_name, pt_code, True)
        pt = self.pts[llt.pt_code]
        return MedDRACoding(
            llt_code=llt.llt_code,
            llt_name=llt.llt_name,
            pt_code=llt.pt_code,
            pt_name=pt.pt_name,
            soc=self.socs.get(pt.soc_code, ""),
            soc_code=pt.soc_code,
            version=self.version,
        )

    def llt_names(self) -> list[str]:
        """Names of the current LLTs, sorted; the scan engine adds them to its event vocabulary."""
        return sorted(llt.llt_name for llt in self.llts.values() if llt.current)


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def meddra_path_from_env(environ: dict[str, str] | None = None) -> Path | None:
    """The MedDRA folder named by ``PVFLAG_MEDDRA``, or ``None`` when it is unset or empty."""
    value = (os.environ if environ is None else environ).get(MEDDRA_ENV_VAR, "").strip()
    return Path(value) if value else None


def _resolve_folder(path: Path) -> Path:
    """Accept the ``MedAscii`` folder itself or a release folder that contains it."""
    if (path / "llt.asc").is_file():
        return path
    for sub in ("MedAscii", "medascii", "MEDASCII"):
        if (path / sub / "llt.asc").is_file():
            return path / sub
    return path


def _read_lines(path: Path) -> list[str]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise MedDRAError(
            f"{path}: MedDRA file missing; a MedDRA ASCII folder (MedAscii) must contain "
            f"{', '.join(_REQUIRED_FILES)}"
        ) from exc
    except OSError as exc:
        raise MedDRAError(f"{path}: cannot read MedDRA file: {exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return text.splitlines()


def _records(path: Path, expected_fields: int | None) -> list[tuple[int, list[str]]]:
    """(line number, fields) for each non-empty line; checks the field count."""
    out: list[tuple[int, list[str]]] = []
    for lineno, line in enumerate(_read_lines(path), start=1):
        if not line.strip():
            continue
        body = line[:-1] if line.endswith("$") else line
        fields = body.split("$")
        if expected_fields is not None and len(fields) != expected_fields:
            raise MedDRAError(
                f"{path}:{lineno}: expected {expected_fields} '$'-terminated fields, "
                f"found {len(fields)}: {line[:80]!r}"
            )
        out.append((lineno, fields))
    return out


def _code(path: Path, lineno: int, value: str, field: str) -> int:
    value = value.strip()
    if not value.isdigit():
        raise MedDRAError(f"{path}:{lineno}: {field} must be a numeric MedDRA code, found {value!r}")
    return int(value)


def load_meddra(path: str | os.PathLike[str]) -> MedDRADictionary:
    """Read a MedDRA ASCII folder into a frozen :class:`MedDRADictionary`.

    Raises :class:`pvflag.errors.MedDRAError` naming the file (and line) when a file
    is missing, a row has the wrong number of fields or a non-numeric code, or an
    LLT points at a PT that ``pt.asc`` does not define.
    """
    folder = Path(path)
    if not folder.is_dir():
        raise MedDRAError(
            f"{folder}: not a folder; expected a MedDRA ASCII folder (MedAscii) with *.asc files"
        )
    folder = _resolve_folder(folder)

    release_path = folder / "meddra_release.asc"
    release = _records(release_path, None)
    if not release or len(release[0][1]) < 2 or not release[0][1][0].strip():
        raise MedDRAError(f"{release_path}:1: expected 'version$language$...', e.g. '27.1$English$'")
    version, language = release[0][1][0].strip(), release[0][1][1].strip()

    soc_path = folder / "soc.asc"
    socs: dict[int, str] = {}
    for lineno, fields in _records(soc_path, _FIELD_COUNTS["soc.asc"]):
        socs[_code(soc_path, lineno, fields[0], "soc_code")] = fields[1].strip()

    pt_path = folder / "pt.asc"
    pts: dict[int, PreferredTerm] = {}
    for lineno, fields in _records(pt_path, _FIELD_COUNTS["pt.asc"]):
        pt_code = _code(pt_path, lineno, fields[0], "pt_code")
        soc_code = _code(pt_path, lineno, fields[3], "pt_soc_code")
        if soc_code not in socs:
            raise MedDRAError(f"{pt_path}:{lineno}: pt_soc_code {soc_code} is not defined in soc.asc")
        pts[pt_code] = PreferredTerm(fields[1].strip(), soc_code)

    llt_path = folder / "llt.asc"
    llts: dict[str, LowLevelTerm] = {}
    for lineno, fields in _records(llt_path, _FIELD_COUNTS["llt.asc"]):
        llt_code = _code(llt_path, lineno, fields[0], "llt_code")
        pt_code = _code(llt_path, lineno, fields[2], "pt_code")
        if pt_code not in pts:
            raise MedDRAError(
                f"{llt_path}:{lineno}: pt_code {pt_code} of LLT {llt_code} is not defined in pt.asc"
            )
        currency = fields[9].strip().upper()
        if currency not in ("Y", "N"):
            raise MedDRAError(f"{llt_path}:{lineno}: llt_currency must be 'Y' or 'N', found {fields[9]!r}")
        llt = LowLevelTerm(llt_code, fields[1].strip(), pt_code, currency == "Y")
        key = _fold(llt.llt_name)
        previous = llts.get(key)
        # a current LLT wins over a non-current homonym
        if previous is None or (llt.current and not previous.current):
            llts[key] = llt

    return MedDRADictionary(version=version, language=language, llts=llts, pts=pts, socs=socs)
