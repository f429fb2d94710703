import type { Request, Response } from 'express';

app.get('/login/callback', (req: Request, res: Response) => {
  // ruleid: js-open-redirect
  res.redirect(req.query.next as string);
});

app.get('/out', (req: Request, res: Response) => {
  // ruleid: js-open-redirect
  res.redirect(302, req.query.url || '/');
});

app.post('/continue', (req: Request, res: Response) => {
  // ruleid: js-open-redirect
  res.setHeader('Location', req.body.returnTo);
  res.status(303).end();
});

router.get('/sso', async (ctx) => {
  // ruleid: js-open-redirect
  ctx.redirect(ctx.query.target);
});

app.get('/back', (req: Request, res: Response) => {
  // ruleid: js-open-redirect
  res.redirect(`${req.query.host}/done`);
});

app.get('/logout', (req: Request, res: Response) => {
  // ok: js-open-redirect
  res.redirect('/');
});

app.get('/item/:id', (req: Request, res: Response) => {
  // ok: js-open-redirect
  res.redirect(`/items/${encodeURIComponent(req.params.id)}`);
});

app.get('/next', (req: Request, res: Response) => {
  // ok: js-open-redirect
  res.redirect(safeRedirect(req.query.next, '/home'));
});

app.get('/r', (req: Request, res: Response) => {
  const target = String(req.query.to);
  // todoruleid: js-open-redirect
  res.redirect(target);
});
