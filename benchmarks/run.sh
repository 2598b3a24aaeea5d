#!/usr/bin/env bash
# Builds the benchmarks module, runs every workload against this project, Flyway, Liquibase and the plain-JDBC
# floor on PostgreSQL, and autogenerate against a model of 300 entities, and writes docs/benchmarks.md.
#
#   benchmarks/run.sh                 the full run: N = 50, 500, 2000; 5 rounds; W4 at 1,000,000 rows; JMH
#   QUICK=1 benchmarks/run.sh         smoke test: N = 20, 1 round, W4 at 100,000 rows, short JMH
#   SERVER=mariadb benchmarks/run.sh  W1 and W2 on MariaDB (this project, Flyway with flyway-mysql, the floor);
#                                     replaces only the MariaDB section of the report
#
# Environment (each optional):
#   SIZES=50,500,2000   ROUNDS=5   W4_ROWS=1000000   WORKLOADS=w1,w2,w3,w4,autogen,profile,jmh
#                               WORKLOADS=autogen alone rewrites only the report's autogenerate section
#   PGHOST=localhost PGPORT=5432 PGUSER=postgres PGPASSWORD=   the server; the run creates and drops only
#                                                              databases named bench_<run id>_*
#   MARIADB_HOST=localhost MARIADB_PORT=3306 MARIADB_USER=root MARIADB_PASSWORD=   the same, with SERVER=mariadb
#   OUT=docs/benchmarks.md      the report (relative to the repository root)
#   RESULTS=benchmarks/target/results   raw figures, every child JVM's output, the statement listings
#   CHILD_JVM_ARGS="..."        extra options for every measured JVM (default: none, the JVM's defaults)
#   SKIP_BUILD=1                reuse benchmarks/target from an earlier build
#   MVN_ARGS="-o"               extra Maven options
#
# Run it on a quiet machine: the figures are medians over interleaved rounds, but a busy machine still widens them.
# A full run takes about 30 to 60 minutes, mostly W1 at N=2000.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [[ "${QUICK:-0}" == "1" ]]; then
    SIZES="${SIZES:-20}"
    ROUNDS="${ROUNDS:-1}"
    W4_ROWS="${W4_ROWS:-100000}"
    QUICK_FLAG=(--quick)
else
    SIZES="${SIZES:-50,500,2000}"
    ROUNDS="${ROUNDS:-5}"
    W4_ROWS="${W4_ROWS:-1000000}"
    QUICK_FLAG=()
fi
SERVER="${SERVER:-postgresql}"
if [[ "$SERVER" == "mariadb" ]]; then
    WORKLOADS="${WORKLOADS:-w1,w2}"
else
    WORKLOADS="${WORKLOADS:-w1,w2,w3,w4,autogen,profile,jmh}"
fi
OUT="${OUT:-docs/benchmarks.md}"
RESULTS="${RESULTS:-benchmarks/target/results}"
PGHOST="${PGHOST:-localhost}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
MARIADB_HOST="${MARIADB_HOST:-localhost}"
MARIADB_PORT="${MARIADB_PORT:-3306}"
MARIADB_USER="${MARIADB_USER:-root}"
# The passwords go to every JVM through the environment, never on a command line.
export PGPASSWORD="${PGPASSWORD:-}"
export MARIADB_PASSWORD="${MARIADB_PASSWORD:-}"

# The workloads are generated at build time for every size run (and 20, 50, 500, 2000 by default).
BUILD_SIZES="$(printf '%s\n' 20 50 500 2000 ${SIZES//,/ } | sort -n -u | paste -sd, -)"

if [[ "${SKIP_BUILD:-0}" != "1" ]]; then
    echo "[run.sh] building (workloads for N = $BUILD_SIZES) ..."
    # shellcheck disable=SC2086
    mvn -q -B ${MVN_ARGS:-} -Pbenchmarks -pl benchmarks -am package -DskipTests -Dbench.sizes="$BUILD_SIZES"
fi

# Which code is measured: the commit, and whether the engine's sources differ from it (read-only git commands).
REVISION="unknown revision"
if git -C "$ROOT" rev-parse --short HEAD >/dev/null 2>&1; then
    REVISION="commit $(git -C "$ROOT" rev-parse --short HEAD)"
    if ! git -C "$ROOT" diff --quiet HEAD -- migrations-core migrations-spring-boot-autoconfigure 2>/dev/null \
        || [[ -n "$(git -C "$ROOT" ls-files --others --exclude-standard -- migrations-core migrations-spring-boot-autoconfigure)" ]]; then
        REVISION="$REVISION with uncommitted changes"
    fi
fi

echo "[run.sh] $SERVER: N = $SIZES, $ROUNDS round(s), W4 at $W4_ROWS rows, workloads $WORKLOADS"
# shellcheck disable=SC2068
exec java -Dbench.server="$SERVER" -Dbench.pg.host="$PGHOST" -Dbench.pg.port="$PGPORT" -Dbench.pg.user="$PGUSER" \
    -Dbench.mariadb.host="$MARIADB_HOST" -Dbench.mariadb.port="$MARIADB_PORT" -Dbench.mariadb.user="$MARIADB_USER" \
    -Dbench.notes="$ROOT/benchmarks/ANALYSIS.md" \
    -jar benchmarks/target/benchmarks.jar run \
    --sizes "$SIZES" --rounds "$ROUNDS" --w4-rows "$W4_ROWS" --workloads "$WORKLOADS" \
    --out "$OUT" --results "$RESULTS" --project-revision "$REVISION" \
    --child-jvm-args "${CHILD_JVM_ARGS:-}" ${QUICK_FLAG[@]+"${QUICK_FLAG[@]}"}
