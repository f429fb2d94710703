const { spawn, execFile, spawnSync } = require('child_process');

function thumbnail(file, res) {
  // ruleid: js-child-process-shell-wrapper
  const p = spawn('sh', ['-c', `convert ${file} -resize 200x200 out.png`]);
  p.on('close', (code) => res.sendStatus(code ? 500 : 200));
}

function grep(pattern) {
  // ruleid: js-child-process-shell-wrapper
  return execFile('/bin/bash', ['-lc', 'grep -r ' + pattern + ' /srv/data'], onDone);
}

function winCopy(src, dst) {
  // ruleid: js-child-process-shell-wrapper
  return spawnSync('cmd.exe', ['/c', `copy ${src} ${dst}`]);
}

function thumbnail2(file) {
  // ok: js-child-process-shell-wrapper
  return spawn('convert', [file, '-resize', '200x200', 'out.png']);
}

function status() {
  // ok: js-child-process-shell-wrapper
  return spawnSync('sh', ['-c', 'git status --porcelain | wc -l']);
}

function script(path) {
  // ok: js-child-process-shell-wrapper
  return spawn('bash', [path, '--verbose']);
}
