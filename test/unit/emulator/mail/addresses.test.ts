import { isEmailAddress, resolveRecipient, uniqueAddresses } from '../../../../src/emulator/mail/addresses';
import { folderNotFound, resolveFolder } from '../../../../src/emulator/mail/folders';
import { folderId, isWellFormedId, newMessageId } from '../../../../src/emulator/mail/ids';
import { GraphError } from '../../../../src/emulator/http/graph-error';

describe('isEmailAddress', () => {
  it.each(['lider@relaciones.example', 'a.b+c@sub.dominio.com.mx', "o'brien@example.org"])('accepts %s', (a) => {
    expect(isEmailAddress(a)).toBe(true);
  });

  it.each([
    '',
    'no-es-correo',
    'a@b',
    '@b.com',
    'a@.com',
    'a..b@c.com',
    'a b@c.com',
    'a@b.123',
    `${'a'.repeat(65)}@b.com`,
  ])('rejects %p', (a) => {
    expect(isEmailAddress(a)).toBe(false);
  });
});

describe('recipients', () => {
  it('fills a missing name from the directory or the address', () => {
    const names = (address: string) => (address === 'lider@relaciones.example' ? 'Jorge' : undefined);
    expect(resolveRecipient({ emailAddress: { address: 'lider@relaciones.example' } }, names).emailAddress.name).toBe(
      'Jorge',
    );
    expect(resolveRecipient({ emailAddress: { address: 'x@y.example', name: ' ' } }, names).emailAddress.name).toBe(
      'x@y.example',
    );
    expect(resolveRecipient({ emailAddress: { address: 'x@y.example', name: 'X' } }, names).emailAddress.name).toBe(
      'X',
    );
  });

  it('uniqueAddresses lower-cases and de-duplicates across lists', () => {
    const r = (address: string) => ({ emailAddress: { address, name: address } });
    expect(uniqueAddresses([r('A@x.example'), r('b@x.example')], [r('a@X.example')])).toEqual([
      'a@x.example',
      'b@x.example',
    ]);
  });
});

describe('ids and folders', () => {
  it('message ids are URL-safe, well-formed and unique', () => {
    const ids = new Set(Array.from({ length: 50 }, newMessageId));
    expect(ids.size).toBe(50);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9_-]+=$/);
      expect(encodeURIComponent(id).replace(/%3D/g, '=')).toBe(id);
      expect(isWellFormedId(id)).toBe(true);
    }
    expect(isWellFormedId('../etc')).toBe(false);
    expect(isWellFormedId('short')).toBe(false);
  });

  it('folder ids are stable per owner and folder', () => {
    expect(folderId('u1', 'inbox')).toBe(folderId('u1', 'inbox'));
    expect(folderId('u1', 'inbox')).not.toBe(folderId('u2', 'inbox'));
    expect(folderId('u1', 'inbox')).not.toBe(folderId('u1', 'drafts'));
  });

  it('resolveFolder: well-known names case-insensitively, ids, 404 and 400', () => {
    expect(resolveFolder('u1', 'SentItems')).toBe('sentitems');
    expect(resolveFolder('u1', folderId('u1', 'deleteditems'))).toBe('deleteditems');
    const code = (key: string) => {
      try {
        resolveFolder('u1', key);
      } catch (error) {
        return `${(error as GraphError).status} ${(error as GraphError).code}`;
      }
      return 'ok';
    };
    expect(code('outbox')).toBe(`404 ${folderNotFound().code}`);
    expect(code(folderId('u2', 'inbox'))).toBe('404 ErrorItemNotFound');
    expect(code('no such')).toBe('400 ErrorInvalidIdMalformed');
  });
});
