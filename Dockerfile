# One image recipe for the three services: docker build --build-arg SERVICE=ingest-service .
# (or dedupe-service, store-service). Multi-stage: the build runs inside Docker, so a user needs nothing but Docker.
FROM maven:3.9-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /src
# the whole reactor (every module's pom must exist); .dockerignore keeps out target/, .git and .devstack
COPY . .
RUN test -n "$SERVICE" && test -f "$SERVICE/pom.xml" || { echo "--build-arg SERVICE=ingest-service|dedupe-service|store-service" >&2; exit 1; }
RUN mvn -B -q -pl "$SERVICE" -am package -DskipTests

FROM eclipse-temurin:17-jre
ARG SERVICE
WORKDIR /app
COPY --from=build /src/${SERVICE}/target/quarkus-app/ /app/
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
# dedupe's Kafka Streams state: created here, owned by the service's user, so a named volume mounted on it
# starts with that owner (Docker copies an empty volume's ownership from the image) and uid 1001 can write
RUN mkdir -p /var/lib/wirecopy/dedupe && chown -R 1001:0 /var/lib/wirecopy && chmod -R g+rwX /var/lib/wirecopy
USER 1001
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"
# dedupe's sentence model unpacks its tokenizer library here (uid 1001 has no home directory)
ENV DJL_CACHE_DIR=/tmp/djl
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
