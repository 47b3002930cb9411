"""The two SQLite files of `reader` (stdlib sqlite3 only).

- corpus_db.py: the corpus database, in the user cache dir: derived from the folder, rebuilt
  whenever it cannot be trusted.
- state_db.py: the state database, in the user state dir: the user's own data (read marks,
  flags, positions, theme), never rebuilt or dropped.

Nothing in either is ever executed or unpickled.
"""
