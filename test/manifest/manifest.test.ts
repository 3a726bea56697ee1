// Offline checks of the two add-in manifests (manifest.xml for Excel, manifest.outlook.xml for Outlook):
// XSD validation against schemas/office-addin-manifest (dev and production URLs), proof that broken copies
// fail, icons, resource ids, es-MX/en-US strings, and the URL rewriting of scripts/manifest-urls.cjs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readUrlConfig, substituteUrls } from '../../scripts/manifest-urls.cjs';
import {
  ASSETS_DIR,
  findAll,
  findPath,
  parseXml,
  pngSize,
  readRepoFile,
  validateManifest,
  type XmlElement,
} from './manifest-files';

interface ManifestCase {
  readonly file: string;
  readonly host: string;
  readonly appType: 'TaskPaneApp' | 'MailApp';
  /** Pixel sizes Office expects for IconUrl and HighResolutionIconUrl for this kind of add-in. */
  readonly iconUrlSize: number;
  readonly highResolutionIconUrlSize: number;
}

const MANIFESTS: readonly ManifestCase[] = [
  { file: 'manifest.xml', host: 'Excel', appType: 'TaskPaneApp', iconUrlSize: 32, highResolutionIconUrlSize: 64 },
  {
    file: 'manifest.outlook.xml',
    host: 'Outlook',
    appType: 'MailApp',
    iconUrlSize: 64,
    highResolutionIconUrlSize: 128,
  },
];

const PACKAGE_CONFIG = (JSON.parse(readRepoFile('package.json')) as { config: { devUrl: string; prodUrl: string } })
  .config;
const DEV_URL = PACKAGE_CONFIG.devUrl;
const DEV_ORIGIN = new URL(DEV_URL).origin;
const PROD_URL = PACKAGE_CONFIG.prodUrl;

/** Which Resources collection a resid on an element with this local name must point into. */
const RESOURCE_KIND: Readonly<Record<string, 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings'>> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

/** Pages webpack.config.js builds from src/hosts (everything else must be a file in assets/). */
const BUILT_PAGES = ['taskpane.html', 'commands.html'];

/** Product name: the one string that stays the same in English. */
const BRAND = 'Relaciones';

function resources(root: XmlElement, kind: string): Map<string, XmlElement> {
  const map = new Map<string, XmlElement>();
  for (const definition of findPath(root, 'Resources', kind).flatMap((collection) => collection.children)) {
    const id = definition.attributes.id ?? '';
    if (map.has(id)) throw new Error(`resource id ${id} defined twice in ${kind}`);
    map.set(id, definition);
  }
  return map;
}

function resolve(root: XmlElement, reference: XmlElement | undefined): string {
  if (!reference) throw new Error('missing resource reference');
  const kind = RESOURCE_KIND[reference.local];
  const definition = kind ? resources(root, kind).get(reference.attributes.resid ?? '') : undefined;
  if (!definition) throw new Error(`unresolved resid ${reference.attributes.resid} on <${reference.name}>`);
  return definition.attributes.DefaultValue ?? '';
}

function child(element: XmlElement | undefined, local: string): XmlElement | undefined {
  return element?.children.find((c) => c.local === local);
}

/** Applies one edit to a manifest and fails loudly if the edit did not apply (so no test passes vacuously). */
function mutate(xml: string, search: string | RegExp, replacement: string): string {
  const changed = xml.replace(search, replacement);
  if (changed === xml) throw new Error(`the edit ${String(search)} did not change the manifest`);
  return changed;
}

function assetFileOf(url: string): string {
  expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
  return join(ASSETS_DIR, url.slice(`${DEV_URL}assets/`.length));
}

function pixelSizeOf(url: string): number {
  const file = assetFileOf(url);
  expect(existsSync(file)).toBe(true);
  const { width, height } = pngSize(readFileSync(file));
  expect(width).toBe(height);
  return width;
}

describe.each(MANIFESTS)('manifiesto de $host ($file)', (manifest) => {
  const xml = readRepoFile(manifest.file);
  const root = parseXml(xml);

  test('es válido contra OfficeAppManifestV1_1.xsd (esquemas de 2020, sin red)', async () => {
    const result = await validateManifest(manifest.file, xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  test('con la URL de producción sigue siendo válido y ya no menciona el servidor de desarrollo', async () => {
    const production = substituteUrls(xml, DEV_URL, PROD_URL);
    expect(production).not.toContain(DEV_ORIGIN);
    expect(production).toContain(`<AppDomain>${new URL(PROD_URL).origin}</AppDomain>`);
    const result = await validateManifest(manifest.file, production);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  const brokenCopies: ReadonlyArray<[string, (text: string) => string, RegExp]> = [
    [
      'sin el elemento obligatorio ProviderName',
      (t) => mutate(t, /\s*<ProviderName>[^<]*<\/ProviderName>/, ''),
      /ProviderName/,
    ],
    [
      'con Permissions fuera de orden (antes de Requirements)',
      (t) => {
        const permissions = /\n {2}<Permissions>[^<]*<\/Permissions>/.exec(t)?.[0] ?? '';
        return mutate(mutate(t, permissions, ''), '\n  <Requirements>', `${permissions}\n  <Requirements>`);
      },
      /Permissions/,
    ],
    [
      'con un Id que no es un GUID',
      (t) => mutate(t, /<Id>[^<]*<\/Id>/, '<Id>relaciones-complemento</Id>'),
      /Id'.*pattern/,
    ],
    ['con un botón sin Supertip', (t) => mutate(t, /<Supertip>[\s\S]*?<\/Supertip>/, ''), /Supertip/],
    ['con un tamaño de ícono que no es entero', (t) => mutate(t, 'size="16"', 'size="dieciséis"'), /size/],
  ];

  test.each(brokenCopies)('la validación rechaza una copia %s', async (_name, breakIt, expectedError) => {
    const result = await validateManifest(manifest.file, breakIt(xml));
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.message).join('\n')).toMatch(expectedError);
  });

  test('es un complemento del tipo correcto, versión 1.0.0.0, con español de México por omisión', () => {
    expect(root.local).toBe('OfficeApp');
    expect(root.attributes['xsi:type']).toBe(manifest.appType);
    expect(child(root, 'Version')?.text).toBe('1.0.0.0');
    expect(child(root, 'ProviderName')?.text).toBe('Relaciones');
    expect(child(root, 'DefaultLocale')?.text).toBe('es-MX');
  });

  test('cada ícono referenciado existe en assets/ con el tamaño en píxeles indicado', () => {
    expect(pixelSizeOf(child(root, 'IconUrl')?.attributes.DefaultValue ?? '')).toBe(manifest.iconUrlSize);
    expect(pixelSizeOf(child(root, 'HighResolutionIconUrl')?.attributes.DefaultValue ?? '')).toBe(
      manifest.highResolutionIconUrlSize,
    );

    const images = resources(root, 'Images');
    expect(images.size).toBeGreaterThan(0);
    for (const [id, image] of images) {
      const url = image.attributes.DefaultValue ?? '';
      const named = /icon-(\d+)\.png$/.exec(url);
      expect({ id, url, named: named !== null }).toEqual({ id, url, named: true });
      expect(pixelSizeOf(url)).toBe(Number(named?.[1]));
    }

    const iconReferences = findPath(root, 'Icon', 'Image');
    expect(iconReferences.length).toBeGreaterThan(0);
    for (const reference of iconReferences) {
      expect(pixelSizeOf(resolve(root, reference))).toBe(Number(reference.attributes.size));
    }
    const sizesPerIcon = findAll(root, (e) => e.local === 'Icon').map((icon) =>
      icon.children.map((image) => Number(image.attributes.size)),
    );
    for (const sizes of sizesPerIcon) expect(sizes).toEqual(expect.arrayContaining([16, 32, 80]));
  });

  test('cada resid apunta a un recurso del tipo correcto y no sobra ningún recurso', () => {
    const references = findAll(root, (e) => e.attributes.resid !== undefined);
    expect(references.length).toBeGreaterThan(0);
    const used = new Set<string>();
    for (const reference of references) {
      const kind = RESOURCE_KIND[reference.local];
      expect({ element: reference.name, kind }).toEqual({ element: reference.name, kind: expect.any(String) });
      const resid = reference.attributes.resid ?? '';
      expect({ resid, kind, found: resources(root, kind ?? '').has(resid) }).toEqual({ resid, kind, found: true });
      used.add(`${kind}/${resid}`);
    }
    for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
      for (const id of resources(root, kind).keys()) expect(used).toContain(`${kind}/${id}`);
    }
  });

  test('cada texto tiene valor en español por omisión y su traducción en-US', () => {
    const localized = [
      child(root, 'DisplayName'),
      child(root, 'Description'),
      ...resources(root, 'ShortStrings').values(),
      ...resources(root, 'LongStrings').values(),
    ];
    expect(localized.length).toBeGreaterThan(4);
    for (const text of localized) {
      const spanish = text?.attributes.DefaultValue ?? '';
      const english = text?.children.find((o) => o.local === 'Override' && o.attributes.Locale === 'en-US');
      expect({ spanish, english: english?.attributes.Value !== undefined }).toEqual({ spanish, english: true });
      expect(spanish.trim()).not.toBe('');
      if (spanish !== BRAND) expect(english?.attributes.Value).not.toBe(spanish);
    }
  });

  test('todas sus URL parten de la URL de desarrollo y llevan a una página o archivo que se publica', () => {
    const urls: string[] = [];
    for (const element of [root, ...findAll(root, () => true)]) {
      for (const [name, value] of Object.entries(element.attributes)) {
        if (!name.startsWith('xmlns') && /^\w+:\/\//.test(value)) urls.push(value);
      }
      if (/^\s*\w+:\/\//.test(element.text)) urls.push(element.text.trim());
    }
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url === DEV_ORIGIN || url.startsWith(DEV_URL)).toBe(true);
    for (const page of urls.filter((url) => url.startsWith(DEV_URL)).map((url) => url.slice(DEV_URL.length))) {
      const file = page.replace(/[?#].*$/, '');
      const exists = file.startsWith('assets/') ? existsSync(join(ASSETS_DIR, file.slice('assets/'.length))) : false;
      expect({ page, served: exists || BUILT_PAGES.includes(file) }).toEqual({ page, served: true });
    }
    expect(findPath(root, 'AppDomains', 'AppDomain').map((d) => d.text)).toEqual([DEV_ORIGIN]);
  });
});

describe('manifiesto de Excel: botón de la cinta', () => {
  const root = parseXml(readRepoFile('manifest.xml'));

  test('pide ExcelApi 1.8 (tablas, gráficos, formato condicional y validación de datos) y ReadWriteDocument', () => {
    expect(findPath(root, 'Hosts', 'Host').map((h) => h.attributes.Name)).toEqual(['Workbook']);
    expect(findPath(root, 'Requirements', 'Sets', 'Set')[0]?.attributes).toEqual({
      Name: 'ExcelApi',
      MinVersion: '1.8',
    });
    expect(child(root, 'Permissions')?.text).toBe('ReadWriteDocument');
    expect(child(child(root, 'DefaultSettings'), 'SourceLocation')?.attributes.DefaultValue).toBe(
      `${DEV_URL}taskpane.html`,
    );
  });

  test('el grupo "Relaciones" de la pestaña Inicio tiene el botón "Relaciones", que abre el panel de tareas', () => {
    const [tab] = findAll(root, (e) => e.local === 'OfficeTab');
    expect(tab?.attributes.id).toBe('TabHome');
    const group = child(tab, 'Group');
    expect(resolve(root, child(group, 'Label'))).toBe('Relaciones');
    const buttons = findAll(group as XmlElement, (e) => e.local === 'Control');
    expect(buttons).toHaveLength(1);
    const [button] = buttons;
    expect(button?.attributes['xsi:type']).toBe('Button');
    expect(resolve(root, child(button, 'Label'))).toBe('Relaciones');
    const action = child(button, 'Action');
    expect(action?.attributes['xsi:type']).toBe('ShowTaskpane');
    expect(child(action, 'TaskpaneId')?.text).toBe('Relaciones.Taskpane');
    expect(resolve(root, child(action, 'SourceLocation'))).toBe(`${DEV_URL}taskpane.html`);
    expect(resolve(root, findAll(root, (e) => e.local === 'FunctionFile')[0])).toBe(`${DEV_URL}commands.html`);
  });
});

describe('manifiesto de Outlook: botones de lectura y de organizador', () => {
  const root = parseXml(readRepoFile('manifest.outlook.xml'));

  function buttonOn(surface: string): XmlElement | undefined {
    const point = findAll(root, (e) => e.local === 'ExtensionPoint' && e.attributes['xsi:type'] === surface);
    expect(point).toHaveLength(1);
    const controls = findAll(point[0] as XmlElement, (e) => e.local === 'Control');
    expect(controls).toHaveLength(1);
    return controls[0];
  }

  test('pide Mailbox 1.5 y ReadWriteItem, y se activa al leer mensajes y al organizar citas', () => {
    expect(findPath(root, 'Hosts', 'Host').map((h) => h.attributes.Name)).toEqual(['Mailbox']);
    expect(child(child(child(root, 'Requirements'), 'Sets'), 'Set')?.attributes).toEqual({
      Name: 'Mailbox',
      MinVersion: '1.5',
    });
    expect(child(root, 'Permissions')?.text).toBe('ReadWriteItem');
    const rule = child(root, 'Rule');
    expect(rule?.attributes).toMatchObject({ 'xsi:type': 'RuleCollection', Mode: 'Or' });
    expect(rule?.children.map((r) => r.attributes)).toEqual([
      { 'xsi:type': 'ItemIs', ItemType: 'Message', FormType: 'Read' },
      { 'xsi:type': 'ItemIs', ItemType: 'Appointment', FormType: 'Edit' },
    ]);
    const forms = findPath(root, 'FormSettings', 'Form').map((form) => [
      form.attributes['xsi:type'],
      child(child(form, 'DesktopSettings'), 'SourceLocation')?.attributes.DefaultValue,
    ]);
    expect(forms).toEqual([
      ['ItemRead', `${DEV_URL}taskpane.html?mode=complaint`],
      ['ItemEdit', `${DEV_URL}taskpane.html?mode=meeting`],
    ]);
  });

  test('"Registrar queja" al leer un mensaje abre el panel en modo queja', () => {
    const button = buttonOn('MessageReadCommandSurface');
    expect(resolve(root, child(button, 'Label'))).toBe('Registrar queja');
    const action = child(button, 'Action');
    expect(action?.attributes['xsi:type']).toBe('ShowTaskpane');
    expect(resolve(root, child(action, 'SourceLocation'))).toBe(`${DEV_URL}taskpane.html?mode=complaint`);
  });

  test('"Reunión de revisión" al organizar una cita abre el panel en modo reunión', () => {
    const button = buttonOn('AppointmentOrganizerCommandSurface');
    expect(resolve(root, child(button, 'Label'))).toBe('Reunión de revisión');
    const action = child(button, 'Action');
    expect(action?.attributes['xsi:type']).toBe('ShowTaskpane');
    expect(resolve(root, child(action, 'SourceLocation'))).toBe(`${DEV_URL}taskpane.html?mode=meeting`);
  });
});

describe('los dos manifiestos juntos', () => {
  test('tienen GUID distintos y estables (cambiarlos desinstala el complemento a los usuarios)', () => {
    const ids = MANIFESTS.map((m) => child(parseXml(readRepoFile(m.file)), 'Id')?.text);
    expect(ids).toEqual(['d8c40d41-76c2-4183-9d20-190893f7abef', '90d5d229-b4bf-400f-a1f6-a204da802637']);
  });

  test('los PNG de assets/ miden lo que dice su nombre y tienen su fuente SVG', () => {
    const pngs = readdirSync(ASSETS_DIR).filter((name) => name.endsWith('.png'));
    const iconSizes = pngs
      .map((name) => /^icon-(\d+)\.png$/.exec(name)?.[1])
      .filter((size): size is string => size !== undefined)
      .map(Number)
      .sort((a, b) => a - b);
    expect(iconSizes).toEqual([16, 20, 24, 32, 40, 48, 64, 80, 128]);
    for (const size of iconSizes) {
      expect(pngSize(readFileSync(join(ASSETS_DIR, `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
    expect(pngSize(readFileSync(join(ASSETS_DIR, 'logo-filled.png')))).toEqual({ width: 80, height: 80 });
    for (const svg of ['icon.svg', 'icon-small.svg', 'logo-filled.svg']) {
      expect(existsSync(join(ASSETS_DIR, svg))).toBe(true);
    }
  });
});

describe('substituteUrls (URL de producción en los manifiestos)', () => {
  const excel = readRepoFile('manifest.xml');

  test('cambia cada URL de desarrollo y el origen en AppDomain', () => {
    const prodUrl = 'https://addin.contoso.mx/relaciones/';
    const out = substituteUrls(excel, DEV_URL, prodUrl);
    expect(out.split(prodUrl).length).toBe(excel.split(DEV_URL).length);
    expect(out).toContain('<AppDomain>https://addin.contoso.mx</AppDomain>');
    expect(out).toContain(`<SourceLocation DefaultValue="${prodUrl}taskpane.html"/>`);
    expect(out).not.toContain('localhost');
  });

  test('rechaza una URL de producción http', () => {
    expect(() => substituteUrls(excel, DEV_URL, 'http://relaciones.example.com/addin/')).toThrow(/https/);
  });

  test("rechaza una URL de producción que no termina en '/'", () => {
    expect(() => substituteUrls(excel, DEV_URL, 'https://relaciones.example.com/addin')).toThrow(/'\/'/);
  });

  test('rechaza una URL de producción con consulta o con caracteres que romperían el XML', () => {
    expect(() => substituteUrls(excel, DEV_URL, 'https://relaciones.example.com/?v=2/')).toThrow();
    expect(() => substituteUrls(excel, DEV_URL, 'https://relaciones.example.com/a&b/')).toThrow(/not allowed/);
  });

  test('falla si el manifiesto usa el origen de desarrollo fuera de la URL base', () => {
    const xml = '<a href="https://localhost:3000/otra/pagina.html"/>';
    expect(() => substituteUrls(xml, 'https://localhost:3000/addin/', PROD_URL)).toThrow(/still refers/);
  });
});

describe('readUrlConfig (config de package.json y RELACIONES_ADDIN_URL)', () => {
  const saved = process.env.RELACIONES_ADDIN_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.RELACIONES_ADDIN_URL;
    else process.env.RELACIONES_ADDIN_URL = saved;
  });

  test('lee devUrl y prodUrl del "config" de package.json', () => {
    delete process.env.RELACIONES_ADDIN_URL;
    expect(readUrlConfig()).toEqual({ devUrl: DEV_URL, prodUrl: PROD_URL });
  });

  test('RELACIONES_ADDIN_URL reemplaza prodUrl', () => {
    process.env.RELACIONES_ADDIN_URL = 'https://addin.contoso.mx/';
    expect(readUrlConfig()).toEqual({ devUrl: DEV_URL, prodUrl: 'https://addin.contoso.mx/' });
  });

  test('RELACIONES_ADDIN_URL con http se rechaza', () => {
    process.env.RELACIONES_ADDIN_URL = 'http://addin.contoso.mx/';
    expect(() => readUrlConfig()).toThrow(/RELACIONES_ADDIN_URL must use https/);
  });
});
