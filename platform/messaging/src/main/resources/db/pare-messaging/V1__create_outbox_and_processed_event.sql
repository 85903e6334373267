-- Transactional outbox: a row is written in the same transaction as the state change it announces.
CREATE TABLE outbox_event (
    seq             BIGSERIAL PRIMARY KEY,
    event_id        UUID        NOT NULL UNIQUE,
    topic           TEXT        NOT NULL,
    event_key       TEXT        NOT NULL,
    event_type      TEXT        NOT NULL,
    source          TEXT        NOT NULL,
    occurred_at     TIMESTAMPTZ NOT NULL,
    traceparent     TEXT,
    payload         JSON        NOT NULL, -- json, not jsonb: the bytes sent are the bytes written
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at    TIMESTAMPTZ,
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error      TEXT,
    blocked_at      TIMESTAMPTZ
);

-- The relay only ever looks at rows still to send; keep that set small and indexed.
CREATE INDEX outbox_event_unsent ON outbox_event (seq)
    WHERE published_at IS NULL AND blocked_at IS NULL;
-- Rows that failed and wait out a backoff: normally none, so the relay's per-row check stays cheap.
CREATE INDEX outbox_event_retrying ON outbox_event (topic, event_key, seq)
    WHERE published_at IS NULL AND blocked_at IS NULL AND attempts > 0;
CREATE INDEX outbox_event_blocked ON outbox_event (seq) WHERE blocked_at IS NOT NULL;
CREATE INDEX outbox_event_published_at ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- Idempotent consumer: one row per (consumer, event) whose effect has been committed.
CREATE TABLE processed_event (
    consumer     TEXT        NOT NULL,
    event_id     UUID        NOT NULL,
    event_type   TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
