-- Competency grids, bridges between occupations, people's assessments (issue 10, DOMAIN.md
-- workflow 3). Levels are small integers (1 = the lowest named level); « non concerné » is no row.

-- The file's level scale: 4 named levels by default, editable (label and one-line descriptor).
CREATE TABLE competency_level (
  level INTEGER PRIMARY KEY CHECK (level BETWEEN 1 AND 6),
  label TEXT NOT NULL,
  descriptor TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO competency_level (level, label, descriptor) VALUES
  (1, 'Notions', 'Connaît les bases et agit avec l’aide d’un collègue.'),
  (2, 'Pratique', 'Réalise les situations courantes seul, en suivant les consignes.'),
  (3, 'Maîtrise', 'Fait face aux situations difficiles et adapte sa pratique.'),
  (4, 'Expert', 'Transmet, forme les autres et fait évoluer les pratiques.');

-- A competency: ROME's split into savoir-faire / savoir-être professionnel / savoirs. code_ogr is
-- ROME's own id, kept so that a later ROME version can be merged; NULL for the file's own items.
CREATE TABLE competency (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('savoir_faire', 'savoir_etre', 'savoir')),
  code_ogr TEXT UNIQUE,
  -- ROME's enjeu (savoir-faire) or savoir category, for grouping on screen
  enjeu TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- A grid: the levels an occupation requires. structure_id NULL = the reference grid of the
-- occupation; otherwise one employer's own version (a copy of the reference grid to start with).
CREATE TABLE competency_grid (
  id INTEGER PRIMARY KEY,
  occupation_id INTEGER NOT NULL REFERENCES occupation (id) ON DELETE CASCADE,
  structure_id INTEGER REFERENCES structure (id) ON DELETE CASCADE,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
-- One reference grid per occupation, one version per employer and occupation (NULLs are distinct
-- for UNIQUE, hence two partial indexes).
CREATE UNIQUE INDEX competency_grid_reference ON competency_grid (occupation_id) WHERE structure_id IS NULL;
CREATE UNIQUE INDEX competency_grid_employer ON competency_grid (occupation_id, structure_id) WHERE structure_id IS NOT NULL;

CREATE TABLE grid_requirement (
  grid_id INTEGER NOT NULL REFERENCES competency_grid (id) ON DELETE CASCADE,
  competency_id INTEGER NOT NULL REFERENCES competency (id) ON DELETE CASCADE,
  level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 6),
  -- « cœur de métier »: weighs double in the proximity
  is_core INTEGER NOT NULL DEFAULT 0 CHECK (is_core IN (0, 1)),
  PRIMARY KEY (grid_id, competency_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX grid_requirement_competency ON grid_requirement (competency_id);

-- Professional wear of an occupation, each factor 0 (none) to 3 (high): the career paths go from
-- high-wear occupations towards lower-wear ones.
CREATE TABLE occupation_wear (
  occupation_id INTEGER PRIMARY KEY REFERENCES occupation (id) ON DELETE CASCADE,
  physical INTEGER NOT NULL DEFAULT 0 CHECK (physical BETWEEN 0 AND 3),
  night INTEGER NOT NULL DEFAULT 0 CHECK (night BETWEEN 0 AND 3),
  isolation INTEGER NOT NULL DEFAULT 0 CHECK (isolation BETWEEN 0 AND 3),
  emotional INTEGER NOT NULL DEFAULT 0 CHECK (emotional BETWEEN 0 AND 3)
) STRICT;

-- A person's assessed level in one competency (personal data: cascades with the person, see
-- electron/main/store/competencies/personal-data.ts). History is kept: the latest date counts.
CREATE TABLE assessment (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  competency_id INTEGER NOT NULL REFERENCES competency (id) ON DELETE CASCADE,
  level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 6),
  assessed_on TEXT NOT NULL CHECK (assessed_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  assessed_by TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX assessment_person ON assessment (person_id, competency_id, assessed_on);

-- The occupation a person aims at (a move, a pooled position), optionally at one employer: the
-- training needs count the gaps of these targets.
CREATE TABLE person_target (
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  occupation_id INTEGER NOT NULL REFERENCES occupation (id) ON DELETE CASCADE,
  structure_id INTEGER REFERENCES structure (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (person_id, occupation_id)
) STRICT;
CREATE INDEX person_target_occupation ON person_target (occupation_id);
