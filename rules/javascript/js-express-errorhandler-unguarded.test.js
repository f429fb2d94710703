const express = require('express');
const errorhandler = require('errorhandler');

const app = express();

// ruleid: js-express-errorhandler-unguarded
app.use(errorhandler());

// ruleid: js-express-errorhandler-unguarded
api.use(errorhandler({ log: true }));

if (process.env.NODE_ENV === 'development') {
  // ok: js-express-errorhandler-unguarded
  app.use(errorhandler());
}

// ok: js-express-errorhandler-unguarded
app.get('env') === 'development' && app.use(errorhandler());

// ok: js-express-errorhandler-unguarded
app.use(errorHandlerMiddleware());
