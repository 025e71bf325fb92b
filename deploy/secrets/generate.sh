#!/bin/sh
# Run once by compose's "secrets" service: makes the stack's passwords on its first start, random, into the
# volume only PostgreSQL and the store mount; later starts keep them. Nothing here is a working default.
set -eu
dir=/run/wirecopy-secrets
umask 022
make() { # make NAME: 32 random letters and digits, unless NAME exists
  [ -s "$dir/$1" ] || { tr -dc 'A-Za-z0-9' </dev/urandom | head -c 32 >"$dir/$1.tmp" && mv "$dir/$1.tmp" "$dir/$1"; }
}
make postgres-password   # the superuser: only the first start's init script uses it
make owner-password      # wirecopy_owner: owns the schema, Flyway migrates as it
make app-password        # wirecopy_app: reads and writes rows, the store's pool connects as it
chmod 0444 "$dir"/*
echo "secrets ready"
