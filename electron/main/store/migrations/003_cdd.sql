-- CDD usage and job pooling (DOMAIN.md, workflow 2; issue 3).

-- The file's occupations: seeded from resources/occupations/sector-occupations.json (is_custom = 0),
-- then editable; the coordinator may add their own (is_custom = 1). `key` never changes once
-- created, so an exported analysis and the data rows keep meaning the same job.
CREATE TABLE occupation (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL,
  rome_code TEXT,
  rome_parent TEXT,
  family TEXT NOT NULL,
  is_custom INTEGER NOT NULL DEFAULT 0 CHECK (is_custom IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Other ways of writing an occupation in members' workbooks ("ASH", "agent de service").
-- `match_key` is the normalised form the matcher compares, so one spelling names one occupation.
CREATE TABLE occupation_synonym (
  occupation_id INTEGER NOT NULL REFERENCES occupation (id) ON DELETE CASCADE,
  synonym TEXT NOT NULL,
  match_key TEXT NOT NULL,
  -- 'reference' (shipped ROME appellation or sector word) or 'file' (added by the coordinator)
  source TEXT NOT NULL DEFAULT 'file',
  PRIMARY KEY (occupation_id, match_key)
) STRICT;
CREATE INDEX occupation_synonym_key ON occupation_synonym (match_key);

-- Each returned workbook committed: what came in, from whom, for which months. A re-import of the
-- same file or of the same structure and period sets `replaced_by` on the earlier one and deletes
-- its rows, so nothing counts twice while the log still shows what happened.
CREATE TABLE cdd_import (
  id INTEGER PRIMARY KEY,
  structure_id INTEGER REFERENCES structure (id) ON DELETE SET NULL,
  -- kept for the log when the structure is later deleted
  structure_name TEXT NOT NULL,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  recognised_by TEXT NOT NULL CHECK (recognised_by IN ('meta', 'mapping')),
  rows_accepted INTEGER NOT NULL DEFAULT 0,
  rows_refused INTEGER NOT NULL DEFAULT 0,
  hours REAL NOT NULL DEFAULT 0,
  contracts INTEGER NOT NULL DEFAULT 0,
  replaced_by INTEGER REFERENCES cdd_import (id),
  replaced_at TEXT,
  CHECK (period_start <= period_end)
) STRICT;
CREATE INDEX cdd_import_structure ON cdd_import (structure_id, period_start);
CREATE INDEX cdd_import_sha256 ON cdd_import (sha256);

-- One line of a returned workbook: a structure's CDD for one occupation in one month.
-- Lines of the same structure, occupation and month with different reasons stay separate rows.
CREATE TABLE cdd_entry (
  id INTEGER PRIMARY KEY,
  structure_id INTEGER NOT NULL REFERENCES structure (id) ON DELETE CASCADE,
  occupation_id INTEGER NOT NULL REFERENCES occupation (id),
  month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  contracts INTEGER CHECK (contracts >= 0),
  hours REAL NOT NULL CHECK (hours >= 0),
  reason TEXT,
  import_id INTEGER REFERENCES cdd_import (id) ON DELETE CASCADE
) STRICT;
-- The consolidated view groups by occupation and month; the covering columns avoid table reads.
CREATE INDEX cdd_entry_occupation_month ON cdd_entry (occupation_id, month, structure_id, hours, contracts);
CREATE INDEX cdd_entry_structure_month ON cdd_entry (structure_id, month);
CREATE INDEX cdd_entry_import ON cdd_entry (import_id);

-- Collection workbooks prepared, so "who has not answered" knows who was asked.
CREATE TABLE cdd_collection (
  id INTEGER PRIMARY KEY,
  structure_id INTEGER NOT NULL REFERENCES structure (id) ON DELETE CASCADE,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  file_name TEXT NOT NULL,
  prepared_at TEXT NOT NULL
) STRICT;
CREATE INDEX cdd_collection_period ON cdd_collection (period_start, period_end);

INSERT OR IGNORE INTO setting (key, value) VALUES
  ('minCombinedFte', '1'),
  ('minStructures', '2'),
  ('minOccupancy', '0.75'),
  ('maxHoursPerContractMonth', '230');
