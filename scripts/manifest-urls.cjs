// Rewrites the dev server URL in the add-in manifests (manifest.xml, manifest.outlook.xml) to the production
// URL when the build copies them; used by webpack.config and test/manifest. CommonJS, no dependencies.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const PACKAGE_JSON = path.join(__dirname, '..', 'package.json');
const ENV_PROD_URL = 'RELACIONES_ADDIN_URL';

/**
 * Parses a manifest base URL: absolute, ending with '/', no query, fragment or credentials, and nothing
 * that would need escaping inside an XML attribute. `label` names the value in error messages.
 */
function parseBaseUrl(value, label, { requireHttps }) {
  if (typeof value !== 'string' || value.length === 0) {
    throw new TypeError(`${label} must be a non-empty string, got ${JSON.stringify(value)}`);
  }
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${label} is not an absolute URL: "${value}"`);
  }
  if (requireHttps && url.protocol !== 'https:') {
    throw new Error(`${label} must use https (Office loads add-ins only over https): "${value}"`);
  }
  if (!value.endsWith('/')) {
    throw new Error(`${label} must end with '/': "${value}"`);
  }
  if (url.search || url.hash || value.includes('?') || value.includes('#')) {
    throw new Error(`${label} must not have a query or fragment: "${value}"`);
  }
  if (url.username || url.password) {
    throw new Error(`${label} must not contain credentials`);
  }
  if (/[\s&<>"']/.test(value)) {
    throw new Error(`${label} contains characters not allowed in a manifest URL: "${value}"`);
  }
  if (url.href !== value) {
    throw new Error(`${label} must be written in normalized form "${url.href}", got "${value}"`);
  }
  return url;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Returns `xml` with every occurrence of the dev base URL `devUrl` replaced by `prodUrl`, and the bare dev
 * origin (as written in <AppDomain>, e.g. "https://localhost:3000") replaced by the production origin.
 * Throws if prodUrl is not https or does not end with '/', or if any trace of the dev origin is left.
 *
 * @param {string} xml manifest text
 * @param {string} devUrl base URL the manifest is written with, e.g. "https://localhost:3000/"
 * @param {string} prodUrl base URL to publish, e.g. "https://relaciones.example.com/addin/"
 * @returns {string}
 */
function substituteUrls(xml, devUrl, prodUrl) {
  if (typeof xml !== 'string') {
    throw new TypeError('xml must be a string');
  }
  const dev = parseBaseUrl(devUrl, 'devUrl', { requireHttps: false });
  const prod = parseBaseUrl(prodUrl, 'prodUrl', { requireHttps: true });

  // Full base URL first (it carries the path), then the bare origin where no path follows it.
  let out = xml.split(devUrl).join(prodUrl);
  const bareOrigin = new RegExp(`${escapeRegExp(dev.origin)}(?![\\w.:/-])`, 'g');
  out = out.replace(bareOrigin, prod.origin);

  const leftover = new RegExp(`${escapeRegExp(dev.origin)}(?!\\d)`);
  if (prod.origin !== dev.origin && leftover.test(out)) {
    throw new Error(`the manifest still refers to ${dev.origin} outside the base URL ${devUrl}`);
  }
  return out;
}

/**
 * Reads the dev and production base URLs from package.json "config" (devUrl, prodUrl); the environment
 * variable RELACIONES_ADDIN_URL, when set, replaces prodUrl. Both are checked as substituteUrls checks them.
 *
 * @returns {{ devUrl: string, prodUrl: string }}
 */
function readUrlConfig() {
  const pkg = JSON.parse(fs.readFileSync(PACKAGE_JSON, 'utf8'));
  const config = (pkg && pkg.config) || {};
  const devUrl = config.devUrl;
  const fromEnv = (process.env[ENV_PROD_URL] || '').trim();
  const prodUrl = fromEnv !== '' ? fromEnv : config.prodUrl;
  parseBaseUrl(devUrl, 'package.json config.devUrl', { requireHttps: false });
  parseBaseUrl(prodUrl, fromEnv !== '' ? ENV_PROD_URL : 'package.json config.prodUrl', { requireHttps: true });
  return { devUrl, prodUrl };
}

module.exports = { substituteUrls, readUrlConfig };
