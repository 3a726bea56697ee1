import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTranslator, describeError, errorMessage, hasKey, LOCALES, resolveLocale } from '../../../src/i18n';
import { en } from '../../../src/i18n/locales/en';
import { esMX } from '../../../src/i18n/locales/es-MX';
import { DomainError } from '../../../src/domain/shared/domain-error';

/** Every leaf key path of a catalog, e.g. `common.role.comercial`. */
function leafPaths(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    leafPaths(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe('i18n', () => {
  it('es-MX y en tienen exactamente las mismas claves', () => {
    expect(leafPaths(en).sort()).toEqual(leafPaths(esMX).sort());
  });

  it('ningún texto está vacío y los parámetros {{x}} coinciden entre idiomas', () => {
    const get = (root: unknown, path: string) =>
      path.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], root) as string;
    for (const path of leafPaths(esMX)) {
      const es = get(esMX, path);
      const enText = get(en, path);
      expect(es.trim()).not.toBe('');
      expect(enText.trim()).not.toBe('');
      const params = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
      expect({ path, params: params(enText) }).toEqual({ path, params: params(es) });
    }
  });

  it('español es el idioma por omisión y cualquier es-* resuelve a es-MX', () => {
    expect(resolveLocale(undefined)).toBe('es-MX');
    expect(resolveLocale('es-ES')).toBe('es-MX');
    expect(resolveLocale('en-US')).toBe('en');
    expect(LOCALES[0]).toBe('es-MX');
    expect(createTranslator()('common:role.deliveryLead')).toBe('Líder de Entrega del Servicio');
    expect(createTranslator('en')('common:role.deliveryLead')).toBe('Service Delivery Lead');
  });

  it('convierte un código de error en un mensaje con sus parámetros, sin escapar ni interpretar HTML', () => {
    const error = new DomainError('VALIDATION.INVALID_INPUT', { entity: '<b>Client</b>', field: 'name', count: 2 });
    expect(describeError(error)).toContain('<b>Client</b>');
    expect(describeError(error)).toContain('«name»');
    expect(describeError(error, 'en')).toContain('"name"');
  });

  it('los valores se insertan tal cual: un nombre con {{code}} o $t(...) no se interpreta', () => {
    const t = createTranslator();
    const error = {
      code: 'VALIDATION.INVALID_INPUT',
      params: { entity: 'X {{field}} $t(common:yes)', field: 'name', count: 1 },
    };
    expect(describeError(error)).toContain('X {{field}} $t(common:yes): los datos no son válidos');
    expect(describeError(error)).toContain('«name»');
    expect(t('common:role.comercial', { extra: '\uE0000\uE001' })).toBe('Comercial');
  });

  it('un código desconocido da el mensaje genérico con el código, no la clave cruda', () => {
    expect(errorMessage('NOPE.NOTHING')).toContain('NOPE.NOTHING');
    expect(errorMessage('NOPE.NOTHING')).toMatch(/^Ocurrió un error inesperado/);
    expect(hasKey('es-MX', 'errors:NOPE.NOTHING')).toBe(false);
  });
});

describe('etiquetas de parámetros en los mensajes de error', () => {
  it('un estado o un rol en un error se lee con su nombre en el idioma del lector', () => {
    const error = new DomainError('COMPLAINT.ILLEGAL_TRANSITION', { from: 'closed', to: 'inProgress' });
    expect(describeError(error)).toContain('(Cerrada → En atención)');
    expect(describeError(error, 'en')).toContain('(Closed → In progress)');
    const forbidden = new DomainError('COMPLAINT.FORBIDDEN_ROLE', { role: 'management', action: 'close' });
    expect(describeError(forbidden)).toContain('Su rol (Dirección) no permite esta acción («Cerrar»)');
  });

  it('un valor que no es un código conocido se muestra tal cual', () => {
    const error = new DomainError('COMPLAINT.ILLEGAL_TRANSITION', { from: 'none', to: '<b>x</b>' });
    expect(describeError(error)).toContain('(none → <b>x</b>)');
  });
});

describe('nombres de registros en los errores de validación', () => {
  it('cada entidad que valida datos tiene nombre en español e inglés', () => {
    for (const entity of Object.keys(esMX.common.entity)) {
      const error = new DomainError('VALIDATION.INVALID_INPUT', { entity, field: 'x', count: 1 });
      expect(describeError(error)).not.toContain(`${entity}:`);
      expect(describeError(error, 'en')).toMatch(/: the data is not valid/);
    }
    const sources = readdirSync(join(__dirname, '../../../src/domain'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(__dirname, '../../../src/domain', f), 'utf8'))
      .join('\n');
    const validated = [...sources.matchAll(/parseWith\([^,]+,\s*[^,]+,\s*'(\w+)'\)/g)].map((m) => m[1]);
    expect(validated.length).toBeGreaterThan(10);
    for (const entity of validated) expect(Object.keys(esMX.common.entity)).toContain(entity);
    const queja = new DomainError('VALIDATION.INVALID_INPUT', { entity: 'Complaint', field: 'severity', count: 1 });
    expect(describeError(queja)).toMatch(/^Queja: los datos no son válidos/);
  });
});
