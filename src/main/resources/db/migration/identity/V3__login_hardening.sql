ALTER TABLE identity_user ADD COLUMN failed_logins INT NOT NULL DEFAULT 0;
ALTER TABLE identity_user ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE identity_user ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE;
