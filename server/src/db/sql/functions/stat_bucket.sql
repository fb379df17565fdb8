-- One statistics bucket: its count, or suppressed when it is 1 to p_threshold - 1.
CREATE OR REPLACE FUNCTION stat_bucket(p_key text, p_count bigint, p_threshold integer)
 RETURNS jsonb
 LANGUAGE sql
 IMMUTABLE
AS $$
        SELECT CASE WHEN p_count BETWEEN 1 AND p_threshold - 1
                    THEN jsonb_build_object('key', p_key, 'count', NULL, 'suppressed', true)
                    ELSE jsonb_build_object('key', p_key, 'count', p_count, 'suppressed', false) END
      $$;
