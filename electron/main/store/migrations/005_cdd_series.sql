-- Each occupation's CDD hours, structure by structure and month by month, kept summed (issue 3,
-- section 6: the pooling analysis of a regional file, 2,000 structures × 120 occupations × 10
-- years, must cost a small multiple of one GROUP BY over cdd_entry). The analysis reads one row
-- per occupation, about 120, instead of 1.3 million rows.
--
-- `structure_ids` is a little-endian int32 array; `hours` and `contracts` are little-endian
-- float64 arrays of `month_count` slots per structure, in the order of `structure_ids`, from
-- `first_month`. Each slot is SQLite's SUM of the month's rows in the order of
-- cdd_entry_occupation_month, so the figures equal those a GROUP BY over cdd_entry returns.
-- They are derived data: cdd_entry stays the truth.
--
-- Triggers mark every occupation whose rows change as stale, whatever writes them (an import, a
-- re-import, a merge of occupations, a structure deleted). The store recomputes the stale ones in
-- the same transaction as the change, and a reader that still meets a stale occupation sums its
-- rows itself, so a series is never read out of date.
CREATE TABLE cdd_series (
  occupation_id INTEGER PRIMARY KEY REFERENCES occupation (id) ON DELETE CASCADE,
  first_month TEXT NOT NULL CHECK (first_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
  month_count INTEGER NOT NULL CHECK (month_count > 0),
  structure_ids BLOB NOT NULL,
  hours BLOB NOT NULL,
  contracts BLOB NOT NULL
) STRICT;

CREATE TABLE cdd_series_stale (occupation_id INTEGER PRIMARY KEY) STRICT;

CREATE TRIGGER cdd_entry_series_insert AFTER INSERT ON cdd_entry BEGIN
  INSERT OR IGNORE INTO cdd_series_stale (occupation_id) VALUES (NEW.occupation_id);
END;
CREATE TRIGGER cdd_entry_series_delete AFTER DELETE ON cdd_entry BEGIN
  INSERT OR IGNORE INTO cdd_series_stale (occupation_id) VALUES (OLD.occupation_id);
END;
CREATE TRIGGER cdd_entry_series_update AFTER UPDATE OF structure_id, occupation_id, month, hours, contracts ON cdd_entry BEGIN
  INSERT OR IGNORE INTO cdd_series_stale (occupation_id) VALUES (OLD.occupation_id);
  INSERT OR IGNORE INTO cdd_series_stale (occupation_id) VALUES (NEW.occupation_id);
END;

-- A file made before this version: every occupation is computed once, when the file is opened.
INSERT OR IGNORE INTO cdd_series_stale (occupation_id) SELECT DISTINCT occupation_id FROM cdd_entry;
