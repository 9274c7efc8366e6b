"""``pvflag.Scanner``: stages 2-5 (tokenize, detect, contextualize, assess) behind one object.

Build a scanner once and reuse it: the lexicon is parsed and compiled on first
use and cached per process. A scanner pickles as its options only, so worker
processes and Spark executors rebuild it cheaply from the same settings.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pvflag.errors import ConfigError
from pvflag.findings import AdverseEventFinding, RecordError, ScanResult
from pvflag.interactions import Interaction
from pvflag.nlp._config import ScanConfig

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from pvflag.lexicon import Lexicon, Product
    from pvflag.meddra import MedDRADictionary
    from pvflag.nlp._compiled import CompiledLexicon
    from pvflag.nlp._tokenizer import RuleTokenizer
    from pvflag.program import ProductEntry, ProgramConfig

__all__ = ["Scanner", "scan"]

ScanInput = "str | Interaction | RecordFailure | Mapping[str, Any] | tuple[str, str]"

_COMPILED_CACHE: dict[tuple[str, int], tuple[Any, CompiledLexicon]] = {}
_CACHE_LOCK = threading.Lock()


def _compiled_cache_key(version: str) -> str:
    from pvflag.nlp._tokenizer import rules_cache_key

    return f"compiled-lexicon|{version}|{rules_cache_key()}"


def _shipped_compiled_from_cache() -> tuple[Any, CompiledLexicon, None] | None:
    """The shipped lexicon's matchers from the on-disk cache: no vocabulary parsing or compiling,
    which is most of a cold start. Falls back (None) on any miss."""
    from pvflag.lexicon import load_lexicon_tables, shipped_version
    from pvflag.nlp._cache import load_marshalled
    from pvflag.nlp._compiled import CompiledLexicon
    from pvflag.nlp._tokenizer import load_tokenizer

    version = shipped_version()
    if version == "dev":
        return None
    key = (version, 0)
    with _CACHE_LOCK:
        cached = _COMPILED_CACHE.get(key)
        if cached is None:
            data = load_marshalled(_compiled_cache_key(version))
            if data is None:
                return None
            compiled = CompiledLexicon.from_cache(data, load_lexicon_tables())
            if compiled is None:
                return None
            cached = _COMPILED_CACHE[key] = (load_tokenizer(), compiled)
    return cached[0], cached[1], None


def _store_shipped_compiled(compiled: CompiledLexicon) -> None:
    from pvflag.nlp._cache import store_marshalled

    if compiled.lexicon.version != "dev":
        store_marshalled(_compiled_cache_key(compiled.lexicon.version), compiled.to_cache())


def _compile_with_disk_cache(lexicon: Lexicon, tokenizer: RuleTokenizer, *, store: bool = True) -> CompiledLexicon:
    """Compile the lexicon, reusing token keys of vocabulary phrases tokenized by earlier processes.

    ``store=False`` when a licensee's MedDRA is loaded: its terms are never written to disk.
    """
    from pvflag.nlp._cache import load_cached, store_cached
    from pvflag.nlp._compiled import compile_lexicon
    from pvflag.nlp._tokenizer import rules_cache_key

    cache_key = f"phrase-keys|{rules_cache_key()}"
    memo = load_cached(cache_key)
    if not isinstance(memo, dict):
        memo = {}
    before = len(memo)
    compiled = compile_lexicon(lexicon, tokenizer, memo)
    if store and len(memo) != before:
        store_cached(cache_key, memo)
    return compiled


def _to_products(entries: Iterable[ProductEntry | Product]) -> tuple[Product, ...]:
    from pvflag.lexicon import Product

    out = []
    for entry in entries:
        if isinstance(entry, Product):
            out.append(entry)
            continue
        out.append(Product(
            brand=entry.brand,
            generic=entry.generic,
            drug_class=entry.drug_class or "",
            indications=tuple(entry.indications),
            variants=tuple(entry.variants),
            route=entry.route or "",
            labelled_events=tuple(entry.labelled_events),
            source="program",
        ))
    return tuple(out)


class Scanner:
    """Finds adverse events, special situations and drugs in PSP interactions.

    ``sensitivity``: ``"high"`` (default; recall for compliance triage) or ``"balanced"``.
    ``program``: a ``ProgramConfig`` or the path of a program / hub product TOML file; its
    products extend (a copy of) the lexicon, and its indications separate the treated disease
    from new events. ``meddra``: a licensee's MedDRA ASCII folder (or ``PVFLAG_MEDDRA``), used
    to code events and as extra vocabulary.
    """

    def __init__(
        self,
        *,
        sensitivity: str = "high",
        config: ScanConfig | None = None,
        program: ProgramConfig | str | os.PathLike[str] | None = None,
        products: Iterable[ProductEntry | Product] = (),
        meddra: MedDRADictionary | str | os.PathLike[str] | None = None,
        include_text: bool = False,
    ) -> None:
        self.config = config or ScanConfig.for_sensitivity(sensitivity)
        if program is not None and not hasattr(program, "products"):
            from pvflag.program import load_program

            program = load_program(Path(program))  # type: ignore[arg-type]
        self.program: ProgramConfig | None = program  # type: ignore[assignment]
        self._extra_products = _to_products(products)
        if meddra is None:
            from pvflag.meddra import meddra_path_from_env

            env_path = meddra_path_from_env()
            meddra = env_path
        self._meddra_arg = meddra
        self.include_text = include_text
        self._state: tuple[Any, CompiledLexicon, MedDRADictionary | None] | None = None
        self._fuzzy_cache: dict[str, Any] = {}
        self._lock = threading.Lock()

    # -- pickling: options only; the compiled lexicon is rebuilt in the new process
    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_state"] = None
        state["_fuzzy_cache"] = {}
        state.pop("_lock", None)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    # -- lazy build
    def prepare(self) -> Scanner:
        """Build the matchers now (they are built on first use otherwise); errors surface here."""
        self._ensure()
        return self

    @property
    def lexicon(self) -> Lexicon:
        """The lexicon this scanner matches (the full one, also when its matchers came from the cache)."""
        lexicon = self._ensure()[1].lexicon
        if not lexicon.events:
            from pvflag.lexicon import load_lexicon

            return load_lexicon()
        return lexicon

    def _program_products(self) -> tuple[Product, ...]:
        if self.program is None:
            return ()
        return _to_products(self.program.products)

    def _ensure(self) -> tuple[RuleTokenizer, CompiledLexicon, MedDRADictionary | None]:
        if self._state is not None:
            return self._state
        with self._lock:
            if self._state is None:
                self._state = self._build()
        return self._state

    def _build(self) -> tuple[RuleTokenizer, CompiledLexicon, MedDRADictionary | None]:
        from pvflag.lexicon import load_lexicon
        from pvflag.nlp._tokenizer import load_tokenizer

        products = (*self._extra_products, *self._program_products())
        meddra = self._load_meddra()
        if not products and meddra is None:
            fast = _shipped_compiled_from_cache()
            if fast is not None:
                return fast
        lexicon = load_lexicon().with_products(products)
        if meddra is not None:
            lexicon = _with_meddra_vocabulary(lexicon, meddra)
        key = (lexicon.version, id(meddra) if meddra is not None else 0)
        with _CACHE_LOCK:
            cached = _COMPILED_CACHE.get(key)
            if cached is None:
                tokenizer = load_tokenizer()
                compiled = _compile_with_disk_cache(lexicon, tokenizer, store=meddra is None)
                cached = (tokenizer, compiled)
                _COMPILED_CACHE[key] = cached
                if not products and meddra is None:
                    _store_shipped_compiled(compiled)
        return cached[0], cached[1], meddra

    def _load_meddra(self) -> MedDRADictionary | None:
        arg = self._meddra_arg
        if arg is None:
            return None
        if hasattr(arg, "code"):
            return arg  # type: ignore[return-value]
        from pvflag.meddra import load_meddra

        return load_meddra(arg)  # type: ignore[arg-type]

    # -- scanning
    def analyze(self, text: str) -> Doc:
        """A spaCy ``Doc`` with pvflag's findings in ``doc.spans`` (see ``pvflag.nlp.components``)."""
        from pvflag.nlp._tokenizer import shared_nlp
        from pvflag.nlp.components import PvflagComponent

        nlp = shared_nlp()
        component = PvflagComponent.__new__(PvflagComponent)
        component.name, component.scanner = "pvflag", self
        return component(nlp.make_doc(text))

    def scan(self, record: str | Interaction | Mapping[str, Any], *, id: str | None = None) -> ScanResult:
        """Scan one note, transcript or message. Raises on invalid input; ``scan_many`` never does."""
        interaction = _as_interaction(record, id)
        return self._scan_interaction(interaction)

    def _scan_interaction(self, interaction: Interaction) -> ScanResult:
        from pvflag.nlp._analysis import analyze

        tokenizer, compiled, meddra = self._ensure()
        text = interaction.text
        program_drug = interaction.metadata.get("program_drug") or interaction.metadata.get("drug")
        analysis = analyze(
            text,
            tokenizer.tokens(text),
            compiled,
            self.config,
            turns=interaction.turns,
            program_drug=str(program_drug) if program_drug else None,
            fuzzy_cache=self._fuzzy_cache,
        )
        findings = analysis.findings
        reportable, has_ae, serious = analysis.reportable, analysis.has_adverse_event, analysis.serious
        if interaction.regions or meddra is not None:
            if interaction.regions:
                findings = _drop_quoted_duplicates(findings, interaction)
            if meddra is not None:
                findings = [_code_finding(f, meddra) for f in findings]
            # quoted repeats are demoted: the record flags come from the findings as now reported
            present = [f for f in findings if getattr(f, "assertion", None) == "present"]
            has_ae = any(isinstance(f, AdverseEventFinding) for f in present)
            reportable = bool(present and (has_ae or any(f.kind == "special_situation" for f in present)))
            serious = any(isinstance(f, AdverseEventFinding) and f.seriousness for f in present)
        return ScanResult(
            id=interaction.id,
            reportable=reportable,
            has_adverse_event=has_ae,
            serious=serious,
            findings=tuple(findings),
            channel=interaction.channel,
            lexicon_version=compiled.lexicon.version,
            sensitivity=self.config.sensitivity,
            metadata=dict(interaction.metadata),
            text=text if self.include_text else None,
        )

    def scan_many(self, records: Iterable[Any]) -> Iterator[ScanResult]:
        """Scan a stream lazily, in order; a bad record becomes a result with ``error`` set."""
        for index, record in enumerate(records):
            yield self._scan_one_safely(record, index)

    def _scan_one_safely(self, record: Any, index: int) -> ScanResult:
        from pvflag.errors import PvflagError

        failure = _failure_of(record)
        if failure is not None:
            return failure
        record_id = _guess_id(record, index)
        try:
            interaction = _as_interaction(record, None, default_id=record_id)
            return self._scan_interaction(interaction)
        except (PvflagError, ValueError, TypeError) as exc:
            return ScanResult(id=record_id, error=RecordError(type=_error_type(exc), message=_safe_message(exc)))
        except Exception as exc:  # a batch never dies on one record
            return ScanResult(id=record_id, error=RecordError(
                type="scan_failed", message=f"internal error while scanning ({type(exc).__name__})"))


def _failure_of(record: Any) -> ScanResult | None:
    if type(record).__name__ == "RecordFailure" and hasattr(record, "error"):
        return ScanResult(id=record.id, error=record.error)
    return None


def _guess_id(record: Any, index: int) -> str:
    if isinstance(record, Interaction):
        return record.id
    if isinstance(record, Mapping) and record.get("id") not in (None, ""):
        return str(record["id"])
    if isinstance(record, tuple) and len(record) == 2:
        return str(record[1])
    return str(index + 1)


def _error_type(exc: Exception) -> str:
    return getattr(exc, "type", None) or ("invalid_record" if isinstance(exc, (ValueError, TypeError))
                                          else type(exc).__name__)


def _safe_message(exc: Exception) -> str:
    """Errors name fields and types, never note text (the text may hold patient identifiers)."""
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        fields = sorted({".".join(str(p) for p in err["loc"]) for err in exc.errors()})
        return f"invalid record: check field(s) {', '.join(fields)}"
    message = str(exc)
    return message if len(message) < 300 else message[:300]


_INTERACTION_KEYS = {"id", "text", "channel", "received_at", "turns", "regions"}


def _as_interaction(record: Any, id: str | None, *, default_id: str = "1") -> Interaction:
    if isinstance(record, Interaction):
        return record if id is None else record.model_copy(update={"id": id})
    if isinstance(record, str):
        return Interaction(id=id or default_id, text=record)
    if isinstance(record, tuple) and len(record) == 2:  # (text, id) as in nlp.pipe(as_tuples=True)
        text, rid = record
        if not isinstance(text, str):
            raise ConfigError("a (text, id) tuple needs a str text")
        return Interaction(id=str(rid), text=text)
    if isinstance(record, Mapping):
        text = record.get("text")
        if not isinstance(text, str):
            raise ValueError("record has no 'text' string")
        rid = id or record.get("id")
        if rid in (None, ""):
            raise ValueError("record has no 'id'")
        metadata = {k: v for k, v in record.items() if k not in _INTERACTION_KEYS}
        fields: dict[str, Any] = {"id": str(rid), "text": text, "metadata": metadata}
        if record.get("channel"):
            fields["channel"] = str(record["channel"])
        return Interaction(**fields)
    raise ConfigError(
        f"cannot scan a {type(record).__name__}; expected str, Interaction, a mapping with 'id' and 'text', "
        "or a (text, id) tuple"
    )


def _drop_quoted_duplicates(findings: list[Any], interaction: Interaction) -> list[Any]:
    """A finding inside a quoted e-mail reply is kept but not reported twice: demote repeats."""
    quoted = [(r.start, r.end) for r in interaction.regions if r.kind == "quoted"]

    def in_quote(f: Any) -> bool:
        return any(s <= f.start and f.end <= e for s, e in quoted)

    fresh_keys = {(f.kind, getattr(f, "term", None) or getattr(f, "category", None))
                  for f in findings if not in_quote(f)}
    out = []
    for f in findings:
        key = (f.kind, getattr(f, "term", None) or getattr(f, "category", None))
        if in_quote(f) and key in fresh_keys and getattr(f, "assertion", None) == "present":
            f = f.model_copy(update={"assertion": "historical"})
        out.append(f)
    return out


def _code_finding(finding: Any, meddra: MedDRADictionary) -> Any:
    if not isinstance(finding, AdverseEventFinding):
        return finding
    coding = meddra.code(finding.term) or meddra.code(finding.text)
    if coding is None:
        return finding
    return finding.model_copy(update={
        "meddra_llt_code": str(coding.llt_code),
        "meddra_pt_code": str(coding.pt_code),
        "meddra_pt_name": coding.pt_name,
    })


def _with_meddra_vocabulary(lexicon: Lexicon, meddra: MedDRADictionary) -> Lexicon:
    """Current LLT names become extra surface forms, each normalised to its PT name."""
    from dataclasses import replace

    from pvflag.lexicon import EventEntry, EventTerm

    extra = []
    terms = dict(lexicon.event_terms)
    for name in meddra.llt_names():
        coding = meddra.code(name)
        if coding is None:
            continue
        term = coding.pt_name.lower()
        extra.append(EventEntry(name, (term,), "clinical", False, "meddra"))
        terms.setdefault(term, EventTerm(term, "nonspecific", frozenset()))
    return replace(lexicon, version=f"{lexicon.version}+meddra.{meddra.version}",
                   events=(*lexicon.events, *extra), event_terms=terms)


def scan(text: str, *, id: str = "1", sensitivity: str = "high") -> ScanResult:
    """Scan one text with a process-wide default scanner (convenience for quick use)."""
    return _default_scanner(sensitivity).scan(text, id=id)


_DEFAULT_SCANNERS: dict[str, Scanner] = {}


def _default_scanner(sensitivity: str) -> Scanner:
    scanner = _DEFAULT_SCANNERS.get(sensitivity)
    if scanner is None:
        scanner = _DEFAULT_SCANNERS[sensitivity] = Scanner(sensitivity=sensitivity)
    return scanner
