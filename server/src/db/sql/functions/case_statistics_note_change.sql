CREATE OR REPLACE FUNCTION case_statistics_note_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $$
      BEGIN
        INSERT INTO case_statistics_changes DEFAULT VALUES;
        RETURN NULL;
      END $$;
