-- Row-level security of password_reset_attempts: every policy of the table (applying this file drops the others).
-- Requests are counted before anyone is signed in, for known and unknown emails alike: hashes and times only.

CREATE POLICY password_reset_attempts_any ON password_reset_attempts FOR ALL
  USING (true)
  WITH CHECK (true);
