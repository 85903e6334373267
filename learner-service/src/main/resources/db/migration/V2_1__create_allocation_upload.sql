-- Each allocation upload, for the audit and to show idempotency: a re-upload records 0 created, 0 updated.
-- (Version 2.1, not 2: reflections take V2 in parallel.)
CREATE TABLE allocation_upload (
    id                   UUID PRIMARY KEY,
    university_id        UUID        NOT NULL,
    uploaded_by          TEXT        NOT NULL, -- the admin's login id (token `sub`)
    file_sha256          TEXT        NOT NULL,
    row_count            INT         NOT NULL,
    placements_created   INT         NOT NULL,
    placements_updated   INT         NOT NULL,
    placements_unchanged INT         NOT NULL,
    people_created       INT         NOT NULL,
    people_updated       INT         NOT NULL,
    uploaded_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX allocation_upload_university ON allocation_upload (university_id, uploaded_at);
