-- National vs provincial administration (issue 23, point 6).
--
-- NATIONAL_ADMIN (quản trị quốc gia): the one role that changes national data — the statutory deadline rules of
-- petitions, the national holiday calendar (holiday years and national holidays) and the scheduled jobs, which run
-- over every jurisdiction. Like every account it belongs to a jurisdiction (the token names one), but it has no office
-- or unit and no rights over that jurisdiction's own data. SYSTEM_ADMIN stays the administrator of one jurisdiction.
ALTER TABLE app_user DROP CONSTRAINT app_user_role_check;
ALTER TABLE app_user ADD CONSTRAINT app_user_role_check
    CHECK (role IN ('SPECIALIST', 'OFFICE_LEADER', 'CHIEF_OF_OFFICE', 'UNIT_OFFICER', 'SYSTEM_ADMIN', 'NATIONAL_ADMIN'));
ALTER TABLE app_user DROP CONSTRAINT app_user_check;
ALTER TABLE app_user ADD CONSTRAINT app_user_check CHECK (
    (role IN ('SPECIALIST', 'OFFICE_LEADER', 'CHIEF_OF_OFFICE') AND office_id IS NOT NULL AND unit_id IS NULL AND jurisdiction_id IS NOT NULL)
 OR (role = 'UNIT_OFFICER' AND unit_id IS NOT NULL AND office_id IS NULL AND jurisdiction_id IS NOT NULL)
 OR (role IN ('SYSTEM_ADMIN', 'NATIONAL_ADMIN') AND office_id IS NULL AND unit_id IS NULL AND jurisdiction_id IS NOT NULL)
);

-- Local holidays: a row with a jurisdiction is a day off of that jurisdiction only (a province's own holiday, e.g. its
-- liberation day, or the day off that compensates one), added and removed by that jurisdiction's administrator; a row
-- without one is national, as every row so far. The working days of a jurisdiction are the national calendar plus its
-- own rows; a local row is never a make-up working day (a province does not shorten the statutory periods), and one
-- day has at most one national row and one row per jurisdiction. A day that is already national is refused locally
-- (409); the national row decides a day that has both.
ALTER TABLE holiday ADD COLUMN jurisdiction_id uuid REFERENCES jurisdiction (id);
ALTER TABLE holiday DROP CONSTRAINT holiday_day_key;
CREATE UNIQUE INDEX holiday_national_day ON holiday (day) WHERE jurisdiction_id IS NULL;
CREATE UNIQUE INDEX holiday_local_day ON holiday (jurisdiction_id, day) WHERE jurisdiction_id IS NOT NULL;
ALTER TABLE holiday ADD CONSTRAINT holiday_local_is_a_day_off CHECK (jurisdiction_id IS NULL OR kind <> 'MAKE_UP_WORKING_DAY');

-- The audit trail of national data: audit_event.jurisdiction_id is the jurisdiction whose data changed, NULL for
-- national data (deadline rules, holiday years, national holidays, job runs); actor_jurisdiction_id the jurisdiction
-- of the account that made the change (NULL on rows written before this migration, where it was jurisdiction_id).
ALTER TABLE audit_event ADD COLUMN actor_jurisdiction_id uuid REFERENCES jurisdiction (id);
CREATE INDEX audit_event_national_time ON audit_event (occurred_at) WHERE jurisdiction_id IS NULL;
