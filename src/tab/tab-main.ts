/** Boot: language (query › saved choice › Teams locale › browser), theme (query › Teams), then the two views. */
namespace SahayakTab {
  async function boot(): Promise<void> {
    const fromQuery = config.lang ?? undefined;
    if (config.theme) applyTheme(config.theme);
    setLang(fromQuery ?? savedLang() ?? langOf(navigator.language) ?? 'en');
    initContacts();
    initCheck();
    document.getElementById('lang-toggle')?.addEventListener('click', () => setLang(lang() === 'hi' ? 'en' : 'hi', true));
    const host = await connectHost((theme) => { if (!config.theme) applyTheme(theme); });
    document.documentElement.dataset.host = host.inTeams ? 'teams' : 'browser';
    if (host.inTeams) {
      if (!config.theme) applyTheme(host.theme);
      const teamsLang = langOf(host.locale);
      if (!fromQuery && !savedLang() && teamsLang) setLang(teamsLang);
    }
    document.documentElement.dataset.ready = 'true';
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void boot());
  else void boot();
}
