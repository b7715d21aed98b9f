// Rewrites the URLs of the add-in manifest to the base URL the add-in is served from.
// Used by webpack.config.js (dist/manifest.xml) and by the tests; no dependencies.
'use strict';

/** The base URL every URL of the source manifest.xml starts with (the development server). */
const DEV_BASE_URL = 'https://localhost:3000/';

/** Any localhost base the source manifest may use: http(s)://localhost[:port]/ */
const LOCAL_BASE = /https?:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?\//g;

/**
 * Checks and normalizes a base URL: absolute http(s), no query or fragment, always ending with '/'.
 * Plain http is accepted only for localhost (Office loads add-in pages over HTTPS only).
 * @param {string} raw
 * @returns {string}
 */
function normalizeBaseUrl(raw) {
  let url;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new Error(`ADDIN_BASE_URL "${raw}" is not an absolute URL (example: https://intranet.example/jx/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`ADDIN_BASE_URL "${raw}" must start with https://`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol === 'http:' && !local) {
    throw new Error(
      `ADDIN_BASE_URL "${raw}": Office loads add-ins over HTTPS only; use https://${url.host}${url.pathname}`
    );
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_BASE_URL "${raw}" must not have a query (?) or a fragment (#)`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

function escapeXmlAttr(s) {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Returns the manifest text with every localhost base URL replaced by baseUrl.
 * @param {string} xml text of manifest.xml
 * @param {string} baseUrl e.g. https://intranet.example/jx/
 * @returns {string}
 */
function rewriteManifestUrls(xml, baseUrl) {
  const base = normalizeBaseUrl(baseUrl);
  const note = `<!-- Built for ${base.replace(/--/g, '%2D%2D')} by npm run build. Do not edit: edit manifest.xml in the source. -->`;
  return xml
    .replace(/<!--[\s\S]*?-->\s*/g, '')
    .replace(/^(<\?xml[^>]*\?>\s*)?/, (decl) => `${decl || ''}${note}\n`)
    .replace(LOCAL_BASE, escapeXmlAttr(base));
}

/**
 * Every URL value of the manifest: DefaultValue/Value attributes that hold an http(s) URL, and AppDomain texts.
 * @param {string} xml
 * @returns {{ element: string, url: string }[]}
 */
function manifestUrls(xml) {
  const out = [];
  const noComments = xml.replace(/<!--[\s\S]*?-->/g, '');
  for (const m of noComments.matchAll(/<([\w:.]+)\b[^>]*>/g)) {
    for (const a of m[0].matchAll(/\b(DefaultValue|Value)="([^"]*)"/g)) {
      if (/^\s*https?:/i.test(a[2])) out.push({ element: m[1], url: a[2] });
    }
  }
  for (const m of noComments.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g))
    out.push({ element: 'AppDomain', url: m[1] });
  return out;
}

module.exports = { DEV_BASE_URL, normalizeBaseUrl, rewriteManifestUrls, manifestUrls };
