-- A text as search lexemes of one weight: English and Russian snowball stems (the russian
-- configuration stems ASCII words with the English stemmer too) and every word as written ('simple':
-- Tajik, Georgian, French and names match as typed, and prefixes match the written form).
-- search_query builds the matching query.
CREATE OR REPLACE FUNCTION search_document(p_text text, p_weight "char")
 RETURNS tsvector
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
 SET search_path TO 'public', 'pg_temp'
AS $$
        SELECT setweight(to_tsvector('english'::regconfig, coalesce(p_text, ''))
                      || to_tsvector('russian'::regconfig, coalesce(p_text, ''))
                      || to_tsvector('simple'::regconfig, coalesce(p_text, '')), p_weight)
      $$;
