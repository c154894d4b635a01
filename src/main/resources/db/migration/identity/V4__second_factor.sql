-- Optional TOTP second factor: the shared secret (encrypted like personal data) and the last
-- time step a code was accepted for, so that every code works once.
ALTER TABLE identity_user ADD COLUMN totp_secret VARCHAR(200);
ALTER TABLE identity_user ADD COLUMN totp_last_step BIGINT;
