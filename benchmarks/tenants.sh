#!/usr/bin/env bash
# Times the sample's twelve revisions fanned out to many schemas of one PostgreSQL database: a tenant set at several
# parallelisms against Flyway called in a loop over the same schemas, and writes the "Tenants" section of
# docs/benchmarks.md (between <!-- tenants:start --> and <!-- tenants:end -->; benchmarks/run.sh keeps it).
#
#   benchmarks/tenants.sh         SCHEMAS=1000 PARALLELISM=1,2,4 NO_OP_ROUNDS=3
#
# Environment (each optional): PGHOST=localhost PGPORT=5432 PGUSER=postgres PGPASSWORD=  OUT=docs/benchmarks.md
#   SKIP_BUILD=1 (reuse benchmarks/target)  MVN_ARGS="-o"
# It creates and drops only databases named bench_t<pid>_*.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PGPASSWORD="${PGPASSWORD:-}"

if [[ "${SKIP_BUILD:-0}" != "1" || ! -f benchmarks/target/benchmarks.jar ]]; then
    echo "[tenants] building ..."
    # shellcheck disable=SC2086
    mvn -q -B ${MVN_ARGS:-} -Pbenchmarks -pl benchmarks -am package -DskipTests -Dbench.sizes=20
fi

LOG="benchmarks/target/tenants.log"
echo "[tenants] running; both tools log at INFO to $LOG"
java -Dbench.pg.host="${PGHOST:-localhost}" -Dbench.pg.port="${PGPORT:-5432}" -Dbench.pg.user="${PGUSER:-postgres}" \
    -jar benchmarks/target/benchmarks.jar tenants --schemas "${SCHEMAS:-1000}" --parallelism "${PARALLELISM:-1,2,4}" \
    --no-op-rounds "${NO_OP_ROUNDS:-3}" --out "${OUT:-docs/benchmarks.md}" > "$LOG" 2>&1 \
    || { tail -40 "$LOG"; exit 1; }
grep '^\[tenants\]' "$LOG"
echo "[tenants] written to ${OUT:-docs/benchmarks.md}"
