package dev.migrations.autoconfigure.scenarios.linear;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** Makes this package an auto-configuration package, as {@code @SpringBootApplication} does for an application's. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class LinearPackage {
}
