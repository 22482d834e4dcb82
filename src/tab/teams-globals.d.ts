/**
 * The few parts of `@microsoft/teams-js` (UMD build, global `microsoftTeams`) the tab uses.
 * Declared here so the browser code needs no imports or bundler; absent outside Teams-capable hosts.
 */
declare namespace microsoftTeams {
  namespace app {
    interface Context {
      app: { theme: string; locale: string };
    }
    function initialize(validMessageOrigins?: string[]): Promise<void>;
    function getContext(): Promise<Context>;
    function registerOnThemeChangeHandler(handler: (theme: string) => void): void;
    function notifySuccess(): Promise<void>;
  }
  namespace authentication {
    /** Teams single sign-on: an Entra ID token for the app (manifest `webApplicationInfo`). */
    function getAuthToken(request?: { silent?: boolean }): Promise<string>;
  }
}
