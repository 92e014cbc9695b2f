"""Exam variants: one exercise, N fair versions, each with its sheet and its verified key.

- :mod:`.draw` — drawing each variant's numbers (:mod:`generator.spec.rng`) under the
  constraints, and the true value of each asked quantity.
- :mod:`.distract` — what each catalogued mistake gives for each asked quantity.
- :mod:`.choices` — a multiple-choice question's lettered options (seeded, balanced letters).
- :mod:`.variant` — building one variant: its trace, verified key (Markdown, LaTeX, JSON,
  HTML) and question sheet, answers with tolerances.
- :mod:`.booklet` — the class booklets of all sheets and all keys.
- :mod:`.run` — the whole run: workers, files, manifest, report.
- :mod:`.lms` — Moodle XML, QTI 2.1 and Canvas QTI 1.2.
- :mod:`.grade` — ``nnwalk grade``: a class's answers read and judged against a run's manifest.
- :mod:`.gradereport` — its files: grades and diagnoses (CSV), feedback per student, the summary and its chart.

May import: every wing below it — the foundation, :mod:`generator.spec`, :mod:`generator.check`,
:mod:`generator.engine`, :mod:`generator.certify`, :mod:`generator.render` and
:mod:`generator.verify` — and this wing; never :mod:`generator.api` or :mod:`generator.cli`.
"""
