const express = require('express');
const app = express();

// ruleid: js-express-env-development
app.set('env', 'development');
app.set('view engine', 'pug');

function createAdminApp() {
  const admin = express();
  // ruleid: js-express-env-development
  admin.set('env', "development");
  return admin;
}

// ok: js-express-env-development
app.set('env', process.env.NODE_ENV || 'production');

// ok: js-express-env-development
app.set('views', 'development/views');
