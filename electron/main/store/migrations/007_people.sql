-- People the association holds data about (DOMAIN.md, GDPR): employees of members, replacements,
-- candidates, trainees. Every table that says something about a person (assessments, CVs,
-- training participations…) references person (id) ON DELETE CASCADE, so that erasing a person
-- erases all of it in one statement; the privacy module then scrubs the freed pages, the WAL and
-- the backups. Health data (RQTH, disability) is never a column here nor anywhere else.
CREATE TABLE person (
  id INTEGER PRIMARY KEY,
  last_name TEXT NOT NULL,
  first_name TEXT NOT NULL DEFAULT '',
  -- 'Mme', 'M.' or '' — kept as typed, never folded into the name
  civility TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'employee'
    CHECK (kind IN ('employee', 'replacement', 'candidate', 'trainee', 'other')),
  structure_id INTEGER REFERENCES structure (id) ON DELETE SET NULL,
  occupation_id INTEGER REFERENCES occupation (id) ON DELETE SET NULL,
  notes TEXT NOT NULL DEFAULT '',
  -- ISO date of the last exchange with the person (CNIL: a CV is kept 2 years after it)
  last_contact_on TEXT,
  -- ISO date past which the person is listed for review (kept, renewed or erased)
  retention_until TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX person_structure ON person (structure_id);
CREATE INDEX person_occupation ON person (occupation_id);
CREATE INDEX person_retention ON person (retention_until);

-- The audit trail (GDPR accountability): imports, exports, purges, erasures — who, when, what
-- kind, how many. It never holds personal data: an erased person is counted, not named. Kept
-- 12 months (the privacy module prunes older lines).
CREATE TABLE audit_event (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  -- 'access-export', 'erasure', 'purge', 'import', 'export', 'share'
  action TEXT NOT NULL,
  -- the kind of data: 'person', 'cv', 'job-ad', 'training-place', 'assessment'…
  subject TEXT NOT NULL,
  count INTEGER NOT NULL DEFAULT 1,
  -- free text for the coordinator, never a name, an e-mail or a file name of a person
  detail TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX audit_event_at ON audit_event (at);
