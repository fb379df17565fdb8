-- A typed search as a tsquery over search_document's lexemes: every word must match (AND), each in any
-- of its forms: as written, as a prefix when it has 3 letters or more ("mosq" finds "mosque",
-- "мигрант" finds "мигрантов"), its English and Russian stems, and for a Russian stem the fleeting
-- vowel dropped or added ("рынок" finds "рынке", whose stem is "рынк"). NULL when the text holds no
-- word: an empty tsquery ANDed with another yields the other, which would match everything.
-- The parser never makes a lexeme with `~`, so no word matches case_search's access lexemes.
CREATE OR REPLACE FUNCTION search_query(p_query text)
 RETURNS tsquery
 LANGUAGE plpgsql
 STABLE PARALLEL SAFE
 SET search_path TO 'public', 'pg_temp'
AS $$
      DECLARE
        v_word text;
        v_stem text;
        v_forms text[];
        v_word_query tsquery;
        v_query tsquery;
        v_words int := 0;
      BEGIN
        FOR v_word IN SELECT w FROM unnest(tsvector_to_array(to_tsvector('simple'::regconfig, left(coalesce(p_query, ''), 500)))) w ORDER BY w LIMIT 16 LOOP
          v_forms := ARRAY[quote_literal(v_word) || CASE WHEN char_length(v_word) >= 3 THEN ':*' ELSE '' END];
          v_stem := (ts_lexize('english_stem', v_word))[1];
          IF v_stem IS NOT NULL THEN v_forms := v_forms || quote_literal(v_stem); END IF;
          v_stem := (ts_lexize('russian_stem', v_word))[1];
          IF v_stem IS NOT NULL THEN
            v_forms := v_forms || quote_literal(v_stem);
            IF char_length(v_stem) >= 4 AND v_stem ~ '[бвгджзклмнпрстфхцчшщ][оеё][бвгджзклмнпрстфхцчшщ]$' THEN
              v_forms := v_forms || quote_literal(left(v_stem, -2) || right(v_stem, 1));
            ELSIF char_length(v_stem) >= 4 AND v_stem ~ '[бвгджзклмнпрстфхцчшщ][бвгджзклмнпрстфхцчшщ]$' THEN
              v_forms := v_forms || quote_literal(left(v_stem, -1) || 'о' || right(v_stem, 1)) || quote_literal(left(v_stem, -1) || 'е' || right(v_stem, 1));
            END IF;
          END IF;
          v_word_query := to_tsquery('simple'::regconfig, array_to_string(ARRAY(SELECT DISTINCT f FROM unnest(v_forms) f), ' | '));
          v_query := CASE WHEN v_query IS NULL THEN v_word_query ELSE v_query && v_word_query END;
          v_words := v_words + 1;
        END LOOP;
        RETURN CASE WHEN v_words > 0 THEN v_query END;
      END $$;
