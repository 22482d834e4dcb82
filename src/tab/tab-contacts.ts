/** The contact search: `GET /api/tab/contacts?q=` and its results. */
namespace SahayakTab {
  interface Contact { organisation: string; name: string; email: string; mobile: string; flawed: boolean }
  /** One representative (one card per person), as `/api/tab/contacts` sends it. */
  interface Group {
    name: string;
    otherSpellings: Bi | null;
    organisations: string[];
    email: string;
    emailLabel: Bi | null;
    mailTo: string;
    mobile: string;
    warnings: Bi[];
  }
  interface ContactsView {
    query: string;
    kind: 'organisation' | 'person' | 'none';
    matches: Contact[];
    suggestions: Contact[];
    groups: Group[];
    suggestionGroups: Group[];
    notes: Bi[];
    stateLines: Bi[];
    fallbacks: Bi[];
  }

  let view: ContactsView | null = null;
  let failure: Bi | null = null;
  let busy = false;

  /** Text with http(s) links made clickable (the text itself is kept exactly). */
  function linkified(text: string): DocumentFragment {
    const frag = document.createDocumentFragment();
    let last = 0;
    for (const m of Array.from(text.matchAll(/https?:\/\/[^\s)]+/g))) {
      frag.append(text.slice(last, m.index));
      const a = el('a', undefined, m[0]);
      a.href = m[0];
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      frag.append(a);
      last = (m.index ?? 0) + m[0].length;
    }
    frag.append(text.slice(last));
    return frag;
  }

  function field(dl: HTMLDListElement, label: string, value: string | Node): void {
    dl.append(el('dt', undefined, label));
    const dd = el('dd');
    dd.append(value);
    dl.append(dd);
  }

  function contactItem(c: Group): HTMLLIElement {
    const li = el('li', 'contact');
    li.append(el('h3', undefined, c.name));
    if (c.otherSpellings) li.append(el('p', 'aka', pick(c.otherSpellings)));
    const dl = el('dl');
    field(dl, t('contact_organisation'), c.organisations.join('; '));
    field(dl, t('contact_email'), c.emailLabel ? pick(c.emailLabel) : c.email);
    field(dl, t('contact_mobile'), c.mobile);
    li.append(dl);
    for (const w of c.warnings) li.append(el('p', 'note', pick(w)));
    if (c.email) {
      const mail = el('a', undefined, t('contact_mail_button', { name: c.mailTo }));
      mail.href = `mailto:${c.email}`;
      li.append(mail);
    }
    return li;
  }

  function list(items: Group[], label: string): HTMLUListElement {
    const ul = el('ul');
    ul.setAttribute('aria-label', label);
    for (const c of items) ul.append(contactItem(c));
    return ul;
  }

  function lines(items: Bi[], cls: string): HTMLUListElement {
    const ul = el('ul', cls);
    for (const f of items) {
      const li = el('li');
      li.append(linkified(pick(f)));
      ul.append(li);
    }
    return ul;
  }

  function render(): void {
    const box = document.getElementById('contacts-results');
    if (!box) return;
    box.replaceChildren();
    if (busy) return setStatus('contacts-status', t('contacts_searching'));
    if (failure) return setStatus('contacts-status', pick(failure), true);
    if (!view) return setStatus('contacts-status', '');
    const v = view;
    const status = v.matches.length ? t('contacts_found', { count: v.groups.length, query: v.query }) : t('contacts_none', { query: v.query });
    setStatus('contacts-status', status);
    for (const n of v.notes) box.append(el('p', 'note', pick(n)));
    if (v.groups.length) box.append(list(v.groups, status));
    if (v.suggestionGroups.length) {
      box.append(el('p', undefined, t('contacts_suggestions')));
      box.append(list(v.suggestionGroups, t('contacts_suggestions')));
    }
    if (v.stateLines.length) {
      box.append(el('p', undefined, pick(v.stateLines[0])));
      box.append(lines(v.stateLines.slice(1), 'fallbacks'));
    }
    if (v.fallbacks.length) {
      box.append(el('p', undefined, t('contacts_fallbacks')));
      box.append(lines(v.fallbacks, 'fallbacks'));
    }
    box.append(el('p', 'source', t('contacts_source')));
  }

  /** Runs one search and shows its result. */
  export async function searchContacts(query: string): Promise<void> {
    const q = query.trim();
    if (!q) {
      view = null;
      failure = both('api_bad_query', { max: config.limits.maxQuery });
      return render();
    }
    busy = true;
    failure = null;
    render();
    try {
      view = await fetchJson<ContactsView>(`/api/tab/contacts?q=${encodeURIComponent(q)}`);
    } catch (e) {
      view = null;
      failure = failureText(e);
    }
    busy = false;
    render();
  }

  /** Wires the search form. */
  export function initContacts(): void {
    const form = document.getElementById('contacts-form') as HTMLFormElement | null;
    const input = document.getElementById('contacts-query') as HTMLInputElement | null;
    form?.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void searchContacts(input?.value ?? '');
    });
    onLangChange(render);
  }
}
