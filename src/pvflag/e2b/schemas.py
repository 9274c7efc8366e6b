"""Find and load the ICH schema set (R3) and the ICSR DTD (R2).

Neither ships in the wheel (licence review pending, see ``e2b/SOURCES.md``), so
validation looks for them: an explicit directory, ``$PVFLAG_E2B_SCHEMAS``, an
``e2b/`` folder in the current directory or a parent (a repository checkout),
then the ``e2b/`` folder of the source tree this package was imported from.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import TYPE_CHECKING

from pvflag.errors import E2BError

if TYPE_CHECKING:
    from lxml import etree

__all__ = ["ENV_VAR", "find_dtd", "find_schema", "load_dtd", "load_schema"]

ENV_VAR = "PVFLAG_E2B_SCHEMAS"
R3_BATCH_XSD = "MCCI_IN200100UV01.xsd"
R3_ACK_XSD = "MCCI_IN200101UV01.xsd"
R2_DTD = "icsr-xml-v2.1.dtd"

_HOW = (
    "pvflag does not ship the ICH schema set or the ICSR DTD (licence review pending). "
    "Point to a folder that holds them, laid out as pvflag's repository e2b/ folder "
    "(r3/ich-schema-set/multicacheschemas/*.xsd, r2/dtd/icsr-xml-v2.1.dtd): "
    f"use --schema-dir DIR, or set {ENV_VAR}=DIR, or run from a pvflag repository checkout."
)


def _candidates(schema_dir: str | Path | None) -> list[tuple[str, Path]]:
    found: list[tuple[str, Path]] = []
    if schema_dir is not None:
        found.append(("--schema-dir", Path(schema_dir)))
        return found  # an explicit choice is never silently replaced
    if os.environ.get(ENV_VAR):
        found.append((ENV_VAR, Path(os.environ[ENV_VAR])))
        return found
    cwd = Path.cwd()
    for folder in (cwd, *cwd.parents):
        found.append(("current directory", folder / "e2b"))
    source_tree = Path(__file__).resolve().parents[3] / "e2b"  # src/pvflag/e2b/schemas.py -> repo/e2b
    found.append(("package source tree", source_tree))
    return found


def _find(names: list[str], schema_dir: str | Path | None, what: str) -> Path:
    tried: list[str] = []
    for origin, base in _candidates(schema_dir):
        for name in names:
            path = base / name
            if path.is_file():
                return path
        tried.append(f"{base} ({origin})")
        if schema_dir is not None or origin == ENV_VAR:
            break
    raise E2BError(f"cannot find the {what}; looked in: {'; '.join(tried[:4])}. {_HOW}")


def find_schema(schema_dir: str | Path | None = None, *, ack: bool = False) -> Path:
    """Path of ``MCCI_IN200100UV01.xsd`` (or the ACK schema) in the first place that has it."""
    xsd = R3_ACK_XSD if ack else R3_BATCH_XSD
    names = [
        f"r3/ich-schema-set/multicacheschemas/{xsd}",
        f"ich-schema-set/multicacheschemas/{xsd}",
        f"multicacheschemas/{xsd}",
        xsd,
    ]
    return _find(names, schema_dir, f"ICH E2B(R3) schema set ({xsd})")


def find_dtd(schema_dir: str | Path | None = None) -> Path:
    """Path of the ICH ICSR DTD v2.1 in the first place that has it."""
    return _find([f"r2/dtd/{R2_DTD}", f"dtd/{R2_DTD}", R2_DTD], schema_dir, f"ICH ICSR DTD v2.1 ({R2_DTD})")


@functools.lru_cache(maxsize=4)
def _load_schema(path: Path) -> etree.XMLSchema:
    from lxml import etree

    # the schema files are trusted local files, but still parsed without network access
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    try:
        return etree.XMLSchema(etree.parse(str(path), parser))
    except (etree.XMLSchemaParseError, etree.XMLSyntaxError) as exc:
        raise E2BError(f"{path}: the schema set is incomplete or broken: {exc}") from exc


def load_schema(schema_dir: str | Path | None = None, *, ack: bool = False) -> etree.XMLSchema:
    """The compiled R3 batch (or ACK) schema, loaded once per location."""
    return _load_schema(find_schema(schema_dir, ack=ack).resolve())


@functools.lru_cache(maxsize=4)
def _load_dtd(path: Path) -> etree.DTD:
    from lxml import etree

    try:
        return etree.DTD(str(path))
    except etree.DTDParseError as exc:
        raise E2BError(f"{path}: the DTD cannot be read: {exc}") from exc


def load_dtd(schema_dir: str | Path | None = None) -> etree.DTD:
    """The compiled ICSR DTD v2.1, loaded once per location."""
    return _load_dtd(find_dtd(schema_dir).resolve())
