-- How long the association keeps a person's data, per kind of person, in months after the last
-- contact (or after the record was created when no contact is dated). Defaults follow the CNIL's
-- recruitment guidance (a CV: 2 years after the last contact); the coordinator may change them,
-- which only moves the retention date of people created or contacted afterwards.
CREATE TABLE retention_setting (
  kind TEXT PRIMARY KEY
    CHECK (kind IN ('employee', 'replacement', 'candidate', 'trainee', 'other')),
  months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 120),
  updated_at TEXT NOT NULL
) STRICT;
INSERT INTO retention_setting (kind, months, updated_at) VALUES
  ('employee', 24, '2026-01-01T00:00:00.000Z'),
  ('replacement', 24, '2026-01-01T00:00:00.000Z'),
  ('candidate', 24, '2026-01-01T00:00:00.000Z'),
  ('trainee', 36, '2026-01-01T00:00:00.000Z'),
  ('other', 12, '2026-01-01T00:00:00.000Z');
