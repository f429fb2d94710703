const fs = require('fs');

// ruleid: js-world-writable-permissions
fs.mkdirSync('/var/app/uploads', { recursive: true, mode: 0o777 });

function saveConfig(path, cfg) {
  // ruleid: js-world-writable-permissions
  fs.writeFileSync(path, JSON.stringify(cfg), { mode: 0o666 });
}

// ruleid: js-world-writable-permissions
fs.chmod('/var/run/app.sock', '777', (err) => err && console.error(err));

// ok: js-world-writable-permissions
fs.mkdirSync('/var/app/uploads', { recursive: true, mode: 0o750 });

// ok: js-world-writable-permissions
fs.writeFileSync('/etc/app/secret.key', key, { mode: 0o600 });

// ok: js-world-writable-permissions
fs.chmodSync('bin/cli.js', 0o755);
