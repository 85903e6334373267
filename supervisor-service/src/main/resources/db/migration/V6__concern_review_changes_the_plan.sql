-- A review may change the action plan: the actions and support agreed from then on (null when unchanged).
ALTER TABLE concern_review ADD COLUMN actions TEXT;
ALTER TABLE concern_review ADD COLUMN support_offered TEXT;
CREATE INDEX concern_review_concern ON concern_review (concern_id, reviewed_at);
CREATE INDEX concern_placement_open ON concern (placement_id) WHERE resolved_at IS NULL;
CREATE INDEX concern_raised_by_open ON concern (raised_by) WHERE resolved_at IS NULL;
