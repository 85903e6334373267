-- Comparisons with all areas read one period across every area.
CREATE INDEX rollup_item_period ON rollup_item (period, questionnaire_version);
CREATE INDEX rollup_response_period ON rollup_response (period, questionnaire_version);
