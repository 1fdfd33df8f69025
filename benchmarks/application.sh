# Sourced by the benchmark scripts: runs the application jar in full mode against the local
# PostgreSQL, Redis and RabbitMQ, on resources kept for benchmarks only: the given database, Redis
# database 3, RabbitMQ virtual host "bench", HTTP 18080 and gRPC 19090, rate limiting off.

export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
export PATH="$JAVA_HOME/bin:$PATH"

BENCHMARKS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
APP_URL=http://127.0.0.1:18080
APP_LOG=$BENCHMARKS/target/application.log

psql_bench() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 "$@"; }

# The application jar, built from the current sources (tests skipped).
build_application() {
  (cd "$BENCHMARKS/.." && ./mvnw -q -Dmaven.test.skip=true package)
  APP_JAR=$(ls "$BENCHMARKS"/../target/backend-roadmap-*.jar)
}

# The jar's command line against database $1, with the settings above.
application_command() {
  APP_COMMAND=(env SPRING_PROFILES_ACTIVE=full
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$1"
    SPRING_DATASOURCE_USERNAME=postgres
    SPRING_DATA_REDIS_URL=redis://127.0.0.1:6379/3
    SPRING_RABBITMQ_VIRTUAL_HOST=bench
    SERVER_PORT=18080 SPRING_GRPC_SERVER_PORT=19090
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
  application_command "$1"
  mkdir -p "$BENCHMARKS/target"
  "${APP_COMMAND[@]}" >"$APP_LOG" 2>&1 &
  APP_PID=$!
  trap stop_application EXIT
  for _ in $(seq 120); do
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
