# syntax=docker/dockerfile:1

# Build: compile and test nothing here (CI does), then split the jar into layers so that a code
# change rebuilds only the thin application layer of the image.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /workspace
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw --batch-mode --quiet dependency:go-offline
COPY src src
# the roadmap's content files, packed into the jar and imported from there at start-up when they change
COPY content content
RUN ./mvnw --batch-mode --quiet -DskipTests package \
 && java -Djarmode=tools -jar target/backend-roadmap-*.jar extract --layers --launcher --destination target/extracted

# Run: a JRE, a non-root user, the layers from the least to the most often changed.
FROM eclipse-temurin:25-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl espeak-ng \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app roadmap
WORKDIR /app
COPY --from=build /workspace/target/extracted/dependencies/ ./
COPY --from=build /workspace/target/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/target/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/target/extracted/application/ ./
USER 10001
ENV SPRING_PROFILES_ACTIVE=full
EXPOSE 8080 9090
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD curl --fail --silent http://127.0.0.1:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "org.springframework.boot.loader.launch.JarLauncher"]
