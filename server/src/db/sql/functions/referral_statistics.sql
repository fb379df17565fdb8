-- Referrals counted across the coalition (contract: statistics count referrals by status and by route, the
-- country of the referring case to the country of the receiving organisation), and the hours from referral
-- to acceptance. Statistics are the one place where unreadable referrals are counted: figures only, no id,
-- no text. SECURITY DEFINER for that; the caller must be signed in (app_user_id) and the service applies
-- the LIAISON's suppression to what this returns.
CREATE OR REPLACE FUNCTION referral_statistics()
RETURNS TABLE (kind text, a text, b text, n integer, hours double precision)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT 'status', r.status, NULL::text, count(*)::int, NULL::double precision
    FROM referrals r WHERE app_user_id() IS NOT NULL GROUP BY r.status
  UNION ALL
  SELECT 'route', c.country_code::text, o.country_code::text, count(*)::int, NULL
    FROM referrals r JOIN cases c ON c.id = r.case_id JOIN organisations o ON o.id = r.to_organisation_id
   WHERE app_user_id() IS NOT NULL GROUP BY c.country_code, o.country_code
  UNION ALL
  SELECT 'acceptance', NULL, NULL, count(*)::int,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.decided_at - r.created_at) / 3600.0)
    FROM referrals r WHERE app_user_id() IS NOT NULL AND r.status IN ('ACCEPTED', 'COMPLETED') AND r.decided_at IS NOT NULL
$$;
REVOKE ALL ON FUNCTION referral_statistics() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION referral_statistics() TO @app_role@;
