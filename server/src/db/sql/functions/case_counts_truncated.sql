-- A TRUNCATE of cases has no transition table: the counts go with it (triggers/cases.sql).
CREATE OR REPLACE FUNCTION case_counts_truncated()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $$
      BEGIN
        DELETE FROM case_counts;
        RETURN NULL;
      END $$;
