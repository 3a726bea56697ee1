import {
  bodyPreferences,
  bodyPreview,
  htmlToText,
  renderBody,
  sanitizeHtml,
  textToHtml,
} from '../../../../src/emulator/mail/html';

describe('sanitizeHtml', () => {
  it('removes scripts, active content, event handlers and javascript: URLs', () => {
    const html =
      '<p onclick="x()" class="a" onmouseover=\'y()\'>Hi</p><SCRIPT type="text/javascript">alert(1)</SCRIPT>' +
      '<iframe src="https://evil.example"></iframe><a href="javascript:evil()">l</a><img src=x onerror=alert(1)>';
    const safe = sanitizeHtml(html);
    expect(safe).toBe('<p class="a">Hi</p><a href="">l</a><img src=x>');
  });

  it('leaves safe HTML untouched', () => {
    const html = '<table><tr><td style="color:red">Queja <b>1042</b></td></tr></table>';
    expect(sanitizeHtml(html)).toBe(html);
  });
});

describe('text and HTML conversions', () => {
  it('htmlToText drops head and scripts, keeps line structure, decodes entities', () => {
    const html =
      '<html><head><title>t</title></head><body><p>Hola&nbsp;&amp; adiós</p><div>L&#237;nea&#x21;<br>dos</div></body></html>';
    expect(htmlToText(html)).toBe('Hola & adiós\r\nLínea!\r\ndos');
  });

  it('textToHtml escapes and keeps line breaks', () => {
    const html = textToHtml('a < b\r\nc & "d"');
    expect(html).toContain('<div class="PlainText">a &lt; b<br>\r\nc &amp; &quot;d&quot;</div>');
    expect(html.startsWith('<html>')).toBe(true);
    expect(textToHtml('')).toBe('');
  });

  it('renderBody follows Prefer: html by default, text on request, unsafe HTML only on request', () => {
    const html = { contentType: 'html' as const, content: '<p>a</p><script>x</script>' };
    expect(renderBody(html, { allowUnsafeHtml: false })).toEqual({ contentType: 'html', content: '<p>a</p>' });
    expect(renderBody(html, { allowUnsafeHtml: true })).toEqual(html);
    expect(renderBody(html, { bodyType: 'text', allowUnsafeHtml: false })).toEqual({
      contentType: 'text',
      content: 'a',
    });
    const text = { contentType: 'text' as const, content: 'línea' };
    expect(renderBody(text, { bodyType: 'text', allowUnsafeHtml: false })).toEqual(text);
    expect(renderBody(text, { allowUnsafeHtml: false }).contentType).toBe('html');
  });

  it('bodyPreview: 255 characters of text, whitespace collapsed', () => {
    expect(bodyPreview({ contentType: 'html', content: '<p>Uno</p>\n<p>  dos </p>' })).toBe('Uno dos');
    const long = bodyPreview({ contentType: 'text', content: 'ñ'.repeat(300) });
    expect([...long]).toHaveLength(255);
  });

  it('bodyPreferences reads the Prefer header', () => {
    expect(bodyPreferences(undefined)).toEqual({ bodyType: undefined, allowUnsafeHtml: false });
    expect(bodyPreferences('outlook.body-content-type="text", outlook.allow-unsafe-html')).toEqual({
      bodyType: 'text',
      allowUnsafeHtml: true,
    });
    expect(bodyPreferences('outlook.body-content-type=rtf').bodyType).toBeUndefined();
  });
});
