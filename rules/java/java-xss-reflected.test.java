package com.example.web;

import java.io.IOException;
import java.io.PrintWriter;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.owasp.encoder.Encode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

public class SearchServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<html><body>");
        // ruleid: java-xss-reflected
        out.println("<h1>Results for " + request.getParameter("q") + "</h1>");
        out.println("</body></html>");
    }

    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ruleid: java-xss-reflected
        response.getWriter().write("<p>Saved " + request.getParameter("title") + "</p>");
    }

    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // ok: java-xss-reflected
        response.getWriter().write("<p>Saved " + Encode.forHtml(request.getParameter("title")) + "</p>");
    }

    protected void audit(HttpServletRequest request, java.io.Writer writer) throws IOException {
        // ok: java-xss-reflected
        writer.write("login attempt for " + request.getParameter("user") + "\n");
    }

    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        // ok: java-xss-reflected
        response.getWriter().print("{\"deleted\":" + request.getParameter("id").matches("\\d+") + "}");
    }
}

@Controller
class GreetingController {
    @GetMapping("/hello")
    @ResponseBody
    public String hello(@RequestParam String name) {
        // ruleid: java-xss-reflected
        return "<h1>Hello " + name + "</h1>";
    }

    @GetMapping("/hello-safe")
    @ResponseBody
    public String helloSafe(@RequestParam String name) {
        // ok: java-xss-reflected
        return "<h1>Hello " + HtmlUtils.htmlEscape(name) + "</h1>";
    }

    @GetMapping(value = "/echo", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    public String echo(@RequestParam String text) {
        // ok: java-xss-reflected
        return "<b>You said:</b> " + text;
    }

    @GetMapping("/greeting")
    public String greeting(@RequestParam String name, org.springframework.ui.Model model) {
        model.addAttribute("name", name);
        // ok: java-xss-reflected
        return "greeting";
    }
}
