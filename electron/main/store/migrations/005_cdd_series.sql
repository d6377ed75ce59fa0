-- Each structure's CDD hours for one occupation, month by month, kept summed (issue 3, section 6:
-- the pooling analysis of a regional file, 2,000 structures × 120 occupations × 10 years, must
-- cost a small multiple of one GROUP BY over cdd_entry). The analysis reads one row per
-- (occupation, structure), some 16,000, instead of 1.3 million rows.
--
-- `hours` and `contracts` are little-endian float64 arrays, one slot per month from `first_month`
-- (SQLite's SUM of the month's rows, in the order of cdd_entry_occupation_month, so the figures
-- equal those read from cdd_entry). They are derived data: cdd_entry stays the truth.
--
-- Triggers mark every (occupation, structure) whose rows change as stale, whatever writes them
-- (an import, a re-import, a merge of occupations, a structure deleted). The store recomputes the
-- stale ones in the same transaction as the change, and a reader that still meets a stale pair
-- sums its rows itself, so a series is never read out of date.
CREATE TABLE cdd_series (
  occupation_id INTEGER NOT NULL REFERENCES occupation (id) ON DELETE CASCADE,
  structure_id INTEGER NOT NULL REFERENCES structure (id) ON DELETE CASCADE,
  first_month TEXT NOT NULL CHECK (first_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  hours BLOB NOT NULL,
  contracts BLOB NOT NULL,
  PRIMARY KEY (occupation_id, structure_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE cdd_series_stale (
  occupation_id INTEGER NOT NULL,
  structure_id INTEGER NOT NULL,
  PRIMARY KEY (occupation_id, structure_id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER cdd_entry_series_insert AFTER INSERT ON cdd_entry BEGIN
  INSERT OR IGNORE INTO cdd_series_stale (occupation_id, structure_id) VALUES (NEW.occupation_id, NEW.structure_id);
END;
CREATE TRIGGER cdd_entry_series_delete AFTER DELETE ON cdd_entry BEGIN
  INSERT OR IGNORE INTO cdd_series_stale (occupation_id, structure_id) VALUES (OLD.occupation_id, OLD.structure_id);
END;
CREATE TRIGGER cdd_entry_series_update AFTER UPDATE OF structure_id, occupation_id, month, hours, contracts ON cdd_entry BEGIN
  INSERT OR IGNORE INTO cdd_series_stale (occupation_id, structure_id) VALUES (OLD.occupation_id, OLD.structure_id);
  INSERT OR IGNORE INTO cdd_series_stale (occupation_id, structure_id) VALUES (NEW.occupation_id, NEW.structure_id);
END;

-- A file made before this version: every pair is computed once, when the file is opened.
INSERT OR IGNORE INTO cdd_series_stale (occupation_id, structure_id) SELECT DISTINCT occupation_id, structure_id FROM cdd_entry;
