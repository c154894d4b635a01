-- When the command centre was told that a proposed order has waited too long: one alert per
-- order, even after the alert is resolved while the order still waits.
ALTER TABLE screening_quarantine ADD COLUMN pending_alerted_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX screening_quarantine_proposed_idx ON screening_quarantine (status, proposed_at);
