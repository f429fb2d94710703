const { exec, execSync, execFile, spawn } = require('child_process');
const cp = require('node:child_process');

function archive(req, res) {
  const name = req.query.name;

  // ruleid: js-child-process-command-injection
  exec(`tar czf /tmp/${name}.tgz uploads/${name}`, (err) => res.sendStatus(err ? 500 : 200));

  // ruleid: js-child-process-command-injection
  const out = cp.execSync('git log --author=' + req.query.author).toString();

  // ruleid: js-child-process-command-injection
  require('child_process').exec(req.body.cmd);

  // ruleid: js-child-process-command-injection
  spawn(`convert ${req.file.path} out.png`, { shell: true });

  // ok: js-child-process-command-injection
  execFile('tar', ['czf', `/tmp/${name}.tgz`, `uploads/${name}`]);

  // ok: js-child-process-command-injection
  spawn('convert', [req.file.path, 'out.png']);

  // ok: js-child-process-command-injection
  execSync('git rev-parse HEAD');

  // ok: js-child-process-command-injection
  exec(`npm ` + 'ci --ignore-scripts');

  // ok: js-child-process-command-injection
  const m = /^v(\d+)/.exec(req.query.version);

  // ok: js-child-process-command-injection
  const parts = pattern.exec(name);

  return out + m + parts;
}

const GIT_STATUS = 'git status --porcelain';
// todook: js-child-process-command-injection
execSync(GIT_STATUS);
