-- Where a structure is, as the FINESS extract geolocates it (its `geolocalisation;` lines), so the
-- pooling analysis can join structures within a distance the coordinator sets (issue 3, section 5).
-- X and Y in metres in `location_projection` (LAMBERT_93 in metropolitan France, UTM_N20, UTM_S40…
-- overseas); two points are only compared in the same projection. `location_source` keeps the
-- extract's source text (e.g. "1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93"). All four stay
-- NULL for a structure not located. The `location_` prefix because `source` already says where the
-- row came from (002).
ALTER TABLE structure ADD COLUMN location_x REAL;
ALTER TABLE structure ADD COLUMN location_y REAL;
ALTER TABLE structure ADD COLUMN location_projection TEXT;
ALTER TABLE structure ADD COLUMN location_source TEXT;
