-- The lock and the TOTP requirement change only through organisation_set_security (a definer function,
-- running as the table's owner): the organisations_update policy lets an ADMIN or the COORDINATOR
-- change the other columns, and must not let a password-only session unlock.
CREATE OR REPLACE FUNCTION organisations_guard()
 RETURNS trigger
 LANGUAGE plpgsql
AS $$
      BEGIN
        IF (NEW.locked_at IS DISTINCT FROM OLD.locked_at OR NEW.locked_by_user_id IS DISTINCT FROM OLD.locked_by_user_id
            OR NEW.require_totp IS DISTINCT FROM OLD.require_totp)
           AND current_user = '@app_role@' THEN
          RAISE EXCEPTION 'an organisation''s lock and TOTP requirement change only through organisation_set_security' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
      END $$;
