import type { Server } from 'restify';
import type { Core } from '../compose';

/** Routes of the personal tab: the page (`/tab`) and its small JSON endpoints. */
export function tabRoutes(_core: Core): (server: Server) => void {
  return () => undefined;
}
