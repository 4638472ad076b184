package de.fallbuch.app.infrastruktur;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when no external database is configured: then the service brings its own PostgreSQL. */
public class EingebetteteDatenbank implements Condition {

    public static boolean aktiv(org.springframework.core.env.Environment umgebung) {
        String url = umgebung.getProperty("spring.datasource.url");
        return url == null || url.isBlank();
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return aktiv(context.getEnvironment());
    }
}
