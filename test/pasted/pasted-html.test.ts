import { chooseMessageText, HTML_LIMITS, nestingDepth, readHtmlMessage } from '../../src/domain/bulk-upload/pasted-html';
import { checkPastedText } from '../../src/domain/bulk-upload';

/** Rows pasted as an HTML table (how Teams sends a paste from Excel), read with a real HTML parser into the same cells. */
const teams = (inner: string) => `<div><div itemprop="copy-paste-block">${inner}</div></div>`;
const table = (rows: string[][]) => `<table><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;

describe('readHtmlMessage', () => {
  it('reads table rows into tab-separated cells, entities decoded, the bot mention left out', () => {
    const html = teams(`<span itemtype="http://schema.skype.com/Mention" itemscope itemid="0">Sahayak</span> check these<br>${table([
      ['Suresh  Yadav', 'suresh@nic', '\n  98112\n', 'Group&nbsp;B'],
      ['Asha &amp; Co', 'asha@nic.in', '9811223345', 'Group C'],
    ])}<p>thanks</p>`);
    expect(readHtmlMessage(html)).toEqual({
      tableText: 'Suresh  Yadav\tsuresh@nic\t98112\tGroup B\nAsha & Co\tasha@nic.in\t9811223345\tGroup C',
      text: 'check these\nthanks',
    });
  });

  it('quotes a cell holding a quote, widens a colspan, and reads rows without closing tags', () => {
    const read = readHtmlMessage('<table><tr><td colspan="2">"A" B<td>x<tr><th>h1<th>h2</table>');
    expect(read?.tableText).toBe('"""A"" B"\t\tx\nh1\th2');
    expect(checkPastedText(read!.tableText!).rows.length).toBeGreaterThan(0);
  });

  it('leaves out scripts and styles, and keeps the lines of text without a table', () => {
    expect(readHtmlMessage('<style>td{}</style><script>alert(1)</script><p>OTP</p><div>not received</div>')).toEqual({ text: 'OTP\nnot received' });
  });

  it('parses nothing over its size or nesting limit, and never throws on broken markup', () => {
    expect(readHtmlMessage(`<p>${'x'.repeat(HTML_LIMITS.maxChars)}</p>`)).toBeUndefined();
    expect(nestingDepth('<div><br><img src=x><span>a</span></div>')).toBe(2);
    expect(readHtmlMessage('<div>'.repeat(HTML_LIMITS.maxDepth + 1))).toBeUndefined();
    for (const broken of ['<table><tr><td', '<<<>>>', '</td></tr></table>', '<td>a</td>', '<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>', '\u0000<\uD800>']) {
      expect(() => readHtmlMessage(broken)).not.toThrow();
    }
  });
});

describe('chooseMessageText', () => {
  const rows = table([['Suresh Yadav', 'suresh@nic', '98112', 'Group B']]);
  it.each([
    ['a pasted table, its cells run together in the text', 'Suresh Yadavsuresh@nic98112Group B', teams(rows), 'Suresh Yadav\tsuresh@nic\t98112\tGroup B'],
    ['a table that is no rows: the text', 'what is this table', teams(table([['a', 'b'], ['c', 'd']])), 'what is this table'],
    ['no HTML: the text', 'OTP not received', undefined, 'OTP not received'],
    ['HTML without a table: the text', 'OTP not received', '<p>OTP not received</p>', 'OTP not received'],
    ['lines the text lost, kept by the HTML', 'Suresh Yadav suresh@nic.in 9811223344 Group B Asha Verma asha@nic.in 9811223345 Group C',
      '<p>Suresh Yadav suresh@nic.in 9811223344 Group B</p><p>Asha Verma asha@nic.in 9811223345 Group C</p>',
      'Suresh Yadav suresh@nic.in 9811223344 Group B\nAsha Verma asha@nic.in 9811223345 Group C'],
  ])('%s', (_name, plain, html, expected) => expect(chooseMessageText(plain, html)).toBe(expected));
});
