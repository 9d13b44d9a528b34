-- The default unit list is sorted by name within a jurisdiction; `make bench` showed a full sort of every unit
-- of the jurisdiction on each page without this index.
CREATE INDEX unit_jurisdiction_name ON unit (jurisdiction_id, name, id);
