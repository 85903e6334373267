-- One daily digest per person and day: the key makes a second sweep (or a second instance) send nothing more.
CREATE TABLE digest (
    login_id TEXT NOT NULL,
    day DATE NOT NULL,
    email_id UUID,
    created_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (login_id, day)
);
