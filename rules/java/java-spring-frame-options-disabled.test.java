package com.example.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class SecurityConfig {
    @Bean
    SecurityFilterChain app(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
            .formLogin(Customizer.withDefaults())
            // ruleid: java-spring-frame-options-disabled
            .headers(headers -> headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::disable));
        return http.build();
    }

    @Bean
    SecurityFilterChain admin(HttpSecurity http) throws Exception {
        http.securityMatcher("/admin/**")
            // ruleid: java-spring-frame-options-disabled
            .headers(headers -> headers.frameOptions(frame -> frame.disable()));
        return http.build();
    }

    protected void configure(HttpSecurity http) throws Exception {
        // ruleid: java-spring-frame-options-disabled
        http.headers().frameOptions().disable();
    }

    @Bean
    SecurityFilterChain console(HttpSecurity http) throws Exception {
        // ok: java-spring-frame-options-disabled
        http.headers(headers -> headers.frameOptions(HeadersConfigurer.FrameOptionsConfig::sameOrigin));
        return http.build();
    }

    @Bean
    SecurityFilterChain defaults(HttpSecurity http) throws Exception {
        // ok: java-spring-frame-options-disabled
        http.headers(headers -> headers.frameOptions(frame -> frame.deny()));
        return http.build();
    }
}

@Configuration
class EmbeddableConfig {
    @Bean
    SecurityFilterChain widgets(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
            // ok: java-spring-frame-options-disabled
            .frameOptions(frame -> frame.disable())
            .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'self' https://partner.example.com")));
        return http.build();
    }
}
