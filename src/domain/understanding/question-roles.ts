import { WORD_PREFIX } from './lexicon';

/** The roles of concepts, from `lexicon.json` (`roles`, `vetoExceptions`). */
export interface RolesData {
  readonly setting?: readonly string[];
  readonly ask?: readonly string[];
  readonly weakAsk?: readonly string[];
  readonly igotOutside?: readonly string[];
}

const OUT_PREFIX = 'out-';

/** Which kind of decline an out-of-scope concept gives. */
export type VetoKind = 'igot-support' | 'not-igot';

/**
 * What each concept of a question does: names the setting (training, portal, state…),
 * says what the person wants (the ask), or what the question is about (its object).
 * Setting words never decide on their own; an out-of-scope object declines the
 * question unless an in-scope object stands beside it.
 */
export class QuestionRoles {
  private readonly setting: ReadonlySet<string>;
  private readonly ask: ReadonlySet<string>;
  private readonly weakAsk: ReadonlySet<string>;
  private readonly igotOutside: ReadonlySet<string>;
  private readonly anchors: ReadonlyMap<string, ReadonlySet<string>>;

  constructor(roles: RolesData = {}, vetoExceptions: Readonly<Record<string, unknown>> = {}) {
    this.setting = new Set(roles.setting ?? []);
    this.ask = new Set(roles.ask ?? []);
    this.weakAsk = new Set(roles.weakAsk ?? []);
    this.igotOutside = new Set(roles.igotOutside ?? []);
    this.anchors = new Map(
      Object.entries(vetoExceptions).filter((e): e is [string, string[]] => Array.isArray(e[1])).map(([k, v]) => [k, new Set(v)]),
    );
  }

  /** True for a concept that only names the setting. */
  isSetting(feature: string): boolean {
    return this.setting.has(feature);
  }

  /** True for a concept that says what the person wants. */
  isAsk(feature: string): boolean {
    return this.ask.has(feature);
  }

  /** True for an in-scope concept that says what the question is about. */
  isObject(feature: string): boolean {
    return !feature.startsWith(WORD_PREFIX) && !feature.startsWith(OUT_PREFIX) && !this.setting.has(feature) && !this.ask.has(feature);
  }

  /** True for a concept that names iGOT or a part of it (in scope, its setting, or an iGOT feature outside onboarding). */
  namesIgot(feature: string): boolean {
    return this.igotOutside.has(feature) || this.setting.has(feature) || this.isObject(feature);
  }

  /** True when the question names something beyond its setting and the most general asks. */
  hasCore(features: readonly string[]): boolean {
    return features.some((f) => !f.startsWith(WORD_PREFIX) && !f.startsWith(OUT_PREFIX) && !this.setting.has(f) && !this.weakAsk.has(f));
  }

  /** The features that decide: setting concepts are left out when anything else is named. */
  deciding(features: readonly string[]): readonly string[] {
    return this.hasCore(features) ? features.filter((f) => !this.setting.has(f)) : features;
  }

  /** The out-of-scope concept that declines the question, if any: one with no in-scope anchor beside it. */
  veto(features: readonly string[]): { concept: string; kind: VetoKind } | undefined {
    const present = new Set(features);
    for (const f of features) {
      if (!f.startsWith(OUT_PREFIX)) continue;
      const anchors = this.anchors.get(f);
      const anchored = anchors ? [...anchors].some((a) => present.has(a)) : features.some((g) => this.isObject(g));
      if (!anchored) return { concept: f, kind: this.igotOutside.has(f) ? 'igot-support' : 'not-igot' };
    }
    return undefined;
  }
}
