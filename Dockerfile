# The Fallbuch service image. Build the jar first: ./mvnw -B -DskipTests package
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 fallbuch
WORKDIR /opt/fallbuch
COPY app/target/fallbuch.jar fallbuch.jar
USER fallbuch
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/fallbuch/fallbuch.jar"]
