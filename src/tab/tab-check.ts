/** The row check: pasted rows or a chosen file, `POST /api/tab/check`, and its findings. */
namespace SahayakTab {
  interface Problem { kind: 'error' | 'warning'; field: Bi; message: Bi; portalMessage?: string }
  interface CheckView {
    rows: number;
    failed: number;
    warned: number;
    problems: { line: number; valid: boolean; items: Problem[] }[];
    hiddenProblemRows: number;
    notes: Bi[];
  }

  let view: CheckView | null = null;
  let failure: Bi | null = null;
  let busy = false;

  function problemItem(p: Problem): HTMLLIElement {
    const li = el('li', `problem ${p.kind}`);
    li.append(el('span', 'badge', `${t(p.kind === 'error' ? 'check_error' : 'check_warning')} · ${pick(p.field)}: `));
    li.append(pick(p.message));
    if (p.portalMessage) li.append(el('div', 'portal', t('check_portal_says', { message: p.portalMessage })));
    return li;
  }

  function render(): void {
    const box = document.getElementById('check-results');
    if (!box) return;
    box.replaceChildren();
    if (busy) return setStatus('check-status', t('check_checking'));
    if (failure) return setStatus('check-status', pick(failure), true);
    if (!view) return setStatus('check-status', '');
    const v = view;
    setStatus('check-status', t('check_summary', { count: v.rows, failed: v.failed, warned: v.warned }));
    if (v.rows && !v.failed) box.append(el('p', 'all-clear', t('check_all_clear')));
    if (v.problems.length) {
      const rows = el('ul');
      for (const row of v.problems) {
        const li = el('li', 'problem-row');
        li.append(el('h3', undefined, t('check_row', { line: row.line })));
        const items = el('ul');
        for (const p of row.items) items.append(problemItem(p));
        li.append(items);
        rows.append(li);
      }
      box.append(rows);
    }
    if (v.hiddenProblemRows) box.append(el('p', undefined, t('check_more_rows', { count: v.hiddenProblemRows })));
    for (const n of v.notes) box.append(el('p', 'source', pick(n)));
  }

  async function send(body: BodyInit, contentType: string, name = ''): Promise<void> {
    busy = true;
    failure = null;
    view = null;
    render();
    try {
      const url = name ? `/api/tab/check?name=${encodeURIComponent(name)}` : '/api/tab/check';
      view = await fetchJson<CheckView>(url, { method: 'POST', headers: { 'Content-Type': contentType }, body });
    } catch (e) {
      failure = failureText(e);
    }
    busy = false;
    render();
  }

  function fail(key: string, params: Record<string, number> = {}): void {
    view = null;
    failure = both(key, params);
    render();
  }

  /** Checks the chosen file if there is one, else the pasted rows. */
  export async function checkRows(text: string, file: File | null): Promise<void> {
    if (file) {
      if (!/\.(xlsx|csv)$/i.test(file.name)) return fail('check_file_type');
      if (file.size > config.limits.maxKb * 1024) return fail('check_file_too_big');
      return send(await file.arrayBuffer(), 'application/octet-stream', file.name);
    }
    if (!text.trim()) return fail('check_need_input');
    if (new Blob([text]).size > config.limits.maxTextKb * 1024) return fail('api_too_large', { maxKb: config.limits.maxTextKb });
    return send(JSON.stringify({ text }), 'application/json');
  }

  /** Wires the check form (submit, clear). */
  export function initCheck(): void {
    const form = document.getElementById('check-form') as HTMLFormElement | null;
    const text = document.getElementById('check-text') as HTMLTextAreaElement | null;
    const file = document.getElementById('check-file') as HTMLInputElement | null;
    form?.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void checkRows(text?.value ?? '', file?.files?.[0] ?? null);
    });
    form?.addEventListener('reset', () => {
      view = null;
      failure = null;
      window.setTimeout(() => { render(); text?.focus(); }, 0);
    });
    onLangChange(render);
  }
}
