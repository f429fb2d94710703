async function login(username, password) {
  // ruleid: js-cleartext-http-sensitive-url
  const res = await fetch('http://api.shop-example.com/v1/auth/login', {
    method: 'POST',
    body: JSON.stringify({ username, password }),
  });
  return res.json();
}

passport.use(new OAuth2Strategy({
  authorizationURL: 'https://sso.example.com/oauth2/authorize',
  // ruleid: js-cleartext-http-sensitive-url
  tokenURL: 'http://sso.example.com/oauth2/token',
  clientID: process.env.CLIENT_ID,
}, verify));

// ruleid: js-cleartext-http-sensitive-url
axios.post(`http://payments.partner.com/checkout/${orderId}`, order);

async function login2(username, password) {
  // ok: js-cleartext-http-sensitive-url
  return fetch('https://api.shop-example.com/v1/auth/login', { method: 'POST', body: JSON.stringify({ username, password }) });
}

// ok: js-cleartext-http-sensitive-url
fetch('http://localhost:8080/auth/login');

// ok: js-cleartext-http-sensitive-url
fetch('http://cdn.example.com/images/logo.png');

// ok: js-cleartext-http-sensitive-url
const res = await got('http://auth-service.default.svc.cluster.local/token/introspect');
