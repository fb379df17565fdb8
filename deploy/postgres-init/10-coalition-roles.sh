#!/bin/sh
# Runs once, when the PostgreSQL volume is new (docker-entrypoint-initdb.d), as the superuser.
# Creates the owner of Coalition's database as a login role WITHOUT superuser: it runs the migrations,
# owns the tables and creates the non-owner application role the requests use (hence CREATEROLE). Row-level
# security is forced on every table, for the owner too: seeding and maintenance need BYPASSRLS. Requests never
# use this role: they log in as the application role, which has neither.
set -eu
password="$(tr -d '\n' < "${DB_PASSWORD_FILE:-/run/secrets/db_password}")"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner="$COALITION_DB_OWNER" -v db="$COALITION_DB" -v password="$password" <<'SQL'
CREATE ROLE :"owner" LOGIN NOSUPERUSER BYPASSRLS NOCREATEDB CREATEROLE PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"owner";
\connect :"db"
ALTER SCHEMA public OWNER TO :"owner";
SQL
