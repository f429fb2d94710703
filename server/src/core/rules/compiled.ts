/** Compiled rule shapes: everything a rule needs at match time, built once per pack load. */
import type { Minimatch } from 'minimatch';
import type { Query } from 'web-tree-sitter';
import type { Level, RuleKind } from '../model';
import type { SafeRegex } from './regex';
import type { FixTemplateRaw, RuleRaw } from './schema';

export interface CompiledCaptureCheck {
  type: 'capture';
  capture: string;
  regex?: SafeRegex;
  notRegex?: SafeRegex;
  equals?: string;
  notEquals?: string;
  in?: Set<string>;
  notIn?: Set<string>;
  kind?: Set<string>;
  notKind?: Set<string>;
  literal?: boolean;
}

export interface CompiledNodePattern {
  kind?: Set<string>;
  regex?: SafeRegex;
  /** Query source; compiled per grammar on first use. */
  query?: string;
  where: CompiledCaptureCheck[];
}

export interface CompiledRelation {
  type: 'relation';
  capture?: string;
  relation: 'inside' | 'notInside' | 'has' | 'notHas';
  pattern: CompiledNodePattern;
}

export type CompiledCheck = CompiledCaptureCheck | CompiledRelation;

export interface QueryMatcher {
  type: 'query';
  query: string;
  target?: string;
  checks: CompiledCheck[];
}

export interface CompiledCondition {
  path: string[];
  rootRelative: boolean;
  equals?: string;
  in?: Set<string>;
  regex?: SafeRegex;
  missing?: boolean;
  present?: boolean;
  literal?: boolean;
  any?: CompiledCondition[];
  all?: CompiledCondition[];
  not?: CompiledCondition;
  /** The raw path text, used as the capture name of the value it reaches. */
  pathText?: string;
}

export interface DocumentMatcher {
  type: 'document';
  select: string[];
  where: CompiledCondition[];
  report?: string[];
  reportText?: string;
}

export interface CompiledRule {
  id: string;
  packId: string;
  packVersion: string;
  /** Pack-relative path of the rule file. */
  file: string;
  /** Pack-relative doc path or an https URL. */
  guidance: string;
  title: string;
  kind: RuleKind;
  category: string;
  impact: Level;
  likelihood: Level;
  confidence: Level;
  exposure?: 'internet' | 'internal' | 'local';
  languages: Set<string>;
  include: Minimatch[];
  exclude: Minimatch[];
  /** The file must contain one of these strings; undefined when no cheap filter is known. */
  prefilter?: string[];
  matcher: QueryMatcher | DocumentMatcher;
  fixes: FixTemplateRaw[];
  raw: RuleRaw;
}

/** Per-grammar compiled queries, filled on first use of a grammar (once per pack load). */
export type QueryCache = Map<string, Query | Error>;
