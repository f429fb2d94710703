package com.example.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class SessionConfig {
    @Bean
    SecurityFilterChain app(HttpSecurity http) throws Exception {
        http.formLogin(Customizer.withDefaults())
            // ruleid: java-spring-session-fixation-disabled
            .sessionManagement(session -> session.sessionFixation(fixation -> fixation.none()));
        return http.build();
    }

    @Bean
    SecurityFilterChain sso(HttpSecurity http) throws Exception {
        http.securityMatcher("/sso/**")
            // ruleid: java-spring-session-fixation-disabled
            .sessionManagement(session -> session.sessionFixation(SessionManagementConfigurer.SessionFixationConfigurer::none));
        return http.build();
    }

    protected void configure(HttpSecurity http) throws Exception {
        // ruleid: java-spring-session-fixation-disabled
        http.sessionManagement().sessionFixation().none()
            .maximumSessions(1);
    }

    @Bean
    SecurityFilterChain safe(HttpSecurity http) throws Exception {
        // ok: java-spring-session-fixation-disabled
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.build();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        // ok: java-spring-session-fixation-disabled
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER));
        return http.build();
    }
}
