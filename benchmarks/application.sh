# Sourced by the benchmark scripts: runs the application jar in full mode against the local
# PostgreSQL, Redis and RabbitMQ, on resources kept for benchmarks only: the given database, Redis
# database 3, RabbitMQ virtual host "bench" (created here when missing), HTTP 18080 and gRPC 19090
# (BENCHMARK_HTTP_PORT and BENCHMARK_GRPC_PORT move them), rate limiting off. BENCHMARK_JAR names
# a jar already built (CI passes the one its tests built).
#
# A script given --smoke runs in its smoke mode: a few seconds, its figures printed, no goal judged,
# on the database roadmap_bench (made afresh and dropped at the end); it fails only when the
# benchmark itself no longer works.

export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
export PATH="$JAVA_HOME/bin:$PATH"

BENCHMARKS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
HTTP_PORT=${BENCHMARK_HTTP_PORT:-18080}
GRPC_PORT=${BENCHMARK_GRPC_PORT:-19090}
APP_URL=http://127.0.0.1:$HTTP_PORT
APP_LOG=$BENCHMARKS/target/application.log

psql_bench() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 "$@"; }

SMOKE=false
for argument in "$@"; do
  if [[ $argument == --smoke ]]; then SMOKE=true; fi
done
SMOKE_DATABASE=roadmap_bench

# The application jar: $BENCHMARK_JAR, or else built from the current sources (tests skipped).
build_application() {
  if [[ -n ${BENCHMARK_JAR:-} ]]; then
    APP_JAR=$BENCHMARK_JAR
  else
    (cd "$BENCHMARKS/.." && ./mvnw -q -Dmaven.test.skip=true package)
    APP_JAR=$(ls "$BENCHMARKS"/../target/backend-roadmap-*.jar)
  fi
}

# The RabbitMQ virtual host "bench", created with guest's permissions when it does not exist yet:
# without it, every event the application publishes is refused and stays in the outbox.
ensure_virtual_host() {
  if ! rabbitmqctl -q list_vhosts 2>/dev/null | grep -qx bench; then
    rabbitmqctl -q add_vhost bench
    echo "created the RabbitMQ virtual host bench"
  fi
  rabbitmqctl -q set_permissions -p bench guest '.*' '.*' '.*' >/dev/null
}

# The jar's command line against database $1, with the settings above.
application_command() {
  APP_COMMAND=(env SPRING_PROFILES_ACTIVE=full
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$1"
    SPRING_DATASOURCE_USERNAME=postgres
    SPRING_DATA_REDIS_URL=redis://127.0.0.1:6379/3
    SPRING_RABBITMQ_VIRTUAL_HOST=bench
    SERVER_PORT=$HTTP_PORT SPRING_GRPC_SERVER_PORT=$GRPC_PORT
    ROADMAP_DATA_DIR=/tmp/roadmap-bench-data
    ROADMAP_CONTENT_DIR="$BENCHMARKS/../content"
    ROADMAP_RATE_LIMIT_ENABLED=false
    ROADMAP_TOKENS_SECRET="$(head -c 32 /dev/urandom | base64)"
    ROADMAP_TOKENS_ACCESS_TOKEN_LIFETIME=2h
    java -jar "$APP_JAR")
}

# An empty database $1, created afresh; the application's Flyway migrations fill it as it starts.
new_database() {
  psql_bench -q -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1"
}

# Starts the application on database $1 and waits until it is ready; stop_application ends it.
start_application() {
  ensure_virtual_host
  application_command "$1"
  mkdir -p "$BENCHMARKS/target"
  "${APP_COMMAND[@]}" >"$APP_LOG" 2>&1 &
  APP_PID=$!
  trap stop_application EXIT
  for _ in $(seq "${READY_SECONDS:-120}"); do
    if curl -fs "$APP_URL/actuator/health/readiness" >/dev/null; then return 0; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then tail -50 "$APP_LOG"; return 1; fi
    sleep 1
  done
  echo "the application did not become ready; see $APP_LOG" >&2
  return 1
}

stop_application() {
  if [[ -n ${APP_PID:-} ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" && wait "$APP_PID" || true
  fi
  APP_PID=
}
