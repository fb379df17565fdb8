-- Is this one consent counting today? The same test as consent_covers, for showing a consent's `active`.
CREATE OR REPLACE FUNCTION consent_is_active(p_withdrawn_at timestamptz, p_given_on date, p_expires_on date)
RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT p_withdrawn_at IS NULL
     AND p_given_on <= (now() AT TIME ZONE 'UTC')::date
     AND (p_expires_on IS NULL OR p_expires_on >= (now() AT TIME ZONE 'UTC')::date)
$$;
