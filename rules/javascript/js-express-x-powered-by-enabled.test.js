const express = require('express');
const app = express();

// ruleid: js-express-x-powered-by-enabled
app.enable('x-powered-by');

// ruleid: js-express-x-powered-by-enabled
admin.set('x-powered-by', true);

// ok: js-express-x-powered-by-enabled
app.disable('x-powered-by');

// ok: js-express-x-powered-by-enabled
app.set('x-powered-by', false);

// ok: js-express-x-powered-by-enabled
app.enable('trust proxy');
