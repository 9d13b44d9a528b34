-- The in-app inbox. A notification goes to one user, or to everyone of an office or unit;
-- read state is per user (notification_receipt), so an office notification is unread for each until they read it.
CREATE TABLE notification (
    id                  uuid PRIMARY KEY,
    jurisdiction_id     uuid NOT NULL REFERENCES jurisdiction (id),
    recipient_user_id   uuid REFERENCES app_user (id),
    recipient_office_id uuid REFERENCES office (id),
    recipient_unit_id   uuid REFERENCES unit (id),
    kind                text NOT NULL CHECK (kind ~ '^[A-Z0-9_]{2,60}$'),
    title               text NOT NULL,
    body                text NOT NULL,
    link                text,
    entity_type         text,
    entity_id           text,
    created_at          timestamptz NOT NULL,
    CHECK (num_nonnulls(recipient_user_id, recipient_office_id, recipient_unit_id) = 1)
);
CREATE INDEX notification_user ON notification (recipient_user_id, created_at) WHERE recipient_user_id IS NOT NULL;
CREATE INDEX notification_office ON notification (recipient_office_id, created_at) WHERE recipient_office_id IS NOT NULL;
CREATE INDEX notification_unit ON notification (recipient_unit_id, created_at) WHERE recipient_unit_id IS NOT NULL;

CREATE TABLE notification_receipt (
    notification_id uuid NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    user_id         uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    read_at         timestamptz NOT NULL,
    PRIMARY KEY (user_id, notification_id)
);

-- Transactional outbox: written with the change, delivered to integrators' webhooks later.
CREATE TABLE outbox_event (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    jurisdiction_id uuid NOT NULL REFERENCES jurisdiction (id),
    event_type      text NOT NULL,
    aggregate_type  text NOT NULL,
    aggregate_id    text NOT NULL,
    payload         jsonb NOT NULL,
    created_at      timestamptz NOT NULL,
    delivered_at    timestamptz
);
CREATE INDEX outbox_event_pending ON outbox_event (id) WHERE delivered_at IS NULL;
