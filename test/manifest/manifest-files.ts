// Helpers for test/manifest: offline XSD validation with xmllint-wasm, a minimal XML reader for the
// manifests' own markup (elements, attributes, comments; no DTD or CDATA) and a PNG size reader.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML, type XMLValidationResult } from 'xmllint-wasm';

export const REPO_ROOT = join(__dirname, '..', '..');
export const SCHEMA_DIR = join(REPO_ROOT, 'schemas', 'office-addin-manifest');
export const ASSETS_DIR = join(REPO_ROOT, 'assets');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';

export function readRepoFile(relativePath: string): string {
  return readFileSync(join(REPO_ROOT, relativePath), 'utf8');
}

/** Validates a manifest against OfficeAppManifestV1_1.xsd with the other XSDs it imports preloaded. */
export async function validateManifest(fileName: string, xml: string): Promise<XMLValidationResult> {
  const preload = readdirSync(SCHEMA_DIR)
    .filter((name) => name.endsWith('.xsd') && name !== MAIN_SCHEMA)
    .map((name) => ({ fileName: name, contents: readFileSync(join(SCHEMA_DIR, name), 'utf8') }));
  return validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [{ fileName: MAIN_SCHEMA, contents: readFileSync(join(SCHEMA_DIR, MAIN_SCHEMA), 'utf8') }],
    preload,
  });
}

export interface XmlElement {
  /** Qualified name as written, e.g. "bt:Image". */
  readonly name: string;
  /** Name without its prefix, e.g. "Image". */
  readonly local: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  readonly parent: XmlElement | null;
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? whole;
  });
}

/** Reads the element tree of a well-formed manifest (xmllint checks well-formedness separately). */
export function parseXml(xml: string): XmlElement {
  const token =
    /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!\[CDATA\[|<!|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/gy;
  const attribute = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  for (let position = 0; position < xml.length; position = token.lastIndex) {
    token.lastIndex = position;
    const match = token.exec(xml);
    if (match === null) throw new Error(`unreadable XML at offset ${position}`);
    const [whole, closing, opening, attrText, selfClosing, text] = match;
    if (whole === '<![CDATA[' || whole === '<!') throw new Error('CDATA and DTDs are not expected in a manifest');
    if (closing !== undefined) {
      const open = stack.pop();
      if (open?.name !== closing) throw new Error(`</${closing}> closes <${open?.name ?? 'nothing'}>`);
    } else if (opening !== undefined) {
      const attributes: Record<string, string> = {};
      for (const [, key, double, single] of (attrText ?? '').matchAll(attribute)) {
        attributes[key as string] = decode(double ?? single ?? '');
      }
      const parent = stack.at(-1) ?? null;
      const element: XmlElement = {
        name: opening,
        local: opening.includes(':') ? opening.slice(opening.indexOf(':') + 1) : opening,
        attributes,
        children: [],
        parent,
        text: '',
      };
      if (parent) parent.children.push(element);
      else if (root) throw new Error('more than one root element');
      else root = element;
      if (selfClosing !== '/') stack.push(element);
    } else if (text !== undefined) {
      const parent = stack.at(-1);
      if (parent) parent.text += decode(text);
      else if (text.trim() !== '') throw new Error('text outside the root element');
    }
  }
  if (!root || stack.length > 0) throw new Error('unbalanced XML');
  return root;
}

/** All descendants of `element` (depth first, document order) that satisfy `predicate`. */
export function findAll(element: XmlElement, predicate: (e: XmlElement) => boolean): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (e: XmlElement): void => {
    if (predicate(e)) found.push(e);
    e.children.forEach(visit);
  };
  element.children.forEach(visit);
  return found;
}

/** The descendants whose path of local names ends with `path`, e.g. findPath(root, 'Requirements', 'Sets', 'Set'). */
export function findPath(element: XmlElement, ...path: string[]): XmlElement[] {
  return findAll(element, (e) => {
    let current: XmlElement | null = e;
    for (let i = path.length - 1; i >= 0; i--) {
      if (!current || current.local !== path[i]) return false;
      current = current.parent;
    }
    return true;
  });
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
