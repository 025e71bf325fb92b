#!/bin/sh
# PostgreSQL's first start (docker-entrypoint-initdb.d): the two roles the store uses. wirecopy_owner owns the
# database and its schema (Flyway migrates as it); wirecopy_app may only read and write the rows of the tables
# wirecopy_owner creates. Neither is a superuser. Passwords come from the secrets volume.
set -eu
dir=/run/wirecopy-secrets
owner=$(cat "$dir/owner-password")
app=$(cat "$dir/app-password")
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner="$owner" -v app="$app" <<'SQL'
CREATE ROLE wirecopy_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner';
CREATE ROLE wirecopy_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app';
CREATE DATABASE wirecopy OWNER wirecopy_owner;
\connect wirecopy
REVOKE ALL ON DATABASE wirecopy FROM PUBLIC;
GRANT CONNECT ON DATABASE wirecopy TO wirecopy_owner, wirecopy_app;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
ALTER SCHEMA public OWNER TO wirecopy_owner;
GRANT USAGE ON SCHEMA public TO wirecopy_app;
ALTER DEFAULT PRIVILEGES FOR ROLE wirecopy_owner IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO wirecopy_app;
ALTER DEFAULT PRIVILEGES FOR ROLE wirecopy_owner IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO wirecopy_app;
SQL
