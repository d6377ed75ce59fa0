-- The charter of concerted intervention and the newsletters (DOMAIN.md, workflows 5 and 6).

-- Versions of the charter text. The current version (the latest adopted one) is the one people
-- sign; earlier versions stay readable, so a signature always points at the text it accepted.
-- content is TipTap JSON, sanitised before it is stored.
CREATE TABLE charter_version (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  content TEXT NOT NULL,
  -- ISO date of adoption; NULL while the text is still being written
  adopted_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- A signatory is either a structure of the register or an individual health professional, who is
-- a person (GDPR: erasing the person erases the signature, through the cascade).
CREATE TABLE charter_signatory (
  id INTEGER PRIMARY KEY,
  structure_id INTEGER REFERENCES structure (id) ON DELETE CASCADE,
  person_id INTEGER REFERENCES person (id) ON DELETE CASCADE,
  -- for a professional only: « Infirmière libérale », « Masseur-kinésithérapeute »…
  profession TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  postcode TEXT NOT NULL DEFAULT '',
  commune_code TEXT NOT NULL DEFAULT '',
  -- field of intervention, in the signatory's words (« soins à domicile, personnes âgées »)
  field TEXT NOT NULL DEFAULT '',
  version_id INTEGER NOT NULL REFERENCES charter_version (id),
  signed_on TEXT NOT NULL,
  withdrawn_on TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((structure_id IS NULL) <> (person_id IS NULL)),
  CHECK (withdrawn_on IS NULL OR withdrawn_on >= signed_on)
) STRICT;
CREATE INDEX charter_signatory_structure ON charter_signatory (structure_id);
CREATE INDEX charter_signatory_person ON charter_signatory (person_id);

-- The territory a signatory covers, as declared: whole EPCIs or single communes. An EPCI is kept as
-- an EPCI (not expanded) so the annex reads as the signatory said it; the map expands it.
CREATE TABLE charter_territory (
  signatory_id INTEGER NOT NULL REFERENCES charter_signatory (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('commune', 'epci')),
  code TEXT NOT NULL,
  -- the name at save time, so the annex reads the same with another directory
  name TEXT NOT NULL,
  PRIMARY KEY (signatory_id, kind, code)
) STRICT;

-- Numbered newsletters. sections is JSON (text sections as sanitised TipTap JSON, data blocks by
-- kind). A published letter is frozen: frozen holds every figure, list and glossary entry it
-- printed, and the letter is rendered from it, whatever the data becomes.
CREATE TABLE newsletter (
  id INTEGER PRIMARY KEY,
  number INTEGER NOT NULL UNIQUE CHECK (number > 0),
  title TEXT NOT NULL,
  -- « Décembre 2013 », « Hiver 2014 » : a date or a period, as printed
  period TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  sections TEXT NOT NULL,
  frozen TEXT,
  published_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((status = 'published') = (frozen IS NOT NULL))
) STRICT;

-- Images the user adds to a letter: stored in the file, never loaded from the web.
CREATE TABLE newsletter_image (
  id INTEGER PRIMARY KEY,
  newsletter_id INTEGER NOT NULL REFERENCES newsletter (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  mime TEXT NOT NULL CHECK (mime IN ('image/png', 'image/jpeg', 'image/webp', 'image/gif')),
  data BLOB NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX newsletter_image_letter ON newsletter_image (newsletter_id);

-- The association's own glossary entries: they override (or hide) the sector glossary shipped in
-- resources/glossary, so each association words its acronyms its way.
CREATE TABLE glossary_entry (
  acronym TEXT PRIMARY KEY,
  definition TEXT NOT NULL,
  -- 1 hides a sector entry the association does not want printed
  is_hidden INTEGER NOT NULL DEFAULT 0 CHECK (is_hidden IN (0, 1)),
  updated_at TEXT NOT NULL
) STRICT;

-- People or addresses who asked not to receive the letter (CNIL). Honoured by every recipient list
-- the app builds (trainings, exchange). Compared without case; a person may be named, then the
-- row is theirs (erased with them).
CREATE TABLE newsletter_unsubscribe (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (email <> ''),
  name TEXT NOT NULL DEFAULT '',
  person_id INTEGER REFERENCES person (id) ON DELETE CASCADE,
  asked_on TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT ''
) STRICT;
