/**
 * The query builder is the only way repositories filter: it refuses what SharePoint would refuse
 * (or fail on above 5000 items) before any request, escapes literals, and types them by column.
 */
import {
  AGREEMENT_LIST,
  CLIENT_LIST,
  COMPLAINT_LIST,
  SERVICE_REVIEW_LIST,
  SURVEY_CAMPAIGN_LIST,
} from '../../../../../src/adapters/graph/lists';
import type { ListDefinition } from '../../../../../src/adapters/graph/lists/list-definition';
import { buildListQuery, quoteODataString } from '../../../../../src/adapters/graph/repositories/list-query';

type AnyDefinition = ListDefinition<{ readonly key: string }>;
const asAny = (definition: unknown): AnyDefinition => definition as AnyDefinition;

describe('buildListQuery', () => {
  it('escapes single quotes by doubling them, and nothing else', () => {
    expect(quoteODataString(`O'Brien`)).toBe(`'O''Brien'`);
    expect(quoteODataString(`'' or 1 eq 1 or ''`)).toBe(`''''' or 1 eq 1 or '''''`);
    const built = buildListQuery(asAny(CLIENT_LIST), {
      where: [{ property: 'name', op: 'eq', value: `O'Brien & "Hnos" <b>` }],
    });
    expect(built.filter).toBe(`fields/Title eq 'O''Brien & "Hnos" <b>'`);
  });

  it('refuses a property that is not queryable, before anything is sent', () => {
    expect(() =>
      buildListQuery(asAny(COMPLAINT_LIST), { where: [{ property: 'severity', op: 'eq', value: 'high' }] }),
    ).toThrow(
      expect.objectContaining({ code: 'RECORD.UNINDEXED_FILTER', params: { list: 'Quejas', property: 'severity' } }),
    );
    expect(() => buildListQuery(asAny(COMPLAINT_LIST), { where: [], orderBy: { property: 'title' } })).toThrow(
      expect.objectContaining({ code: 'RECORD.UNINDEXED_FILTER' }),
    );
    // Inherited object properties are not queryable either.
    expect(() =>
      buildListQuery(asAny(COMPLAINT_LIST), { where: [{ property: 'toString', op: 'eq', value: 'x' }] }),
    ).toThrow(expect.objectContaining({ code: 'RECORD.UNINDEXED_FILTER' }));
  });

  it('refuses a queryable property whose column is not indexed', () => {
    const broken = asAny({
      ...CLIENT_LIST,
      columns: CLIENT_LIST.columns.map((c) => (c.name === 'Code' ? { ...c, indexed: false } : c)),
    });
    expect(() => buildListQuery(broken, { where: [{ property: 'code', op: 'eq', value: 'ACME' }] })).toThrow(
      expect.objectContaining({ code: 'RECORD.UNINDEXED_FILTER', params: { list: 'Clientes', property: 'code' } }),
    );
    const untitled = asAny({ ...CLIENT_LIST, title: { displayName: 'Nombre' } });
    expect(() => buildListQuery(untitled, { where: [{ property: 'name', op: 'eq', value: 'x' }] })).toThrow(
      expect.objectContaining({ code: 'RECORD.UNINDEXED_FILTER' }),
    );
  });

  it('puts equalities first and types literals by column', () => {
    const overdue = buildListQuery(asAny(AGREEMENT_LIST), {
      where: [
        { property: 'dueOn', op: 'lt', value: '2026-04-01' },
        { property: 'status', op: 'eq', value: 'open' },
      ],
    });
    expect(overdue.filter).toBe(`fields/Status eq 'open' and fields/DueOn lt '2026-04-01'`);
    expect(
      buildListQuery(asAny(SURVEY_CAMPAIGN_LIST), { where: [{ property: 'year', op: 'eq', value: 2026 }] }).filter,
    ).toBe('fields/Year eq 2026');
    const period = buildListQuery(asAny(COMPLAINT_LIST), {
      where: [
        { property: 'receivedAt', op: 'ge', value: '2026-01-01T00:00:00-06:00' },
        { property: 'receivedAt', op: 'lt', value: '2026-02-01' },
      ],
      orderBy: { property: 'receivedAt' },
    });
    expect(period.filter).toBe(
      `fields/ReceivedAt ge '2026-01-01T06:00:00Z' and fields/ReceivedAt lt '2026-02-01T00:00:00Z'`,
    );
    expect(period.orderby).toBe('fields/ReceivedAt asc');
    const reviews = buildListQuery(asAny(SERVICE_REVIEW_LIST), {
      where: [{ property: 'reviewedOn', op: 'ge', value: '2026-01-01' }],
    });
    expect(reviews.filter).toBe(`fields/ReviewedOn ge '2026-01-01'`);
  });

  it('refuses a literal of the wrong type for the column', () => {
    expect(() =>
      buildListQuery(asAny(SURVEY_CAMPAIGN_LIST), { where: [{ property: 'year', op: 'eq', value: '2026' }] }),
    ).toThrow(expect.objectContaining({ code: 'VALIDATION.INVALID_INPUT' }));
    expect(() =>
      buildListQuery(asAny(COMPLAINT_LIST), { where: [{ property: 'receivedAt', op: 'ge', value: 'yesterday' }] }),
    ).toThrow(expect.objectContaining({ code: 'VALIDATION.INVALID_INPUT' }));
  });

  it('re-checks text equality exactly, since SharePoint ignores case', () => {
    const built = buildListQuery(asAny(CLIENT_LIST), { where: [{ property: 'code', op: 'eq', value: 'ACME' }] });
    expect(built.matches({ code: 'ACME' })).toBe(true);
    expect(built.matches({ code: 'acme' })).toBe(false);
    expect(buildListQuery(asAny(CLIENT_LIST), { where: [] }).filter).toBeUndefined();
  });
});
