/** Every error code the lists, provisioning and repositories throw reads as a sentence in both languages. */
import { describeError } from '../../../../../src/i18n';
import { DomainError } from '../../../../../src/domain/shared/domain-error';

const ERRORS = [
  new DomainError('RECORD.MALFORMED', { list: 'Quejas', id: '7', field: 'Status' }),
  new DomainError('RECORD.UNINDEXED_FILTER', { list: 'Quejas', property: 'severity' }),
  new DomainError('RECORD.NOT_FOUND', { entity: 'complaint', key: 'cmp-00000001' }),
  new DomainError('RECORD.CONFLICT', { entity: 'complaint', key: 'cmp-00000001' }),
  new DomainError('PROVISION.MISMATCH', {
    list: 'Quejas',
    column: 'Status',
    property: 'indexed',
    expected: 'true',
    actual: 'false',
    count: 1,
  }),
  new DomainError('PROVISION.LIST_MISSING', { list: 'Clientes' }),
];

describe.each(['es-MX', 'en'] as const)('record and provisioning errors in %s', (locale) => {
  it.each(ERRORS.map((error) => [error.code, error] as const))('%s has its own message', (_code, error) => {
    const text = describeError(error, locale);
    expect(text).not.toMatch(/\{\{|RECORD\.|PROVISION\./);
    expect(text).not.toBe(describeError(new DomainError('NO.SUCH_CODE'), locale));
    for (const value of Object.values(error.params)) {
      if (typeof value === 'string' && !['complaint', 'true', 'false'].includes(value)) expect(text).toContain(value);
    }
  });
});
