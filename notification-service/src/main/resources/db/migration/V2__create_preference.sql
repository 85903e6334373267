-- How each person wants to be told, by sign-in id. No row: e-mail on, quiet 21:00-07:00 Europe/London, no digest.
CREATE TABLE preference (
    login_id TEXT PRIMARY KEY,
    email BOOLEAN NOT NULL,
    quiet_from TIME NOT NULL,
    quiet_until TIME NOT NULL,
    time_zone TEXT NOT NULL,
    daily_digest BOOLEAN NOT NULL
);
