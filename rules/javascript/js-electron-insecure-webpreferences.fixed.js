const { app, BrowserWindow } = require('electron');

function createWindow() {
  const win = new BrowserWindow({
    width: 1200,
    height: 800,
    webPreferences: {
      // ruleid: js-electron-insecure-webpreferences
      nodeIntegration: false,
      // ruleid: js-electron-insecure-webpreferences
      contextIsolation: true,
      preload: path.join(__dirname, 'preload.js'),
    },
  });
  win.loadURL('https://app.example.com');
}

function createViewer() {
  // ruleid: js-electron-insecure-webpreferences
  return new BrowserWindow({ webPreferences: { webSecurity: true, sandbox: true } });
}

function createSafe() {
  return new BrowserWindow({
    webPreferences: {
      // ok: js-electron-insecure-webpreferences
      nodeIntegration: false,
      // ok: js-electron-insecure-webpreferences
      contextIsolation: true,
      sandbox: true,
      preload: path.join(__dirname, 'preload.js'),
    },
  });
}

// ok: js-electron-insecure-webpreferences
const lintConfig = { rules: { webSecurity: false } };
