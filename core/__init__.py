"""The core: pure domain rules that the till and the platform both apply, so both give the same answer.

The cloud-shelf allocation rule and size order, the customer's contact details, pickup and order
codes, item codes and typed amounts, and the catalogue CSV format. No I/O, no database, no Qt and
nothing else of ours: every module here takes values and returns values (third-party libraries such
as argon2, babel and python-stdnum are fine). The names the wire carries (event types, states,
headers, limits) stay in ``sync.protocol``; the rules that read them live here.
"""
