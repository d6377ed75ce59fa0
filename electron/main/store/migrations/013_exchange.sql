-- The exchange among members (DOMAIN.md, workflow 7; issue 13): job ads, candidates and their CVs,
-- free places in trainings, passed from one member to the others through the coordinator's file.
-- Candidates are people (007): every table about one references person (id) ON DELETE CASCADE, so
-- erasing the person erases the CV, the consent and the wishes in the same statement. Health data
-- (RQTH, disability) is never a column: the coordinator writes nothing of it anywhere.

-- A member's job ad. No personal data: the ad names a structure and an occupation, never a person.
CREATE TABLE job_ad (
  id INTEGER PRIMARY KEY,
  structure_id INTEGER NOT NULL REFERENCES structure (id) ON DELETE CASCADE,
  occupation_id INTEGER REFERENCES occupation (id) ON DELETE SET NULL,
  -- the title as the member wrote it (« Aide-soignant(e) de nuit »), shown and exported as is
  title TEXT NOT NULL,
  contract TEXT NOT NULL CHECK (contract IN ('cdd', 'cdi', 'replacement', 'partTime')),
  -- weekly hours, decimals (24,5 h)
  hours_per_week REAL CHECK (hours_per_week IS NULL OR (hours_per_week > 0 AND hours_per_week <= 48)),
  starts_on TEXT,
  ends_on TEXT,
  -- INSEE code of the commune where the job is (the structure's by default); the name is copied
  -- at save time as for structures, so the list reads the same with another directory version
  commune_code TEXT NOT NULL DEFAULT '',
  commune_name TEXT NOT NULL DEFAULT '',
  epci_code TEXT NOT NULL DEFAULT '',
  department_code TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'filled', 'withdrawn')),
  published_on TEXT NOT NULL,
  -- set when the ad is filled or withdrawn, cleared when it is reopened
  closed_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (ends_on IS NULL OR starts_on IS NULL OR starts_on <= ends_on)
) STRICT;
CREATE INDEX job_ad_structure ON job_ad (structure_id);
CREATE INDEX job_ad_status ON job_ad (status, published_on);

-- What makes a person a candidate: where they live, how far they would go, when they are free,
-- and their consent (CNIL: a CV is shared only with consent, with the members it names). The last
-- contact is person.last_contact_on; person.retention_until is kept at two years after it.
CREATE TABLE candidate (
  person_id INTEGER PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
  commune_code TEXT NOT NULL DEFAULT '',
  commune_name TEXT NOT NULL DEFAULT '',
  epci_code TEXT NOT NULL DEFAULT '',
  department_code TEXT NOT NULL DEFAULT '',
  -- the area they would work in, around their commune
  mobility TEXT NOT NULL DEFAULT 'epci' CHECK (mobility IN ('commune', 'epci', 'department')),
  available_from TEXT,
  -- free text the coordinator types (« mi-temps, pas le week-end »), never health data
  availability TEXT NOT NULL DEFAULT '',
  -- 'none' until the person agrees; 'allMembers' or 'someMembers' (candidate_consent_member)
  consent_scope TEXT NOT NULL DEFAULT 'none' CHECK (consent_scope IN ('none', 'allMembers', 'someMembers')),
  consent_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((consent_scope = 'none') = (consent_on IS NULL))
) STRICT;

-- The members a candidate agreed to be shown to, when the consent names some of them.
CREATE TABLE candidate_consent_member (
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  structure_id INTEGER NOT NULL REFERENCES structure (id) ON DELETE CASCADE,
  PRIMARY KEY (person_id, structure_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX candidate_consent_member_structure ON candidate_consent_member (structure_id);

-- The occupations a candidate wishes to work in (from the file's occupations, ROME-coded).
CREATE TABLE candidate_occupation (
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  occupation_id INTEGER NOT NULL REFERENCES occupation (id) ON DELETE CASCADE,
  PRIMARY KEY (person_id, occupation_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX candidate_occupation_occupation ON candidate_occupation (occupation_id);

-- The CV itself, inside the association file (one file to back up, and erasure can scrub it).
-- Its type is the one its content shows (PDF, DOCX, ODT, image), checked on the way in, and
-- 10 MB at most. One CV per candidate: a new one replaces the old.
CREATE TABLE candidate_cv (
  person_id INTEGER PRIMARY KEY REFERENCES person (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size_bytes INTEGER NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
  sha256 TEXT NOT NULL,
  content BLOB NOT NULL,
  added_at TEXT NOT NULL
) STRICT;

-- Free places in a training, offered to the other members' staff: typed in by the coordinator
-- (or copied from a training session of issue 12). No personal data.
CREATE TABLE training_place (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  -- the member that has the places to give
  structure_id INTEGER REFERENCES structure (id) ON DELETE SET NULL,
  -- who it is for (optional): an occupation of the file
  occupation_id INTEGER REFERENCES occupation (id) ON DELETE SET NULL,
  organiser TEXT NOT NULL DEFAULT '',
  starts_on TEXT,
  ends_on TEXT,
  commune_code TEXT NOT NULL DEFAULT '',
  commune_name TEXT NOT NULL DEFAULT '',
  seats INTEGER NOT NULL CHECK (seats BETWEEN 1 AND 500),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'taken', 'cancelled')),
  notes TEXT NOT NULL DEFAULT '',
  -- where the row came from: 'typed', or 'training' when copied from a training session
  source TEXT NOT NULL DEFAULT 'typed' CHECK (source IN ('typed', 'training')),
  -- the session it was copied from (issue 12's table), to avoid copying it twice
  source_ref TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (ends_on IS NULL OR starts_on IS NULL OR starts_on <= ends_on)
) STRICT;
CREATE UNIQUE INDEX training_place_source ON training_place (source_ref) WHERE source_ref IS NOT NULL;
