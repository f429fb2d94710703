package com.example.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

public class LoginServlet {
    private static final Set<String> ALLOWED = Set.of("/dashboard", "/settings");

    public void afterLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ruleid: java-open-redirect
        response.sendRedirect(request.getParameter("returnUrl"));
    }

    public void back(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_FOUND);
        // ruleid: java-open-redirect
        response.setHeader("Location", request.getHeader("Referer"));
    }

    public void withQuery(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ruleid: java-open-redirect
        response.sendRedirect(request.getParameter("target") + "?from=login");
    }

    public void home(HttpServletResponse response) throws IOException {
        // ok: java-open-redirect
        response.sendRedirect("/dashboard");
    }

    public void search(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ok: java-open-redirect
        response.sendRedirect("/search?q=" + URLEncoder.encode(request.getParameter("q"), StandardCharsets.UTF_8));
    }

    public void afterLoginSafe(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = request.getParameter("returnUrl");
        // ok: java-open-redirect
        response.sendRedirect(ALLOWED.contains(target) ? target : "/dashboard");
    }
}
