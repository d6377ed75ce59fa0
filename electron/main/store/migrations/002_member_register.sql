-- The member register (DOMAIN.md, workflow 1): members and non-member partners alike.
-- Commune and EPCI names are copied from the offline directory at save time, so the
-- register reads the same on a machine with another version of the directory.
CREATE TABLE structure (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  finess_et TEXT NOT NULL DEFAULT '',
  finess_ej TEXT NOT NULL DEFAULT '',
  siret TEXT NOT NULL DEFAULT '',
  type TEXT,
  field TEXT,
  address TEXT NOT NULL DEFAULT '',
  postcode TEXT NOT NULL DEFAULT '',
  commune_code TEXT NOT NULL DEFAULT '',
  commune_name TEXT NOT NULL DEFAULT '',
  department_code TEXT NOT NULL DEFAULT '',
  epci_code TEXT NOT NULL DEFAULT '',
  epci_name TEXT NOT NULL DEFAULT '',
  opca TEXT,
  headcount INTEGER,
  fte REAL,
  notes TEXT NOT NULL DEFAULT '',
  -- where the row came from: 'manual', 'finess', 'workbook'
  source TEXT NOT NULL DEFAULT 'manual',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- One FINESS establishment, one SIRET: a second row with the same one is a duplicate.
CREATE UNIQUE INDEX structure_finess_et ON structure (finess_et) WHERE finess_et <> '';
CREATE UNIQUE INDEX structure_siret ON structure (siret) WHERE siret <> '';
CREATE INDEX structure_epci ON structure (epci_code);

CREATE TABLE contact (
  id INTEGER PRIMARY KEY,
  structure_id INTEGER NOT NULL REFERENCES structure (id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT 'other',
  role_label TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX contact_structure ON contact (structure_id);

CREATE TABLE membership (
  structure_id INTEGER NOT NULL REFERENCES structure (id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  is_member INTEGER NOT NULL CHECK (is_member IN (0, 1)),
  fee_cents INTEGER,
  paid_on TEXT,
  PRIMARY KEY (structure_id, year)
) STRICT;
