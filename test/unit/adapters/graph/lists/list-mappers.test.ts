/**
 * Every list's mapper round-trips records through `fields` the way SharePoint keeps them: no empty
 * values, instants in UTC to the second, dateOnly values as an instant of midnight in the site's
 * time zone. Text comes back byte for byte; instants come back as the same instant, in `Z`.
 */
import { LISTS_BY_ENTITY, type ListEntity, type MappedListDefinition } from '../../../../../src/adapters/graph/lists';
import { cutLabel, dateFromStored, toUtcSeconds } from '../../../../../src/adapters/graph/lists/list-mapper';
import { isDomainError } from '../../../../../src/domain/shared/domain-error';
import { NASTY_TEXT, samplesFor } from './list-samples';

type Record_ = { readonly key: string };
type AnyMapped = MappedListDefinition<Record_>;

const ENTITIES = Object.keys(LISTS_BY_ENTITY) as ListEntity[];
const definitionOf = (entity: ListEntity): AnyMapped => LISTS_BY_ENTITY[entity];

/**
 * What SharePoint gives back for written `fields`: empty values left out, dateTime as
 * `YYYY-MM-DDTHH:mm:ssZ`, dateOnly as midnight of the site's zone (`utcOffsetHours`) in UTC, plus
 * the item's `@odata.etag` and `id`.
 */
function asStored(
  definition: AnyMapped,
  fields: Readonly<Record<string, string | number | boolean | null>>,
  utcOffsetHours = 0,
): Record<string, unknown> {
  const stored: Record<string, unknown> = { '@odata.etag': '"4f1c,1"', id: '7' };
  for (const [name, value] of Object.entries(fields)) {
    if (value === null || value === '') continue;
    const kind = definition.kindOf(name);
    if (kind === 'dateTime') stored[name] = toUtcSeconds(String(value));
    else if (kind === 'dateOnly') {
      const midnight = Date.parse(`${String(value)}T00:00:00Z`) - utcOffsetHours * 3_600_000;
      stored[name] = new Date(midnight).toISOString().replace('.000Z', 'Z');
    } else stored[name] = value;
  }
  return stored;
}

/** The record as it should read back: instants of dateTime columns in UTC to the second. */
function expectedBack(definition: AnyMapped, record: Record_): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  for (const column of definition.columns) {
    const property = definition.propertyOf[column.name];
    if (column.kind === 'dateTime' && property !== undefined && typeof out[property] === 'string') {
      out[property] = toUtcSeconds(out[property]);
    }
  }
  return out;
}

describe.each(ENTITIES)('%s list mapper', (entity) => {
  const definition = definitionOf(entity);
  const samples = samplesFor(entity);

  it('round-trips every sample through SharePoint-shaped fields', () => {
    for (const record of samples) {
      const back = definition.fromFields(asStored(definition, definition.toFields(record)));
      expect(back).toEqual(expectedBack(definition, record));
    }
  });

  it('keeps every instant and every date, whatever the site time zone', () => {
    for (const offset of [-6, 0, 1, 9]) {
      for (const record of samples) {
        const back = definition.fromFields(asStored(definition, definition.toFields(record), offset)) as Record<
          string,
          unknown
        >;
        for (const column of definition.columns) {
          const property = definition.propertyOf[column.name] ?? '';
          const original = (record as unknown as Record<string, unknown>)[property];
          if (typeof original !== 'string') continue;
          if (column.kind === 'dateTime') {
            expect(Math.floor(Date.parse(String(back[property])) / 1000)).toBe(Math.floor(Date.parse(original) / 1000));
            expect(back[property]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
          }
          if (column.kind === 'dateOnly') expect(back[property]).toBe(original);
        }
      }
    }
  });

  it('writes Title, every column (null when absent) and nothing else', () => {
    const fields = definition.toFields(samples[0] as Record_);
    const names = ['Title', ...definition.columns.map((c) => c.name)].sort();
    expect(Object.keys(fields).sort()).toEqual(names);
    expect(typeof fields.Title).toBe('string');
    expect((fields.Title as string).length).toBeLessThanOrEqual(255);
    for (const value of Object.values(fields)) {
      expect(value === null || ['string', 'number', 'boolean'].includes(typeof value)).toBe(true);
      expect(value).not.toBe('');
    }
  });

  it('turns a malformed item into RECORD.MALFORMED naming the list, the item and the column', () => {
    const stored = asStored(definition, definition.toFields(samples[0] as Record_));
    const keyless = { ...stored };
    delete keyless.RecordKey;
    expect(() => definition.fromFields(keyless)).toThrow(
      expect.objectContaining({
        code: 'RECORD.MALFORMED',
        params: expect.objectContaining({ list: definition.name, id: '7', field: 'RecordKey' }),
      }),
    );
  });
});

describe('list mapper details', () => {
  const clients = definitionOf('client');
  const complaints = definitionOf('complaint');

  it('stores text exactly as given: HTML, quotes, formulas, emoji, line breaks', () => {
    for (const [index, name] of NASTY_TEXT.entries()) {
      const record = samplesFor('client')[0] as Record_ & { name: string };
      const fields = clients.toFields({ ...record, name: name.trim(), code: `N${index}X` } as Record_);
      expect(fields.Title).toBe(name.trim());
    }
  });

  it('joins e-mail domains with ";" and reads an empty column as no domains', () => {
    const [, obrien, xss] = samplesFor('client') as [Record_, Record_, Record_];
    expect(clients.toFields(obrien).EmailDomains).toBe('obrien.com.mx;mail.obrien.mx');
    expect(clients.toFields(xss).EmailDomains).toBeNull();
    const back = clients.fromFields(asStored(clients, clients.toFields(xss))) as Record_ & { emailDomains: string[] };
    expect(back.emailDomains).toEqual([]);
  });

  it('writes instants in UTC to the second: an offset becomes Z, milliseconds are dropped (documented)', () => {
    const [, full] = samplesFor('complaint') as (Record_ & { acknowledgedAt: string; resolvedAt: string })[];
    const fields = complaints.toFields(full as Record_);
    expect(fields.AcknowledgedAt).toBe('2026-03-02T15:30:00Z');
    expect(fields.ResolvedAt).toBe('2026-03-03T18:00:00Z');
    expect(toUtcSeconds('2026-11-28T03:00:00.987Z')).toBe('2026-11-28T03:00:00Z');
    // Inside JSON columns instants are kept exactly as written.
    expect(String(fields.Pauses)).toContain('2026-03-03T10:00:00.123Z');
  });

  it('reads a dateOnly value as the nearest UTC midnight (site zones UTC−11 … UTC+12)', () => {
    expect(dateFromStored('2026-04-01T00:00:00Z')).toBe('2026-04-01');
    expect(dateFromStored('2026-04-01T06:00:00Z')).toBe('2026-04-01'); // Mexico City
    expect(dateFromStored('2026-03-31T23:00:00Z')).toBe('2026-04-01'); // UTC+1
    expect(dateFromStored('2026-03-31T12:00:00Z')).toBe('2026-04-01'); // UTC+12
    expect(dateFromStored('2026-04-01')).toBe('2026-04-01');
  });

  it('cuts a derived Title label to 255 characters without splitting an emoji', () => {
    const [, long] = samplesFor('agreement');
    const title = definitionOf('agreement').toFields(long as Record_).Title as string;
    expect(title.length).toBe(254);
    expect(cutLabel('a😀', 2)).toBe('a');
  });

  it('names the column of a bad value, a bad choice and broken JSON', () => {
    const stored = asStored(complaints, complaints.toFields(samplesFor('complaint')[1] as Record_));
    const fieldOf = (fields: Record<string, unknown>): unknown => {
      try {
        complaints.fromFields(fields);
      } catch (error) {
        expect(isDomainError(error, 'RECORD.MALFORMED')).toBe(true);
        return isDomainError(error) ? error.params.field : undefined;
      }
      return undefined;
    };
    expect(fieldOf({ ...stored, Status: 'bogus' })).toBe('Status');
    expect(fieldOf({ ...stored, History: '[{' })).toBe('History');
    expect(fieldOf({ ...stored, History: '[{"at":"nope"}]' })).toBe('History');
    expect(fieldOf({ ...stored, ReopenCount: 'two' })).toBe('ReopenCount');
    expect(fieldOf({ ...stored, Title: undefined })).toBe('Title');
    expect(fieldOf({ ...stored, ClientCode: 'lower case' })).toBe('ClientCode');
  });

  it('ignores the system fields Graph adds to an item', () => {
    const record = samplesFor('contact')[0] as Record_;
    const stored = {
      ...asStored(definitionOf('contact'), definitionOf('contact').toFields(record)),
      ContentType: 'Item',
      Modified: '2026-01-01T00:00:00Z',
      AuthorLookupId: '6',
      _UIVersionString: '1.0',
    };
    expect(definitionOf('contact').fromFields(stored)).toEqual(record);
  });
});
