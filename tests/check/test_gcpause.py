"""Checking a document with the cyclic collector paused (see ``check.gcpause``) leaves nothing for it to free.

``verify`` pauses CPython's cyclic garbage collector while it checks a document, which is only
sound if what the check builds is freed by reference counting alone: otherwise a 10 MB
document would keep every token and tree of its check alive until the collector ran again.
The tests check a document with every kind of relation — math, plain text, a table, a parse
error kept as "not checked", wrong values carried forward, a level-2 match — and count what is
left for the collector: nothing.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from generator.check.gcpause import collector_paused, detached
from generator.spec.load import load_spec
from generator.verify.run import verify_text

ROOT = Path(__file__).resolve().parents[2]

MIXED = r"""
# A walkthrough with a bit of everything

$$ z = 0.15 \cdot 0.05 + 0.2 \cdot 0.1 + 0.35 = 0.3775 $$

$$ h = \frac{1}{1 + e^{-0.3775}} = 0.59327 $$

$$ e = 0.59327 \cdot 2 = 1.1866 $$ and then $$ e + 1 = 2.1865 $$

$$ 2 \cdot ) = 4 $$ and $$ \alpha = \beta $$

a4 = 1 / (1 + exp(-0.7)) = 0.332

| x | $0.5 \times 2$ | $1.0$ |
|---|---|---|
| y | $0.5 \times 4$ | $2.5$ |
"""


def _left_for_the_collector(run) -> int:  # noqa: ANN001
    """Objects only the cyclic collector could free after ``run()`` (its result dropped)."""
    run()  # warm: memos, lazily built tables and imports are not the document's garbage
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        run()
        return gc.collect()
    finally:
        if was:
            gc.enable()


def test_a_mixed_document_leaves_no_cycles() -> None:
    def run() -> None:
        report = verify_text(MIXED, "mixed.md", "md")
        assert report.report.checked >= 5 and report.report.not_checked >= 1 and report.errors >= 1
        assert any(s.reason.startswith("parse:") for s in report.report.skipped)

    assert _left_for_the_collector(run) == 0


@pytest.mark.parametrize("name", ["seed000.md", "softmax_ce.tex", "adam.md", "seed000.md with a wrong value"])
def test_nnwalk_outputs_leave_no_cycles(name: str) -> None:
    text = (ROOT / "output" / name.split()[0]).read_text(encoding="utf-8")
    if "wrong" in name:  # level 1's error, the values carried from it, level 2's wrong named values
        at = text.index(" &= 0.55971")  # h_1 printed wrong, and used so in what follows
        text = text[:at] + text[at:].replace("0.55971", "0.55991")
    spec = load_spec(ROOT / "specs" / (name.split(".")[0] + ".yaml"))

    def run() -> None:
        report = verify_text(text, name.split()[0], "auto", spec)
        assert report.level2 is not None
        assert ("wrong" in name) == (report.summary()["propagated"] > 0)

    assert _left_for_the_collector(run) == 0


def test_collector_paused_restores_the_state_it_found() -> None:
    was = gc.isenabled()
    try:
        gc.enable()
        with collector_paused():
            assert not gc.isenabled()
        assert gc.isenabled()
        with pytest.raises(KeyError), collector_paused():
            raise KeyError("x")
        assert gc.isenabled()
        gc.disable()  # a caller that turned it off itself keeps it off
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_verify_text_checks_with_the_collector_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    import generator.verify.run as run

    seen: list[bool] = []
    extract = run.extract_chains
    monkeypatch.setattr(run, "extract_chains", lambda *a: seen.append(gc.isenabled()) or extract(*a))
    assert gc.isenabled()
    verify_text(MIXED, "mixed.md", "md")
    assert seen == [False] and gc.isenabled()


def test_detached_keeps_the_message_and_drops_the_frames() -> None:
    try:
        try:
            raise KeyError("inner")
        except KeyError:
            raise ValueError("outer") from None
    except ValueError as exc:
        kept = detached(exc)
    assert kept.__traceback__ is None and kept.__context__ is None and str(kept) == "outer"
