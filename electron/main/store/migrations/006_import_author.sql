-- Who imported each file (issue 3: "the import log keeps the file name, its sha256, who/when, and
-- the counts"): the computer account's name, as office programs record a document's author. The
-- file travels between coordinators; the log says whose hands a figure came through. Earlier
-- imports stay '' (unknown).
ALTER TABLE cdd_import ADD COLUMN imported_by TEXT NOT NULL DEFAULT '';
ALTER TABLE import_log ADD COLUMN imported_by TEXT NOT NULL DEFAULT '';
