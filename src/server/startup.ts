import nodeModule from 'node:module';
import { lazyExportsLoader } from './lazy-exports';

/**
 * What the server and the command line set up before anything else loads (imported first).
 *
 * 1. Node's compile cache (Node 22.1 and later, so Node 24 LTS): the compiled code of every
 *    module is kept in the system's temp folder and later starts skip compiling it. On Node 20
 *    there is no such cache and nothing happens.
 * 2. Modules that dependencies require when they load but use only on paths this app never
 *    takes are loaded when first used instead: `@azure/identity` (botframework-connector, for
 *    managed-identity credentials only), `spdy` (restify, for HTTP/2 servers only; its
 *    http-deceiver also fails to load on Node 24), `http-signature` and `formidable` (restify's
 *    signature and multipart plugins, unused) and `fs-extra` (botbuilder's transcript store,
 *    unused). The first property read of such a module loads it, so a path that does use it
 *    still works. Never throws.
 * 3. The Bot Framework's package indexes, restify's plugin index and the HTTP and token libraries
 *    its auth code loads (src/server/lazy-exports-map.json) are handed out as objects of getters: only
 *    the files whose exports are read get loaded (src/server/lazy-exports.ts). What a request needs
 *    is still loaded before the server listens: building the adapter and the server reads it, and
 *    startApp loads the token libraries when MicrosoftAppId is set.
 */
const DEFERRED: ReadonlySet<string> = new Set(['@azure/identity', 'spdy', 'http-signature', 'formidable', 'fs-extra']);

type Loader = Parameters<typeof lazyExportsLoader>[0];

/** A stand-in for a module that loads the real one on first use. */
function loadedOnUse(load: () => object): object {
  let real: object | undefined;
  const target = (): object => (real ??= load());
  return new Proxy(Object.create(null), {
    get: (_t, key) => Reflect.get(target(), key),
    has: (_t, key) => key in target(),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor: (_t, key) => {
      const d = Reflect.getOwnPropertyDescriptor(target(), key);
      return d && { ...d, configurable: true };
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(target()),
  });
}

try {
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
} catch {
  // a start without the cache is only slower
}

const loader = nodeModule as unknown as Loader;
if (!(loader._load as { deferring?: boolean }).deferring) {
  const load = lazyExportsLoader(loader, loader._load);
  const deferring = function (this: unknown, request: string, parent: unknown, isMain: boolean): unknown {
    if (!DEFERRED.has(request)) return load.call(this, request, parent, isMain);
    return loadedOnUse(() => load.call(this, request, parent, isMain) as object);
  };
  loader._load = Object.assign(deferring, { deferring: true });
}
