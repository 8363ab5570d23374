"""The extraction entry points: text in, :class:`ExtractedMove` lists out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from chuhai.extract.assemble import Assembler, ExtractedMove, goes_abroad
from chuhai.extract.dates import dateline_year
from chuhai.extract.pipeline import Matchers, detect_lang, matchers_for
from chuhai.extract.score import fitted_threshold, move_scores
from chuhai.reference.companies import Registry
from chuhai.reference.script import to_simplified

#: Moves scored below this are left out by default. The score is the move scorer's
#: probability that the move is right (:mod:`chuhai.extract.score`); the threshold is the one
#: that gave the best F1 on sets the code had not seen, each scored by a model fitted
#: without it. A prediction right less often than about F1/2 costs more than it brings.
#: ``min_confidence=0`` keeps everything (for recall-first reading).
MIN_CONFIDENCE: float = fitted_threshold()


def _assembler(m: Matchers) -> Assembler:
    if not hasattr(m, "_assembler"):
        table = m.registry.table
        parents = dict(zip(table.index, table["parent_id"])) if "parent_id" in table.columns else {}
        m._assembler = Assembler(m.company_home, m.company_sector, parents)
    return m._assembler


def _as_written(mv: ExtractedMove, text: str) -> ExtractedMove:
    """Evidence quotes and an unregistered firm's name in the article's own script."""
    for span in mv.evidence.values():
        span.quote = text[span.start:span.end]
    if mv.is_candidate and "company" in mv.evidence:
        mv.company_name = mv.evidence["company"].quote
    return mv


def extract_moves(text: str, lang: str = "auto", registry: Registry | None = None,
                  ref_year: int | None = None,
                  min_confidence: float = MIN_CONFIDENCE) -> list[ExtractedMove]:
    """Overseas moves in one article.

    Parameters
    ----------
    text
        The article text (headline first, if any, on its own line).
    lang
        ``"en"``, ``"zh"`` or ``"auto"`` (detected from the share of Chinese characters).
    registry
        Company registry used to recognise and resolve firms (default: the shipped one).
    ref_year
        Publication year, used to resolve "this year" / "今年".
    min_confidence
        Moves scored below this are dropped (default :data:`MIN_CONFIDENCE`; 0 keeps all).

    Returns
    -------
    list of ExtractedMove

    Examples
    --------
    >>> [(m.company_id, m.host_iso3, m.move_type, m.status)
    ...  for m in extract_moves("宁德时代在匈牙利德布勒森的电池工厂正式开工建设。")]
    [('catl', 'HUN', 'greenfield_plant', 'under_construction')]
    """
    return next(iter(extract_articles([text], lang, registry, [ref_year],
                                      min_confidence=min_confidence)))


def extract_articles(texts: Iterable[str], lang: str = "auto",
                     registry: Registry | None = None,
                     ref_years: Iterable[int | None] | None = None,
                     batch_size: int = 64,
                     min_confidence: float = MIN_CONFIDENCE) -> Iterator[list[ExtractedMove]]:
    """Moves of many articles, one list per article, in order (those scored at least
    ``min_confidence``).

    Articles are grouped by language and tokenised with ``nlp.pipe`` in batches, which is
    what makes large runs fast; results come back in input order.
    """
    m = matchers_for(registry or Registry.default())
    asm = _assembler(m)
    texts = list(texts)
    years = list(ref_years) if ref_years is not None else [None] * len(texts)
    # without a date from the feed, the dateline's year dates "this year" and plans
    years = [y if y is not None else dateline_year(t) for y, t in zip(years, texts)]
    langs = [detect_lang(t) if lang == "auto" else lang for t in texts]
    results: list[list[ExtractedMove] | None] = [None] * len(texts)
    for lg in ("en", "zh"):
        idx = [i for i, l in enumerate(langs) if l == lg]
        if not idx:
            continue
        # traditional characters are read as simplified (same offsets); quotes and names
        # are then taken from the text as written
        work = {i: to_simplified(texts[i]) if lg == "zh" else texts[i] for i in idx}
        for i, doc in zip(idx, m.docs([work[i] for i in idx], lg, batch_size)):
            mentions = m.mentions(work[i], lg, doc, years[i])
            found = asm.assemble(work[i], mentions, lg, years[i])
            for mv, p in zip(found, move_scores(work[i], lg, mentions, found)):
                mv.rule_confidence = mv.confidence
                mv.confidence = round(p, 2)
            if work[i] is not texts[i] and work[i] != texts[i]:
                found = [_as_written(mv, texts[i]) for mv in found]
            results[i] = [mv for mv in found if mv.confidence >= min_confidence and goes_abroad(mv)]
    for r in results:
        yield r or []
