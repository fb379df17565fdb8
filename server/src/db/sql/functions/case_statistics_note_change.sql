-- Every statement that writes cases or events leaves a row in case_statistics_changes (inserts only, so
-- writers never wait on each other): the rollup is not served while one is there (triggers/cases.sql,
-- triggers/case_events.sql).
CREATE OR REPLACE FUNCTION case_statistics_note_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $$
      BEGIN
        INSERT INTO case_statistics_changes DEFAULT VALUES;
        RETURN NULL;
      END $$;
