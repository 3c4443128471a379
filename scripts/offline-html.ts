/**
 * Makes the HTML that `redocly build-docs --inlineBundle` writes truly offline:
 * - a Content-Security-Policy that forbids every network origin (the page can still run its own
 *   inline script and styles, and images from data: URIs);
 * - the remote footer logo replaced by nothing, the "API docs by" attribution link removed;
 * - remote icon and telemetry endpoints neutralised even though the page never calls them with
 *   telemetry disabled, so no string in the page names a host to load from.
 */

/** The policy: nothing may be fetched from anywhere but the page itself and data:/blob: URIs. */
export const OFFLINE_CSP =
  "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'; worker-src blob:; base-uri 'none'; form-action 'none'";

// Hosts Redoc loads resources from at run time (logo, icon sets, telemetry).
const RESOURCE_HOSTS = ['cdn.redoc.ly', 'cdn.redocly.com', 'otel.cloud.redocly.com'];

/** Rewrites a build-docs page so it references no external origin. */
export function makeOfflineHtml(html: string): string {
  let out = html.replace(/<head>/i, `<head>\n<meta http-equiv="Content-Security-Policy" content="${OFFLINE_CSP}">`);
  // The prerendered attribution link (the script renders it again; the CSS below hides that one).
  out = out.replace(/<a [^>]*href="https:\/\/redocly\.com\/redoc\/"[^>]*>[\s\S]*?<\/a>/g, '');
  out = out.replace(
    /<\/head>/i,
    '<style>a[href="https://redocly.com/redoc/"]{display:none!important}</style>\n</head>',
  );
  for (const host of RESOURCE_HOSTS) {
    out = out.replace(new RegExp(`https://${host.replaceAll('.', '\\.')}[^\`"'\\s)]*`, 'g'), 'data:,');
  }
  return out;
}

/**
 * Lists every reference in the page that would make a browser contact another origin: resource
 * attributes (src, link href, srcset, poster), CSS url() and @import, and the known resource hosts.
 * Plain hyperlinks in the API's own text are not loads and are not listed.
 */
export function findExternalReferences(html: string): string[] {
  const found: string[] = [];
  const patterns = [
    /<(?:script|img|iframe|source|video|audio|embed|track)\b[^>]*\s(?:src|srcset|poster)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi,
    /<link\b[^>]*\shref\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi,
    /url\(\s*["']?((?:https?:)?\/\/[^"')\s]+)/gi,
    /@import\s+(?:url\()?\s*["']((?:https?:)?\/\/[^"']+)/gi,
    new RegExp(
      `((?:https?:)?//(?:${RESOURCE_HOSTS.map((h) => h.replaceAll('.', '\\.')).join('|')})[^\`"'\\s)]*)`,
      'gi',
    ),
  ];
  for (const pattern of patterns) for (const match of html.matchAll(pattern)) found.push(match[1]!);
  return found;
}
