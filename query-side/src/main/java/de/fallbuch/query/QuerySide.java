package de.fallbuch.query;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The read model: projections, query handlers and the query REST API. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@Profile("!command")
public class QuerySide {
}
