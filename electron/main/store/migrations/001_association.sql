-- The association itself: one row, the name shown in the window title.
CREATE TABLE association (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  territory TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Settings the coordinator may change (e.g. hours in one FTE), as text values.
CREATE TABLE setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

INSERT INTO setting (key, value) VALUES ('fteHoursPerYear', '1607');

-- Every import, so a re-import is recognised and the coordinator can see what came in when.
CREATE TABLE import_log (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  added INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0,
  refused INTEGER NOT NULL DEFAULT 0,
  details TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX import_log_by_hash ON import_log (kind, sha256);
