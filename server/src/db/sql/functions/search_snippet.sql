-- A short excerpt of a text around a search's matches, matched words between [[ and ]]. Only ever given
-- text the caller read under the policies. The russian configuration stems Russian and English words
-- as search_query does; a text whose matches it does not mark (a prefix of a Tajik or Georgian word) is
-- excerpted with 'simple' instead.
CREATE OR REPLACE FUNCTION search_snippet(p_text text, p_query tsquery)
 RETURNS text
 LANGUAGE sql
 STABLE PARALLEL SAFE
 SET search_path TO 'public', 'pg_temp'
AS $$
        SELECT CASE WHEN s LIKE '%[[%' THEN s ELSE ts_headline('simple'::regconfig, p_text, p_query, o) END
          FROM (SELECT 'StartSel=[[, StopSel=]], MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "' AS o) opts,
               LATERAL (SELECT ts_headline('russian'::regconfig, p_text, p_query, o) AS s) h
      $$;
