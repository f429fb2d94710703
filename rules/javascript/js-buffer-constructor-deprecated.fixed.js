function encode(text) {
  // ruleid: js-buffer-constructor-deprecated
  return Buffer.from(`${text}\n`).toString('base64');
}

function decode(b64) {
  // ruleid: js-buffer-constructor-deprecated
  return Buffer.from(b64, 'base64').toString('utf8');
}

// ruleid: js-buffer-constructor-deprecated
const scratch = Buffer.alloc(1024);

app.post('/echo', (req, res) => {
  // ruleid: js-buffer-constructor-deprecated
  res.send(Buffer(req.body.data));
});

// ruleid: js-buffer-constructor-deprecated
const magic = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

function encode2(text) {
  // ok: js-buffer-constructor-deprecated
  return Buffer.from(`${text}\n`).toString('base64');
}

// ok: js-buffer-constructor-deprecated
const scratch2 = Buffer.alloc(1024);

// ok: js-buffer-constructor-deprecated
const isBuf = value instanceof Buffer;
