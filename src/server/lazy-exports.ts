import fs from 'node:fs';
import path from 'node:path';
import MAP from './lazy-exports-map.json';

/** Where an export comes from: `[file, key]`, `[file, null]` for the whole module, or an object of such exports. */
type Source = readonly [string, string | null] | { readonly names: Readonly<Record<string, Source>> };
/** One module handed out as getters (written by scripts/lazy-exports.js; files relative to the app's folder). */
interface LazyModule {
  readonly package: string;
  readonly version: string;
  readonly esModule: boolean;
  readonly callable: boolean;
  readonly names: Readonly<Record<string, Source>>;
}
type Loader = { _load(request: string, parent: unknown, isMain: boolean): unknown; _resolveFilename(request: string, parent: unknown, isMain: boolean): string; _cache: Record<string, unknown> };

const ROOT = path.resolve(__dirname, '..', '..');
const MODULES = MAP.modules as unknown as Readonly<Record<string, LazyModule>>;
/** The exports (`file#name`) that answering one message reads, in the order it reads them (recorded by scripts/lazy-exports.js). */
const TURN: readonly string[] = MAP.turn;

/** Every lazy export read so far, as `file#name` (the file relative to the app's folder), in order. */
const reads: string[] = [];

/** The objects of getters made for nested exports (an object of modules, such as restify's `plugins.pre`). */
const nested = new WeakSet<object>();
/** The lazy modules handed out so far, by file, with the package folder they belong to. */
const handedOut = new Map<string, { readonly pkg: string; readonly exports: object }>();

/** The last segment a request names a module by (`./plugins`, `./auth/index.js`, `axios` → plugins, auth, axios). */
function lastSegment(request: string): string {
  const parts = request.replace(/\.c?js$/, '').split('/');
  let last = parts.pop() ?? '';
  if (last === 'index') last = parts.pop() ?? '';
  return last;
}

/** An object of getters for `names`: each export's file is loaded the first time it is read. */
function gettersFor(names: LazyModule['names'], load: (file: string) => Record<string, unknown>, into: object, file?: string): object {
  for (const [name, source] of Object.entries(names)) {
    const read = (): unknown => ('names' in source ? nestedGetters(source.names, load) : source[1] === null ? load(source[0]) : load(source[0])[source[1]]);
    Object.defineProperty(into, name, {
      enumerable: true,
      configurable: true,
      get: () => {
        if (file) reads.push(`${file}#${name}`);
        const value = read();
        Object.defineProperty(into, name, { value, enumerable: true, configurable: true, writable: true });
        return value;
      },
      set: (value: unknown) => Object.defineProperty(into, name, { value, enumerable: true, configurable: true, writable: true }),
    });
  }
  return into;
}

function nestedGetters(names: LazyModule['names'], load: (file: string) => Record<string, unknown>): object {
  const made = gettersFor(names, load, {});
  nested.add(made);
  return made;
}

function lazyModule(file: string, entry: LazyModule, load: Loader['_load'], loader: Loader, parent: unknown): object {
  const loadFile = (rel: string): Record<string, unknown> => load.call(loader, path.join(ROOT, rel), parent, false) as Record<string, unknown>;
  let real: ((...args: unknown[]) => unknown) | undefined;
  const fn = (): ((...a: unknown[]) => unknown) => (real ??= loadFile(path.relative(ROOT, file)) as unknown as (...a: unknown[]) => unknown);
  const target = entry.callable
    ? function (this: unknown, ...args: unknown[]): unknown {
        return new.target ? Reflect.construct(fn(), args, new.target) : Reflect.apply(fn(), this, args);
      }
    : {};
  // `x instanceof` the module (a function module whose prototype is its class's) asks the real one.
  if (entry.callable) Object.defineProperty(target, Symbol.hasInstance, { value: (x: unknown) => x instanceof (fn() as unknown as new () => unknown) });
  if (entry.esModule) Object.defineProperty(target, '__esModule', { value: true });
  return gettersFor(entry.names, loadFile, target, path.relative(ROOT, file).split(path.sep).join('/'));
}

/** True when the installed package is the version the map was made from (else the module loads as usual). */
function sameVersion(entry: LazyModule): boolean {
  try {
    return (JSON.parse(fs.readFileSync(path.join(ROOT, entry.package), 'utf8')) as { version?: string }).version === entry.version;
  } catch {
    return false;
  }
}

/**
 * Hands out the modules listed in lazy-exports-map.json as objects of getters: `require('botbuilder')`
 * then loads no file until an export is read, and reading one loads only the file defining it (and
 * what that file needs). A module already loaded in full, or installed at another version than the
 * map was made from, is returned as usual. Returns the new `_load`.
 */
export function lazyExportsLoader(loader: Loader, load: Loader['_load']): Loader['_load'] {
  const byFile = new Map(Object.entries(MODULES).map(([rel, entry]) => [path.join(ROOT, rel), entry] as const));
  const hints = new Set(Object.keys(MODULES).flatMap((rel) => [/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(rel.slice(rel.lastIndexOf('node_modules/')))?.[1] ?? '', lastSegment(rel)]));
  const checked = new Map<string, boolean>();
  return function lazyExports(this: unknown, request: string, parent: unknown, isMain: boolean): unknown {
    if (!hints.has(request) && !hints.has(lastSegment(request))) return load.call(this, request, parent, isMain);
    const file = loader._resolveFilename(request, parent, isMain);
    const entry = byFile.get(file);
    if (!entry || loader._cache[file]) return load.call(this, request, parent, isMain);
    const made = handedOut.get(file);
    if (made) return made.exports;
    if (!checked.has(file)) checked.set(file, sameVersion(entry));
    if (!checked.get(file)) return load.call(this, request, parent, isMain);
    const exports = lazyModule(file, entry, load, loader, parent);
    handedOut.set(file, { pkg: path.dirname(path.join(ROOT, entry.package)), exports });
    return exports;
  };
}

/**
 * Loads now, in full, the lazy modules handed out so far from the named packages (every export
 * read), so that what a request will need is loaded before the server listens.
 */
export function loadInFull(packages: readonly string[]): void {
  const wanted = (pkg: string): boolean => packages.some((p) => pkg.endsWith(`/node_modules/${p}`));
  const touch = (o: object): void => {
    for (const key of Object.keys(o)) {
      const v = (o as Record<string, unknown>)[key];
      if (v && typeof v === 'object' && nested.has(v)) touch(v);
    }
  };
  for (const { pkg, exports } of handedOut.values()) if (wanted(pkg)) touch(exports);
}

/** What checking a request's token and getting the bot's own token load: loaded in full before listening when auth is on. */
const AUTH_PACKAGES: readonly string[] = ['botframework-connector', '@azure/msal-node', 'jsonwebtoken', 'node-fetch', 'https-proxy-agent'];

/** Loads now, in full, the token libraries handed out lazily (see {@link AUTH_PACKAGES}), so the first authenticated request loads nothing. */
export function loadAuthModules(): void {
  loadInFull(AUTH_PACKAGES);
}

/** The lazy exports read so far, as `file#name` in the order read (scripts/lazy-exports.js records a message's). */
export function exportsRead(): readonly string[] {
  return reads;
}

/**
 * Reads now the exports that answering a message reads (as recorded), so the first message after
 * listening loads no module. An export of a module not handed out is skipped.
 */
export function loadTurnExports(): void {
  for (const key of TURN) {
    const [rel, name] = key.split('#');
    const exports = handedOut.get(path.join(ROOT, rel))?.exports;
    if (exports) void (exports as Record<string, unknown>)[name];
  }
}
