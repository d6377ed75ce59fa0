-- Shared trainings, the yearly training plan, and the workbooks exchanged with the training funds
-- (DOMAIN.md workflow 4; issue 12). Money is in cents (integers add up exactly), hours are REAL
-- (half days: 3.5 h), dates ISO "YYYY-MM-DD".

-- A training action. plan_year puts it in the yearly shared training plan (NULL = not in a plan
-- yet). duration_hours is what one participant follows: the competencies screen shows it as the
-- hours that close a gap. lheo_ref remembers the LHEO action it was imported from, so that
-- importing the same catalogue again updates instead of duplicating.
CREATE TABLE training (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  theme TEXT NOT NULL DEFAULT '',
  provider_name TEXT NOT NULL DEFAULT '',
  provider_siret TEXT NOT NULL DEFAULT '',
  -- the provider's « numéro de déclaration d'activité » (11 digits), which LHEO requires
  provider_activity_number TEXT NOT NULL DEFAULT '',
  duration_hours REAL NOT NULL DEFAULT 0 CHECK (duration_hours >= 0),
  -- total teaching cost of the action; a participant's share is cost / participants unless set
  cost_cents INTEGER NOT NULL DEFAULT 0 CHECK (cost_cents >= 0),
  places INTEGER CHECK (places IS NULL OR places >= 0),
  location TEXT NOT NULL DEFAULT '',
  -- postcode of the place held (LHEO addresses need one)
  location_postcode TEXT NOT NULL DEFAULT '',
  plan_year INTEGER,
  -- free places are offered to the members (exchange)
  offers_free_places INTEGER NOT NULL DEFAULT 0 CHECK (offers_free_places IN (0, 1)),
  lheo_ref TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX training_plan_year ON training (plan_year);
CREATE UNIQUE INDEX training_lheo_ref ON training (lheo_ref) WHERE lheo_ref <> '';

-- One day (or several consecutive days) of an action.
CREATE TABLE training_session (
  id INTEGER PRIMARY KEY,
  training_id INTEGER NOT NULL REFERENCES training (id) ON DELETE CASCADE,
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  start_time TEXT NOT NULL DEFAULT '',
  end_time TEXT NOT NULL DEFAULT '',
  location TEXT NOT NULL DEFAULT '',
  CHECK (ends_on >= starts_on)
) STRICT;
CREATE INDEX training_session_training ON training_session (training_id, starts_on);

-- A person following an action. structure_id is the employer that sends them (and whose fund
-- pays): kept on the line, since a person may change employer after the training. The fund's
-- answer (funding decision) comes back through the workbook import.
CREATE TABLE training_participant (
  id INTEGER PRIMARY KEY,
  training_id INTEGER NOT NULL REFERENCES training (id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  structure_id INTEGER REFERENCES structure (id) ON DELETE SET NULL,
  occupation_label TEXT NOT NULL DEFAULT '',
  -- this participant's share of the cost when it differs from the even split
  cost_cents INTEGER CHECK (cost_cents IS NULL OR cost_cents >= 0),
  funding_status TEXT NOT NULL DEFAULT 'pending' CHECK (funding_status IN ('pending', 'accepted', 'partial', 'refused')),
  funded_cents INTEGER CHECK (funded_cents IS NULL OR funded_cents >= 0),
  funding_note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (training_id, person_id)
) STRICT;
CREATE INDEX training_participant_person ON training_participant (person_id);
CREATE INDEX training_participant_structure ON training_participant (structure_id);

-- Attendance per session (no row = not recorded yet).
CREATE TABLE training_attendance (
  session_id INTEGER NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
  participant_id INTEGER NOT NULL REFERENCES training_participant (id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
  PRIMARY KEY (session_id, participant_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX training_attendance_participant ON training_attendance (participant_id);

-- Which competencies an action develops (competency from 010): the training needs screen
-- proposes the actions that close a gap.
CREATE TABLE training_competency (
  training_id INTEGER NOT NULL REFERENCES training (id) ON DELETE CASCADE,
  competency_id INTEGER NOT NULL REFERENCES competency (id) ON DELETE CASCADE,
  PRIMARY KEY (training_id, competency_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX training_competency_competency ON training_competency (competency_id);

-- A fund's partner profile: its address, the layout of the workbook sent to it and the column
-- mapping of what it sends back. No public standard defines these layouts (DOMAIN.md), so they are
-- data the coordinator edits, exports and imports, never code. layout and import_mapping are JSON
-- checked by the app's schemas (shared/domain/trainings/opca-layout.ts) on every read and write.
CREATE TABLE opca_profile (
  opca TEXT PRIMARY KEY CHECK (opca IN ('unifaf', 'uniformation', 'other')),
  email TEXT NOT NULL DEFAULT '',
  layout TEXT NOT NULL CHECK (json_valid(layout)),
  import_mapping TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(import_mapping)),
  updated_at TEXT NOT NULL
) STRICT;
