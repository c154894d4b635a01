-- Bucket4j's buckets of the rate limits (sign-in attempts per address, exports per user), shared
-- by every instance on PostgreSQL; state is Bucket4j's serialized bucket, expires_at (epoch
-- milliseconds) when the bucket is full again and its row may be removed. Unused on H2, where
-- the budgets are kept in memory (RateLimitBudgets says why).
CREATE TABLE rate_limit_bucket (
  id         VARCHAR(200) NOT NULL,
  state      BYTEA,
  expires_at BIGINT,
  PRIMARY KEY (id)
);
CREATE INDEX rate_limit_bucket_expires_idx ON rate_limit_bucket (expires_at);
