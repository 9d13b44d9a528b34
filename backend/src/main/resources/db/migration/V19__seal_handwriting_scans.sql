-- A denouncer's handwriting is part of the identity (Law on Denunciation 2018, art. 47): the scans of a petition that show
-- it are taken out of the attachment store at intake and kept here sealed like the identity (AES-256-GCM under the
-- configured key: the file name and type in `sealed_meta`, the bytes in `sealed_content`); only a handler gets one, each
-- time with a reason, recorded as a disclosure.
CREATE TABLE petition_identity_scan (
    id              uuid PRIMARY KEY,
    petition_id     uuid NOT NULL REFERENCES petition (id) ON DELETE CASCADE,
    position        int NOT NULL CHECK (position > 0),
    sealed_meta     bytea NOT NULL,
    sealed_content  bytea NOT NULL,
    key_id          text NOT NULL,
    UNIQUE (petition_id, position)
);
ALTER TABLE petition_identity_disclosure ADD COLUMN scan_id uuid REFERENCES petition_identity_scan (id);
