const nunjucks = require('nunjucks');
const Handlebars = require('handlebars');
const swig = require('swig');

// ruleid: js-template-autoescape-disabled
nunjucks.configure('views', { autoescape: false, express: app });

// ruleid: js-template-autoescape-disabled
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader('views'), { autoescape: false });

// ruleid: js-template-autoescape-disabled
const render = Handlebars.compile(source, { noEscape: true, strict: true });

// ruleid: js-template-autoescape-disabled
swig.setDefaults({ cache: false, autoescape: false });

// ok: js-template-autoescape-disabled
nunjucks.configure('views', { autoescape: true, express: app });

// ok: js-template-autoescape-disabled
const page = Handlebars.compile(source, { noEscape: false });

// ok: js-template-autoescape-disabled
const markdownOptions = { autoescape: false, breaks: true };
