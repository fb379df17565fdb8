-- A statement translation's search vector (search_document): its title weighs above its body. The
-- search box matches and ranks statements by it, through its GIN index, instead of building every
-- translation's vector on each search.
CREATE OR REPLACE FUNCTION statement_translations_search_vector()
 RETURNS trigger
 LANGUAGE plpgsql
AS $$
      BEGIN
        NEW.search := search_document(NEW.title, 'A') || search_document(NEW.body, 'B');
        RETURN NEW;
      END $$;
