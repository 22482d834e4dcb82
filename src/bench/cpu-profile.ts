import fs from 'node:fs';

/** The parts of a V8 `.cpuprofile` that are read here. */
interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly children?: readonly number[];
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Where a function lives: an npm package, our own `dist/<folder>`, Node itself, or V8's own entries. */
export function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const ours = /\/dist\/([^/]+)\//.exec(url);
  if (ours) return `sahayak:${ours[1]}`;
  if (url.startsWith('node:')) return 'node';
  return url.replace(/^.*\//, '');
}

/** A profile's CPU time: per owner (self time), per function (self and total), in ms. */
export interface ProfileSummary {
  readonly totalMs: number;
  readonly byOwner: readonly { owner: string; ms: number; share: number }[];
  readonly bySelf: readonly { fn: string; ms: number; share: number }[];
  /** Time in a function and everything it called (recursion counted once). */
  totalOf(match: (fn: string) => boolean): number;
}

/** Reads a `.cpuprofile` and sums its samples (idle time left out). */
export function summarizeProfile(file: string): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n] as const));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const label = (n: ProfileNode): string => {
    const owner = ownerOf(n.callFrame.url, n.callFrame.functionName);
    const file = n.callFrame.url.replace(/^.*\//, '');
    return `${n.callFrame.functionName || '(anonymous)'} ${owner}${owner.startsWith('sahayak:') ? `/${file}` : ''}:${n.callFrame.lineNumber + 1}`;
  };
  let totalMs = 0;
  const owners = new Map<string, number>();
  const fns = new Map<string, number>();
  for (const [id, ms] of self) {
    const n = byId.get(id)!;
    if (n.callFrame.functionName === '(idle)') continue;
    totalMs += ms;
    const owner = ownerOf(n.callFrame.url, n.callFrame.functionName);
    owners.set(owner, (owners.get(owner) ?? 0) + ms);
    fns.set(label(n), (fns.get(label(n)) ?? 0) + ms);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  const share = (ms: number) => Math.round((ms / totalMs) * 1000) / 10;
  return {
    totalMs,
    byOwner: sorted(owners).map(([owner, ms]) => ({ owner, ms: Math.round(ms), share: share(ms) })),
    bySelf: sorted(fns).slice(0, 40).map(([fn, ms]) => ({ fn, ms: Math.round(ms), share: share(ms) })),
    totalOf(match) {
      let ms = 0;
      for (const [id, t] of self) {
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
          if (match(label(byId.get(at)!))) {
            ms += t;
            break;
          }
        }
      }
      return Math.round(ms);
    },
  };
}

/** For the samples inside `owner`, the nearest caller outside it: who makes the calls (ms by caller). */
export function callersInto(file: string, owner: string): { caller: string; ms: number }[] {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n] as const));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    let n = byId.get(id)!;
    if (ownerOf(n.callFrame.url, n.callFrame.functionName) !== owner) return;
    for (let at = parent.get(n.id); at !== undefined; at = parent.get(at)) {
      n = byId.get(at)!;
      if (ownerOf(n.callFrame.url, n.callFrame.functionName) !== owner) break;
    }
    const key = `${n.callFrame.functionName} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber + 1}`;
    out.set(key, (out.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...out].sort((a, b) => b[1] - a[1]).map(([caller, ms]) => ({ caller, ms: Math.round(ms) }));
}
