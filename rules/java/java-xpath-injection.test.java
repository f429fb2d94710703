package com.example.auth;

import javax.servlet.http.HttpServletRequest;
import javax.xml.namespace.QName;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

public class XmlUserStore {
    private final Document users;
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    public XmlUserStore(Document users) {
        this.users = users;
    }

    public boolean login(String user, String password) throws XPathExpressionException {
        // ruleid: java-xpath-injection
        String expr = (String) xpath.evaluate("//user[@name='" + user + "' and @password='" + password + "']/@id", users, XPathConstants.STRING);
        return !expr.isEmpty();
    }

    public NodeList orders(HttpServletRequest request) throws XPathExpressionException {
        // ruleid: java-xpath-injection
        XPathExpression e = xpath.compile(String.format("//order[@customer='%s']", request.getParameter("customer")));
        return (NodeList) e.evaluate(users, XPathConstants.NODESET);
    }

    public Node byEmail(String email) throws XPathExpressionException {
        // ruleid: java-xpath-injection
        return (Node) xpath.evaluate("//user[email=\"" + email + "\"]", users, XPathConstants.NODE);
    }

    public NodeList employees(String username, String password) throws XPathExpressionException {
        // ruleid: java-xpath-injection
        String expression = "/employees/employee[loginID/text()='" + username + "' and passwd/text()='" + password
                + "']";
        return (NodeList) xpath.evaluate(expression, users, XPathConstants.NODESET);
    }

    public String greeting(String user) throws XPathExpressionException {
        // ok: java-xpath-injection
        String text = "Hello '" + user + "'";
        return xpath.evaluate("/config/greeting", users) + text;
    }

    public boolean loginSafe(String user, String password) throws XPathExpressionException {
        XPath xp = XPathFactory.newInstance().newXPath();
        xp.setXPathVariableResolver(v -> switch (v.getLocalPart()) {
            case "name" -> user;
            case "password" -> password;
            default -> null;
        });
        // ok: java-xpath-injection
        String id = (String) xp.evaluate("//user[@name=$name and @password=$password]/@id", users, XPathConstants.STRING);
        return !id.isEmpty();
    }

    public NodeList section(int index) throws XPathExpressionException {
        // ok: java-xpath-injection
        return (NodeList) xpath.evaluate("/config/section[" + index + "]/*", users, XPathConstants.NODESET);
    }

    public String setting(String key) throws XPathExpressionException {
        String safeKey = key.replaceAll("[^A-Za-z0-9_-]", "");
        // todook: java-xpath-injection
        return xpath.evaluate("/config/entry[@key='" + safeKey + "']", users);
    }
}
