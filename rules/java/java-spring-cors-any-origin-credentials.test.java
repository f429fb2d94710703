package com.example.config;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
public class WebConfig implements WebMvcConfigurer {
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/**")
                .allowedOriginPatterns("*")
                .allowedMethods("GET", "POST")
                // ruleid: java-spring-cors-any-origin-credentials
                .allowCredentials(true);
    }

    @Bean
    public CorsConfigurationSource corsConfigurationSource() {
        CorsConfiguration config = new CorsConfiguration();
        config.addAllowedOriginPattern("*");
        config.addAllowedHeader("*");
        config.addAllowedMethod("*");
        // ruleid: java-spring-cors-any-origin-credentials
        config.setAllowCredentials(true);
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", config);
        return source;
    }
}

@RestController
class AccountController {
    // ruleid: java-spring-cors-any-origin-credentials
    @CrossOrigin(originPatterns = "*", allowCredentials = "true")
    @GetMapping("/api/account")
    public String account() {
        return "{}";
    }

    // ok: java-spring-cors-any-origin-credentials
    @CrossOrigin(origins = "https://app.example.com", allowCredentials = "true")
    @GetMapping("/api/profile")
    public String profile() {
        return "{}";
    }

    // ok: java-spring-cors-any-origin-credentials
    @CrossOrigin(origins = "*")
    @GetMapping("/api/public")
    public String publicData() {
        return "[]";
    }
}

@Configuration
class TrustedCors implements WebMvcConfigurer {
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/**")
                .allowedOrigins("https://app.example.com", "https://admin.example.com")
                // ok: java-spring-cors-any-origin-credentials
                .allowCredentials(true);
    }

    @Bean
    CorsConfiguration publicApi() {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(List.of("*"));
        // ok: java-spring-cors-any-origin-credentials
        config.setAllowCredentials(false);
        return config;
    }
}

@Configuration
class ReversedCors implements WebMvcConfigurer {
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        // ruleid: java-spring-cors-any-origin-credentials
        registry.addMapping("/**").allowCredentials(true).allowedOriginPatterns("*");
    }
}
