# Multi-stage build of AMI Engine for production: PostgreSQL and an external Keycloak, both configured
# by environment variables (docs/operations.md).
#   docker build -t ami-engine .
#   docker run -p 8080:8080 -e QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://db:5432/ami \
#     -e QUARKUS_DATASOURCE_USERNAME=ami -e QUARKUS_DATASOURCE_PASSWORD=... \
#     -e QUARKUS_OIDC_AUTH_SERVER_URL=https://sso.example.gouv.fr/realms/ami ami-engine
# Port 8080 serves the site and the API; port 9000 is the management interface (health for the orchestrator's probes,
# metrics for the monitoring): publish it to the cluster's private network only, never to the public.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
# Dependencies first, so that a code change does not download them again. mdep.skip: the Keycloak
# distribution unpacked for the tests is not needed to build the image.
RUN ./mvnw -B -q -Dmdep.skip=true dependency:go-offline
COPY src src
COPY bpmn bpmn
COPY config config
RUN ./mvnw -B -q -Dmdep.skip=true -DskipTests package

# Ubuntu 24.04 named on purpose: OR-Tools' native libraries need glibc ≥ 2.26 and libstdc++ (docs/performance.md).
FROM eclipse-temurin:17-jre-noble
WORKDIR /app
COPY --from=build --chown=185 /build/target/quarkus-app/lib/ lib/
COPY --from=build --chown=185 /build/target/quarkus-app/*.jar ./
COPY --from=build --chown=185 /build/target/quarkus-app/app/ app/
COPY --from=build --chown=185 /build/target/quarkus-app/quarkus/ quarkus/
USER 185
EXPOSE 8080 9000
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -Djava.util.logging.manager=org.jboss.logmanager.LogManager"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/quarkus-run.jar"]
