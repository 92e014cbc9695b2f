"""What a user writes: the spec, and everything that reads or produces one.

- :mod:`.load` — YAML loading (keeps each number's source text, rejects duplicate keys) and
  validation into a :class:`~generator.spec.load.Spec`, with errors that name the field.
- :mod:`.variants` — the ``variants:`` and ``exam:`` blocks of an exam spec.
- :mod:`.schema` — the JSON Schema of a spec (``nnwalk schema``), built from the validator's lists.
- :mod:`.starter` — ``nnwalk new``: a commented starter spec.
- :mod:`.rng` — the frozen counter-based generator behind seeded draws (starter specs, exam variants).

May import: the foundation (:mod:`generator.errors`, :mod:`generator.numfmt`) and this wing.
Nothing here computes a network.
"""
