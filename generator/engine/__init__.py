"""The mathematics: the exact network, the symbolic chain rule, and the steps a person would write.

- :mod:`.network` — the float64 forward and backward pass (activations and losses as one table
  of f and f'); CPU-independent kernels, so the same spec gives the same bits everywhere.
- :mod:`.symbolic` — SymPy: the derivatives the documents state, and an independent gradient
  oracle (the whole loss differentiated); :mod:`.derivation` — the general derivation section.
- :mod:`.notation` — the name of every quantity in each notation preset, and the titles and
  symbols of activations and losses.
- :mod:`.expr` — small expression nodes for substituted lines, evaluated in Decimal.
- :mod:`.chains` — one printed equation (a chain) and the per-neuron chain builders;
  :mod:`.trace` — the ordered chains of a whole walkthrough; :mod:`.matrixform` — the same in
  matrix form for large networks.
- :mod:`.notes` — numerical notes (saturated neurons); :mod:`.cache` — the per-user cache of
  work that depends only on the architecture.

Numbers are rounded only through :mod:`generator.numfmt`. May import: the foundation
(:mod:`generator.errors`, :mod:`generator.numfmt`), :mod:`generator.spec` and this wing. It never
formats a document or reads one.
"""
