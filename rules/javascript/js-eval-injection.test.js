const input = process.argv[2];

// ruleid: js-eval-injection
eval(input);

// ruleid: js-eval-injection
const f = Function("return " + input);

// ok: js-eval-injection
eval("1 + 2");

// ok: js-eval-injection
const data = JSON.parse(input);
