const helmet = require('helmet');

// ruleid: js-helmet-protection-disabled
app.use(helmet({ contentSecurityPolicy: true }));

app.use(helmet({
  // ruleid: js-helmet-protection-disabled
  frameguard: true,
  // ruleid: js-helmet-protection-disabled
  hsts: true,
  crossOriginEmbedderPolicy: false,
}));

// ok: js-helmet-protection-disabled
app.use(helmet());

app.use(helmet({
  contentSecurityPolicy: {
    // ok: js-helmet-protection-disabled
    directives: { 'script-src': ["'self'", 'https://cdn.example.com'], upgradeInsecureRequests: null },
  },
  // ok: js-helmet-protection-disabled
  crossOriginEmbedderPolicy: false,
}));
