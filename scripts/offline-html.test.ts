import { describe, expect, test } from 'vitest';
import { findExternalReferences, makeOfflineHtml, OFFLINE_CSP } from './offline-html.js';

const page = `<html><head><title>x</title></head><body>
<a target="_blank" rel="noopener noreferrer" href="https://redocly.com/redoc/"><p>API docs by</p></a>
<script>const logo = \`https://cdn.redoc.ly/redoc/logo-mini-full.svg\`; const icons = {fa: \`https://cdn.redocly.com/icons/fa/7.0.0\`};</script>
<a href="https://example.com/docs">a plain link in the API's text</a>
</body></html>`;

describe('makeOfflineHtml', () => {
  test('adds the no-network policy, drops the attribution link and the remote resource hosts', () => {
    const out = makeOfflineHtml(page);
    expect(out).toContain(`<meta http-equiv="Content-Security-Policy" content="${OFFLINE_CSP}">`);
    expect(out).not.toContain('API docs by');
    expect(out).not.toMatch(/cdn\.redoc\.ly|cdn\.redocly\.com/);
    expect(findExternalReferences(out)).toEqual([]);
  });
});

describe('findExternalReferences', () => {
  test('finds every kind of load from another origin', () => {
    const html = [
      '<script src="https://cdn.example.net/app.js"></script>',
      '<link rel="stylesheet" href="//fonts.example.org/a.css">',
      '<img src="http://img.example.com/logo.png">',
      '<style>body{background:url("https://bg.example.com/x.png")} @import "https://css.example.com/b.css";</style>',
      'const logo = `https://cdn.redoc.ly/redoc/logo.svg`',
    ].join('\n');
    expect(findExternalReferences(html)).toEqual([
      'https://cdn.example.net/app.js',
      'http://img.example.com/logo.png',
      '//fonts.example.org/a.css',
      'https://bg.example.com/x.png',
      'https://css.example.com/b.css',
      'https://cdn.redoc.ly/redoc/logo.svg',
    ]);
  });

  test('ignores plain hyperlinks, data: URIs and the page itself', () => {
    expect(
      findExternalReferences(
        '<a href="https://example.com">x</a><img src="data:image/png;base64,AA"><script src="app.js"></script>',
      ),
    ).toEqual([]);
  });
});
