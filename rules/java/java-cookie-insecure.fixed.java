package com.example.web;

import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class SessionController {

    public void login(HttpServletResponse response, String sessionId) {
        // ruleid: java-cookie-insecure
        Cookie cookie = new Cookie("SESSION", sessionId);
        cookie.setSecure(true);
        cookie.setHttpOnly(true);
        cookie.setPath("/");
        response.addCookie(cookie);
    }

    public void rememberMe(HttpServletResponse response, String token) {
        Cookie remember = new Cookie("remember", token);
        remember.setMaxAge(30 * 24 * 3600);
        // ruleid: java-cookie-insecure
        remember.setSecure(true);
        response.addCookie(remember);
    }

    public void theme(HttpServletResponse response, String theme) {
        // ruleid: java-cookie-insecure
        response.addCookie(new Cookie("theme", theme));
    }

    public void loginSafe(HttpServletResponse response, String sessionId) {
        // ok: java-cookie-insecure
        Cookie cookie = new Cookie("SESSION", sessionId);
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        response.addCookie(cookie);
    }

    public void csrf(HttpServletRequest request, HttpServletResponse response, String token) {
        // ok: java-cookie-insecure
        Cookie cookie = new Cookie("XSRF-TOKEN", token);
        cookie.setSecure(request.isSecure());
        response.addCookie(cookie);
    }
}
