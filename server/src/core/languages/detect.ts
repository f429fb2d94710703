/**
 * Decides what a file is: its grammar language from its path, and its IaC flavours from path and
 * content. Pure: it sees a path string and (a prefix of) the text, never the file system.
 */
import { FLAVOURS, LANGUAGES, type FlavourId, type LanguageId } from './registry';

export interface Detected {
  language: LanguageId;
  flavours: FlavourId[];
}

function baseName(path: string): string {
  const slash = path.lastIndexOf('/');
  return (slash >= 0 ? path.slice(slash + 1) : path).toLowerCase();
}

export function languageForPath(path: string): LanguageId | undefined {
  const base = baseName(path.replace(/\\/g, '/'));
  for (const lang of LANGUAGES) {
    if (lang.fileNames?.includes(base)) return lang.id;
    if (lang.fileNamePrefixes?.some((p) => base.startsWith(p))) return lang.id;
  }
  const dot = base.lastIndexOf('.');
  if (dot < 0) return undefined;
  const ext = base.slice(dot);
  for (const lang of LANGUAGES) {
    if (lang.extensions.includes(ext)) return lang.id;
  }
  return undefined;
}

/** Only the head of a file is inspected for flavour markers: cheap and enough in practice. */
const HEAD_CHARS = 64 * 1024;

const KUBERNETES = /^\s*apiVersion\s*:\s*\S+/m;
const KUBERNETES_KIND = /^\s*kind\s*:\s*[A-Z][A-Za-z]+\s*$/m;
const ACTIONS_ON = /^(on|"on"|'on')\s*:/m;
const ACTIONS_JOBS = /^jobs\s*:/m;
const CFN_VERSION = /["']?AWSTemplateFormatVersion["']?\s*:/;
const CFN_RESOURCE_TYPE = /["']?Type["']?\s*:\s*["']?(AWS|Alexa)::[A-Za-z0-9]+::/;
const CFN_RESOURCES = /["']?Resources["']?\s*:/;
const COMPOSE_SERVICES = /^services\s*:/m;
const COMPOSE_IMAGE_OR_BUILD = /^\s+(image|build)\s*:/m;

export function flavoursFor(path: string, language: LanguageId, text: string): FlavourId[] {
  if (language !== 'yaml' && language !== 'json') return [];
  const norm = path.replace(/\\/g, '/');
  const base = baseName(norm);
  const head = text.length > HEAD_CHARS ? text.slice(0, HEAD_CHARS) : text;
  const found = new Set<FlavourId>();
  if (language === 'yaml') {
    if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(norm) || (ACTIONS_ON.test(head) && ACTIONS_JOBS.test(head))) {
      found.add('github-actions');
    }
    if (/^(docker-)?compose(\.[\w-]+)?\.ya?ml$/.test(base) || (COMPOSE_SERVICES.test(head) && COMPOSE_IMAGE_OR_BUILD.test(head) && !KUBERNETES.test(head))) {
      found.add('docker-compose');
    }
    if (KUBERNETES.test(head) && KUBERNETES_KIND.test(head)) found.add('kubernetes');
  }
  if (CFN_VERSION.test(head) || (CFN_RESOURCES.test(head) && CFN_RESOURCE_TYPE.test(head))) found.add('cloudformation');
  return FLAVOURS.filter((f) => found.has(f));
}

export function detect(path: string, text: string): Detected | undefined {
  const language = languageForPath(path);
  if (!language) return undefined;
  return { language, flavours: flavoursFor(path, language, text) };
}
