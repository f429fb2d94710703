package com.example.rules;

import java.util.Map;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.servlet.http.HttpServletRequest;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.SimpleEvaluationContext;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class RuleController {
    private final ExpressionParser parser = new SpelExpressionParser();
    private final ScriptEngine engine = new ScriptEngineManager().getEngineByName("javascript");

    @GetMapping("/calc")
    public Object calc(@RequestParam String expr) {
        // ruleid: java-expression-injection
        Expression e = parser.parseExpression(expr);
        return e.getValue(new StandardEvaluationContext());
    }

    public Object filter(HttpServletRequest request, Map<String, Object> order) {
        // ruleid: java-expression-injection
        return parser.parseExpression("#order['total'] > " + request.getParameter("min")).getValue(new StandardEvaluationContext(order));
    }

    @PostMapping("/script")
    public Object script(@RequestBody String code) throws Exception {
        // ruleid: java-expression-injection
        return engine.eval(code);
    }

    @GetMapping("/discount")
    public Object discount(@RequestParam double amount) {
        Expression e = parser.parseExpression("#amount > 100 ? #amount * 0.9 : #amount");
        StandardEvaluationContext ctx = new StandardEvaluationContext();
        ctx.setVariable("amount", amount);
        // ok: java-expression-injection
        return e.getValue(ctx);
    }

    @GetMapping("/field")
    public Object field(@RequestParam String property, Map<String, Object> customer) {
        // ok: java-expression-injection
        Expression e = parser.parseExpression("name");
        return e.getValue(SimpleEvaluationContext.forReadOnlyDataBinding().build(), customer);
    }

    public Object indirect(HttpServletRequest request) {
        String expr = request.getParameter("expr");
        // todoruleid: java-expression-injection
        return parser.parseExpression(expr).getValue();
    }
}
