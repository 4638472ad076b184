package de.fallbuch.command;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The write model: aggregates, their command handlers and policies, the command REST API. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@Profile("!query")
public class CommandSide {
}
