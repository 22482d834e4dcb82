/** The host: Teams (theme, locale) when the page runs inside it, a plain browser otherwise. */
namespace SahayakTab {
  /** How long to wait for Teams before carrying on as a plain web page. */
  export const TEAMS_INIT_TIMEOUT_MS = 3000;

  /** What the host told us; `inTeams` false in a plain browser. */
  export interface HostInfo {
    inTeams: boolean;
    theme?: string;
    locale?: string;
  }

  /** Applies a Teams theme name (`default`, `dark`, `contrast`); anything else falls back to `default`. */
  export function applyTheme(theme: string | null | undefined): void {
    const name = theme === 'dark' || theme === 'contrast' ? theme : 'default';
    document.documentElement.setAttribute('data-theme', name);
  }

  /** True when a Teams (or Microsoft 365) host could be around us: framed, opened by one, or a mobile webview. */
  function mayBeHosted(): boolean {
    const w = window as unknown as { nativeInterface?: unknown };
    let framed = true;
    try {
      framed = window.self !== window.top;
    } catch {
      framed = true;
    }
    return framed || Boolean(window.opener) || Boolean(w.nativeInterface);
  }

  function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = window.setTimeout(() => reject(new Error('timeout')), ms);
      p.then((v) => { window.clearTimeout(timer); resolve(v); }, (e) => { window.clearTimeout(timer); reject(e); });
    });
  }

  let hosted = false;

  /**
   * The Authorization header for the tab's API calls: inside Teams, the single sign-on token (the server
   * requires it when the bot has credentials); none in a plain browser, or when Teams gives no token.
   */
  export async function authHeaders(): Promise<Record<string, string>> {
    if (!hosted || typeof microsoftTeams === 'undefined' || !microsoftTeams.authentication) return {};
    try {
      return { Authorization: `Bearer ${await withTimeout(microsoftTeams.authentication.getAuthToken(), TEAMS_INIT_TIMEOUT_MS)}` };
    } catch {
      return {};
    }
  }

  /**
   * Initialises teams-js when a host may be present, with a timeout, and never throws:
   * outside Teams (or when teams-js did not load) the page simply works as a web page.
   */
  export async function connectHost(onTheme: (theme: string) => void): Promise<HostInfo> {
    if (typeof microsoftTeams === 'undefined' || !mayBeHosted()) return { inTeams: false };
    try {
      await withTimeout(microsoftTeams.app.initialize(), TEAMS_INIT_TIMEOUT_MS);
      const context = await withTimeout(microsoftTeams.app.getContext(), TEAMS_INIT_TIMEOUT_MS);
      microsoftTeams.app.registerOnThemeChangeHandler(onTheme);
      hosted = true;
      return { inTeams: true, theme: context.app.theme, locale: context.app.locale };
    } catch {
      return { inTeams: false };
    }
  }
}
