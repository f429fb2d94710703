const express = require('express');
const serveStatic = require('serve-static');

// ruleid: js-express-static-dotfiles-allow
app.use(express.static(path.join(__dirname, 'public'), { dotfiles: 'ignore', maxAge: '1d' }));

app.use('/assets', serveStatic('dist', {
  // ruleid: js-express-static-dotfiles-allow
  dotfiles: 'ignore',
  index: false,
}));

// ok: js-express-static-dotfiles-allow
app.use(express.static(path.join(__dirname, 'public'), { dotfiles: 'ignore', maxAge: '1d' }));

// ok: js-express-static-dotfiles-allow
app.use('/.well-known', express.static('well-known', { dotfiles: 'deny' }));
