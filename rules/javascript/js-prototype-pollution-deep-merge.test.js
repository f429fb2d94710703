const _ = require('lodash');
const merge = require('merge');

app.put('/settings', (req, res) => {
  // ruleid: js-prototype-pollution-deep-merge
  const settings = _.merge({}, defaults, req.body);
  res.json(save(req.user, settings));
});

app.post('/profile', (req, res) => {
  // ruleid: js-prototype-pollution-deep-merge
  $.extend(true, req.session.profile, req.body.profile);
  res.sendStatus(204);
});

app.patch('/prefs', (req, res) => {
  // ruleid: js-prototype-pollution-deep-merge
  _.set(prefs, req.body.path, req.body.value);
  res.json(prefs);
});

app.post('/config', (req, res) => {
  // ruleid: js-prototype-pollution-deep-merge
  res.json(merge(true, config, req.body));
});

app.put('/settings2', (req, res) => {
  // ok: js-prototype-pollution-deep-merge
  const settings = _.merge({}, defaults, pickSettings(req.body));
  res.json(save(req.user, settings));
});

app.patch('/prefs2', (req, res) => {
  // ok: js-prototype-pollution-deep-merge
  _.set(prefs, 'theme.mode', String(req.body.mode));
  res.json(prefs);
});

// ok: js-prototype-pollution-deep-merge
const options = _.merge({}, DEFAULT_OPTIONS, userConfigFromFile);
