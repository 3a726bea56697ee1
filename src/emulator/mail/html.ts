/**
 * Message bodies as Graph returns them. Graph returns `body` as HTML unless the request says
 * `Prefer: outlook.body-content-type="text"`, converting between the two as needed; it removes
 * potentially unsafe HTML (script, active content, event-handler attributes, `javascript:` URLs)
 * unless the request says `Prefer: outlook.allow-unsafe-html`. `bodyPreview` is the first 255
 * characters of the body as text. These are approximations of Exchange's converters: stored HTML
 * is otherwise returned as written (Exchange also re-serialises it and wraps fragments in
 * `<html><head>…`).
 */
import type { BodyType, BodyValue } from './model';

export const BODY_PREVIEW_LENGTH = 255;

const DANGEROUS_ELEMENTS = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'form'];

/** Removes script and active content the way Graph does by default (approximately). */
export function sanitizeHtml(html: string): string {
  let out = html;
  for (const tag of DANGEROUS_ELEMENTS) {
    out = out
      .replace(new RegExp(`<${tag}\\b[^>]*>[\\s\\S]*?</${tag}\\s*>`, 'gi'), '')
      .replace(new RegExp(`</?${tag}\\b[^>]*>`, 'gi'), '');
  }
  out = out.replace(/<meta\b[^>]*http-equiv\s*=\s*["']?refresh[^>]*>/gi, '');
  // Event handler attributes (onclick=…, onload=…), quoted or not; one tag may hold several.
  let previous: string;
  do {
    previous = out;
    out = out.replace(/(<[^>]*?)\s+on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, (_whole, head: string) => head);
  } while (out !== previous);
  out = out.replace(/(\s(?:href|src|action|formaction)\s*=\s*["']?)\s*(?:javascript|vbscript):[^"'\s>]*/gi, '$1');
  return out;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#')) {
      const code =
        entity[1] === 'x' || entity[1] === 'X' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

/** Plain text of an HTML body: no head/script/style, line breaks for block ends, entities decoded. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<(head|script|style|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|tr|h[1-6]|blockquote|pre|table)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .join('\r\n')
    .replace(/(\r\n){3,}/g, '\r\n\r\n')
    .trim();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A text body as Exchange renders it in HTML. */
export function textToHtml(text: string): string {
  if (text === '') return '';
  const lines = text.split(/\r?\n/).map(escapeHtml).join('<br>\r\n');
  return (
    '<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n' +
    `<body>\r\n<div class="PlainText">${lines}</div>\r\n</body>\r\n</html>\r\n`
  );
}

export interface BodyPreferences {
  /** `Prefer: outlook.body-content-type`; Graph's default is html. */
  readonly bodyType?: BodyType;
  readonly allowUnsafeHtml: boolean;
}

/** The body as a GET returns it, given the request's preferences. */
export function renderBody(body: BodyValue, preferences: BodyPreferences): BodyValue {
  const wanted = preferences.bodyType ?? 'html';
  if (wanted === 'text') {
    return { contentType: 'text', content: body.contentType === 'text' ? body.content : htmlToText(body.content) };
  }
  const html = body.contentType === 'html' ? body.content : textToHtml(body.content);
  return { contentType: 'html', content: preferences.allowUnsafeHtml ? html : sanitizeHtml(html) };
}

/** The first 255 characters of the body as text, whitespace collapsed. */
export function bodyPreview(body: BodyValue): string {
  const text = body.contentType === 'html' ? htmlToText(body.content) : body.content;
  return [...text.replace(/\s+/g, ' ').trim()].slice(0, BODY_PREVIEW_LENGTH).join('');
}

/** Reads Graph's Prefer preferences for bodies from a `Prefer` header value. */
export function bodyPreferences(prefer: string | undefined): BodyPreferences {
  let bodyType: BodyType | undefined;
  let allowUnsafeHtml = false;
  for (const part of (prefer ?? '').split(',')) {
    const [rawName = '', rawValue = ''] = part.split('=');
    const name = rawName.trim().toLowerCase();
    const value = rawValue.trim().replace(/^"|"$/g, '').toLowerCase();
    if (name === 'outlook.body-content-type' && (value === 'text' || value === 'html')) bodyType = value;
    if (name === 'outlook.allow-unsafe-html') allowUnsafeHtml = true;
  }
  return { bodyType, allowUnsafeHtml };
}
