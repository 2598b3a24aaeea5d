#!/usr/bin/env bash
# Times command mode of the packaged sample application on PostgreSQL (java -jar sample-app.jar migrations <command>,
# the whole process, from launch to exit), beside the Flyway command line's `info` on the same server, and writes
# the "Command mode" section of docs/benchmarks.md (between <!-- command-mode:start --> and <!-- command-mode:end -->;
# benchmarks/run.sh keeps it).
#
#   benchmarks/command-mode.sh         RUNS=5 timed runs of each, interleaved, after one warm-up run each
#
# Environment (each optional): RUNS=5  PGHOST=localhost PGPORT=5432 PGUSER=postgres PGPASSWORD=
#   JAVA25=/usr/lib/jvm/temurin-25-jdk-amd64 (the JDK of the AOT cache row)
#   OUT=docs/benchmarks.md  SKIP_BUILD=1 (reuse sample-app/target/sample-app.jar)  MVN_ARGS="-o"
# It creates and drops only the databases bench_cmd_<pid> and bench_cmd_<pid>_flyway.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-5}"
OUT="${OUT:-docs/benchmarks.md}"
PGHOST="${PGHOST:-localhost}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
export PGPASSWORD="${PGPASSWORD:-}"
WORK="benchmarks/target/command-mode"
JAR="sample-app/target/sample-app.jar"
DB="bench_cmd_$$"
FLYWAY_VERSION="12.4.0"
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64}"

if [[ "${SKIP_BUILD:-0}" != "1" || ! -f "$JAR" ]]; then
    echo "[command-mode] building the sample application ..."
    # shellcheck disable=SC2086
    mvn -q -B ${MVN_ARGS:-} -pl sample-app -am install -DskipTests
fi
# The floor: the smallest Spring Boot application that reads the version table (benchmarks/command-floor).
# shellcheck disable=SC2086
mvn -q -B ${MVN_ARGS:-} -f benchmarks/command-floor/pom.xml package -DskipTests
FLOOR_JAR="benchmarks/command-floor/target/command-floor.jar"
rm -rf "$WORK" && mkdir -p "$WORK/flyway/sql"

psql_admin() { psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -q -v ON_ERROR_STOP=1 "$@"; }
cleanup() { psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "DROP DATABASE IF EXISTS ${DB}_flyway WITH (FORCE)" || true; }
trap cleanup EXIT
psql_admin -c "CREATE DATABASE $DB" -c "CREATE DATABASE ${DB}_flyway"
export SAMPLE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB"
export SAMPLE_DB_USERNAME="$PGUSER"
export SAMPLE_DB_PASSWORD="$PGPASSWORD"
java -jar "$JAR" migrations upgrade --spring.profiles.active=postgres > "$WORK/upgrade.log"

# Boot's class-data sharing, as an image built for a Kubernetes Job would have it: the extracted jar and an
# archive recorded by one run of the command.
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" > /dev/null
java -Djarmode=tools -jar "$FLOOR_JAR" extract --destination "$WORK/floor-extracted" > /dev/null
java -XX:ArchiveClassesAtExit="$WORK/app.jsa" -jar "$WORK/extracted/sample-app.jar" migrations current \
    --spring.profiles.active=postgres > /dev/null 2>&1
# JDK 25's ahead-of-time cache (JEP 514), recorded the same way, when that JDK is here.
if [[ -x "$JAVA25/bin/java" ]]; then
    "$JAVA25/bin/java" -XX:AOTCacheOutput="$WORK/app.aot" -jar "$WORK/extracted/sample-app.jar" migrations current \
        --spring.profiles.active=postgres > /dev/null 2>&1
fi

# The Flyway command line: its own main class with its dependencies from Maven Central, as its distribution runs it.
cat > "$WORK/flyway/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>flyway-command-line</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.flywaydb</groupId><artifactId>flyway-commandline</artifactId><version>$FLYWAY_VERSION</version></dependency>
    <dependency><groupId>org.flywaydb</groupId><artifactId>flyway-database-postgresql</artifactId><version>$FLYWAY_VERSION</version></dependency>
    <dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId><version>42.7.8</version></dependency>
    <dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-annotations</artifactId><version>2.21</version></dependency>
  </dependencies>
</project>
POM
# shellcheck disable=SC2086
mvn -q -B ${MVN_ARGS:-} -f "$WORK/flyway/pom.xml" dependency:build-classpath -Dmdep.outputFile=classpath.txt
FLYWAY_CP="$(cat "$WORK/flyway/classpath.txt")"
# The sample's twelve revisions as twelve SQL files, so Flyway's info has as many to report.
for i in $(seq 1 12); do echo "CREATE TABLE t_$i (id BIGINT PRIMARY KEY);" > "$WORK/flyway/sql/V${i}__t_$i.sql"; done
java -cp "$FLYWAY_CP" org.flywaydb.commandline.Main migrate -url="jdbc:postgresql://$PGHOST:$PGPORT/${DB}_flyway" \
    -user="$PGUSER" -password="$PGPASSWORD" -locations="filesystem:$WORK/flyway/sql" > "$WORK/flyway-migrate.log"

LABELS=()
COMMANDS=()
add() { LABELS+=("$1"); COMMANDS+=("$2"); }
APP="--spring.profiles.active=postgres"
add "\`migrations current\`" "java -jar $JAR migrations current $APP"
add "\`migrations history\`" "java -jar $JAR migrations history $APP"
add "\`migrations upgrade\` (nothing pending)" "java -jar $JAR migrations upgrade $APP"
add "\`migrations validate\` (every checksum from code)" "java -jar $JAR migrations validate $APP"
add "\`migrations current\`, whole application (\`--migrations.command-line.lean=false\`)" \
    "java -jar $JAR migrations current $APP --migrations.command-line.lean=false"
add "\`migrations current\`, extracted jar (Boot's container layout, \`java -Djarmode=tools extract\`)" \
    "java -jar $WORK/extracted/sample-app.jar migrations current $APP"
add "\`migrations current\`, Boot's CDS archive (extracted jar, \`-XX:SharedArchiveFile\`)" \
    "java -XX:SharedArchiveFile=$WORK/app.jsa -jar $WORK/extracted/sample-app.jar migrations current $APP"
if [[ -x "$JAVA25/bin/java" ]]; then
    add "\`migrations current\`, JDK 25's AOT cache (extracted jar, \`-XX:AOTCache\`, recorded by one run)" \
        "$JAVA25/bin/java -XX:AOTCache=$WORK/app.aot -jar $WORK/extracted/sample-app.jar migrations current $APP"
else
    echo "[command-mode] no JDK 25 at $JAVA25 (set JAVA25): the AOT cache row is left out of the report" >&2
fi
FLOOR_DB="--spring.datasource.url=$SAMPLE_DB_URL --spring.datasource.username=$PGUSER --spring.datasource.password=$PGPASSWORD"
add "Floor: a Spring Boot application that only reads the version table (DataSource and JdbcTemplate)" \
    "java -jar $FLOOR_JAR $FLOOR_DB"
add "Floor, extracted jar" "java -jar $WORK/floor-extracted/command-floor.jar $FLOOR_DB"
add "Flyway $FLYWAY_VERSION command line, \`flyway info\` (12 applied)" \
    "java -cp $FLYWAY_CP org.flywaydb.commandline.Main info -url=jdbc:postgresql://$PGHOST:$PGPORT/${DB}_flyway -user=$PGUSER -password=$PGPASSWORD -locations=filesystem:$WORK/flyway/sql"

millis() { local start end; start=$(date +%s%N); eval "$1" > /dev/null 2>&1 || { echo "failed: $1" >&2; exit 1; }; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
declare -A TIMES
for i in "${!COMMANDS[@]}"; do millis "${COMMANDS[$i]}" > /dev/null; done   # warm-up: the OS file cache
for round in $(seq 1 "$RUNS"); do
    echo "[command-mode] round $round of $RUNS"
    for i in "${!COMMANDS[@]}"; do TIMES[$i]="${TIMES[$i]:-} $(millis "${COMMANDS[$i]}")"; done
done
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
minmax() { tr ' ' '\n' | grep -v '^$' | sort -n | awk 'NR==1{min=$1} {max=$1} END {print min "–" max}'; }

SECTION="$WORK/section.md"
{
    echo "<!-- command-mode:start -->"
    echo "## Command mode"
    echo
    echo "\`benchmarks/command-mode.sh\`, $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD), $(nproc) cores, $(java -version 2>&1 | head -1)."
    echo "The packaged sample application (12 revisions, JPA, web, Actuator) against the local PostgreSQL, every revision"
    echo "applied; each figure is the whole process, launch to exit, median of $RUNS interleaved runs (range in brackets)."
    echo "Target (issue: fast commands): \`current\` under 2 s."
    echo
    echo "| command | median | range |"
    echo "|---|---:|---:|"
    for i in "${!COMMANDS[@]}"; do
        echo "| ${LABELS[$i]} | $(echo "${TIMES[$i]}" | median) ms | $(echo "${TIMES[$i]}" | minmax) ms |"
    done
    echo
    cat benchmarks/COMMAND-MODE.md
    echo "<!-- command-mode:end -->"
} > "$SECTION"

if [[ -f "$OUT" ]] && grep -q '<!-- command-mode:start -->' "$OUT"; then
    python3 - "$OUT" "$SECTION" <<'PY'
import re, sys
out, section = sys.argv[1], open(sys.argv[2]).read().strip()
text = open(out).read()
text = re.sub(r'<!-- command-mode:start -->.*?<!-- command-mode:end -->', lambda m: section, text, flags=re.S)
open(out, 'w').write(text)
PY
else
    printf '\n%s\n' "$(cat "$SECTION")" >> "$OUT"
fi
cat "$SECTION"
