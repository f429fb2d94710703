/**
 * The rules in force: every loaded pack's compiled rules, indexed by language and flavour so a
 * document only looks at rules that can apply to it.
 */
import type { Problem } from './model';
import type { CompiledRule } from './rules/compiled';
import type { LoadedPack } from './rules/pack';

export class RuleSet {
  readonly rules: CompiledRule[];
  readonly problems: Problem[];
  private readonly byLanguage = new Map<string, CompiledRule[]>();
  private readonly byId = new Map<string, CompiledRule>();

  constructor(readonly packs: LoadedPack[]) {
    this.rules = packs.flatMap((p) => p.rules);
    this.problems = packs.flatMap((p) => p.problems.map((x) => ({ ...x, file: x.file ? `${p.origin}/${x.file}` : p.origin })));
    for (const rule of this.rules) {
      if (this.byId.has(rule.id)) {
        this.problems.push({ code: 'rule-invalid', severity: 'error', ruleId: rule.id, file: `${rule.packId}/${rule.file}`, message: `rule ${rule.id} is defined by more than one pack; the first one loaded wins`, hint: 'rename one of the rules' });
        continue;
      }
      this.byId.set(rule.id, rule);
      for (const lang of rule.languages) {
        const list = this.byLanguage.get(lang) ?? [];
        list.push(rule);
        this.byLanguage.set(lang, list);
      }
    }
  }

  rule(id: string): CompiledRule | undefined {
    return this.byId.get(id);
  }

  pack(id: string): LoadedPack | undefined {
    return this.packs.find((p) => p.id === id);
  }

  /** Rules for a language and its flavours, each once, in id order. */
  forDocument(language: string, flavours: readonly string[]): CompiledRule[] {
    const set = new Set<CompiledRule>(this.byLanguage.get(language) ?? []);
    for (const f of flavours) for (const r of this.byLanguage.get(f) ?? []) set.add(r);
    return [...set].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
