/**
 * The client catalog of the demo (seed step 1, "Catálogo de Clientes"): clients with their RFC,
 * e-mail domains, owners and cadence; their contacts (some survey recipients, a few who left);
 * and the services they contract with SLA targets.
 */
import { parseClient, type Client } from '../../domain/client/client.entity';
import { parseContact, type Contact } from '../../domain/client/contact.entity';
import { parseService, type Service } from '../../domain/service/service.entity';
import type { IsoDate } from '../../domain/shared/primitives';
import {
  CITY_LADA,
  CLIENT_ROWS,
  CONTACT_ROLES,
  DEMO_PEOPLE,
  FEMALE_NAMES,
  MALE_NAMES,
  SERVICE_CATALOG,
  SLA_TIER_LABEL,
  SLA_TIERS,
  SURNAMES,
  type ClientRow,
} from './demo-catalog';
import { asciiFold, type DemoClient, type DemoContext } from './demo-context';
import type { Random } from './seeded-random';

/** Words an RFC skips when it takes a company's initials. */
const RFC_SKIPPED_WORDS = new Set([
  'DE',
  'DEL',
  'LA',
  'LAS',
  'LOS',
  'EL',
  'Y',
  'E',
  'EN',
  'A',
  'C',
  'V',
  'S',
  'R',
  'L',
]);

/** A company RFC: three initials, the founding date `YYMMDD` and a three-character homoclave. */
function companyRfc(name: string, founded: IsoDate, rng: Random): string {
  const legalName = name.split(',')[0] ?? name;
  const words = legalName
    .toUpperCase()
    .normalize('NFD')
    .replace(/[\u0300-\u0302\u0304-\u036f]/g, '')
    .normalize('NFC')
    .split(/[^A-ZÑ&]+/)
    .filter((word) => word.length > 0 && !RFC_SKIPPED_WORDS.has(word));
  // One initial per word; with fewer than three words the last word lends its next letters.
  const initials = words.map((word) => word.charAt(0)).join('');
  const letters =
    initials.length >= 3
      ? initials.slice(0, 3)
      : `${initials.slice(0, -1)}${words[words.length - 1] ?? ''}XXX`.slice(0, 3);
  const homoclave = Array.from({ length: 3 }, () => rng.pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ123456789'])).join('');
  return `${letters}${founded.slice(2, 4)}${founded.slice(5, 7)}${founded.slice(8, 10)}${homoclave}`;
}

/** Account owner and delivery lead: the two demo users for most clients, two colleagues for a few. */
function ownersOf(index: number): { accountOwner: string; deliveryLead: string } {
  return {
    accountOwner: index % 7 === 3 ? DEMO_PEOPLE.comercialAlt.email : DEMO_PEOPLE.comercial.email,
    deliveryLead: index % 8 === 5 ? DEMO_PEOPLE.liderAlt.email : DEMO_PEOPLE.lider.email,
  };
}

function validFromOf(row: ClientRow, ctx: DemoContext): IsoDate {
  const { clock } = ctx;
  // New clients started a few days into their first period, so their first review is still
  // ahead (TELSIERRA) or already late (REDMED); older contracts start on the first of a month.
  if (row.sinceMonths < 12) return clock.addDays(clock.addMonths(clock.today, -row.sinceMonths), 10);
  return `${clock.addMonths(clock.today, -row.sinceMonths).slice(0, 7)}-01`;
}

function buildClient(row: ClientRow, index: number, ctx: DemoContext, rng: Random): Client {
  const { clock } = ctx;
  const validFrom = validFromOf(row, ctx);
  const founded = clock.addDays(validFrom, -rng.between(365 * 3, 365 * 30));
  const inactive = row.profile === 'inactive';
  return parseClient({
    key: ctx.keys.next('client'),
    code: row.code,
    name: row.name,
    ...(rng.chance(0.9) ? { taxId: companyRfc(row.name, founded, rng) } : {}),
    emailDomains: [...row.domains],
    ...ownersOf(index),
    cadence: row.cadence,
    status: inactive ? 'inactive' : 'active',
    validFrom,
    ...(inactive ? { validTo: clock.addDays(clock.today, -70) } : {}),
  });
}

function phoneNumber(row: ClientRow, rng: Random): string {
  const lada = CITY_LADA[row.city];
  const digits = (count: number): string => Array.from({ length: count }, () => String(rng.int(10))).join('');
  return lada.length === 2 ? `+52 ${lada} ${digits(4)} ${digits(4)}` : `+52 ${lada} ${digits(3)} ${digits(4)}`;
}

function buildContacts(demoClient: Client, row: ClientRow, ctx: DemoContext, rng: Random): Contact[] {
  const count =
    row.contacts ??
    rng.weighted<number>([
      [1, 2],
      [2, 4],
      [3, 3],
      [4, 1],
    ]);
  const otherRoles = rng.shuffle(CONTACT_ROLES.slice(1));
  const used = new Set<string>();
  const contacts: Contact[] = [];
  for (let i = 0; i < count; i += 1) {
    const female = rng.chance(0.5);
    const first = rng.pick(female ? FEMALE_NAMES : MALE_NAMES);
    const [surname1, surname2] = rng.sample(SURNAMES, 2) as [string, string];
    const domain = row.domains[i % 3 === 2 && row.domains.length > 1 ? 1 : 0] ?? row.domains[0] ?? 'cliente.com.mx';
    let local = `${asciiFold(first.split(' ')[0] ?? first)}.${asciiFold(surname1)}`;
    if (used.has(local)) local = `${local}.${asciiFold(surname2)}`;
    used.add(local);
    const roles = i === 0 ? CONTACT_ROLES[0] : otherRoles[(i - 1) % otherRoles.length];
    // A contact other than the main one may have left the client (kept for the record).
    const left = i > 0 && rng.chance(0.08);
    contacts.push(
      parseContact({
        key: ctx.keys.next('contact'),
        clientCode: demoClient.code,
        name: `${first} ${surname1} ${surname2}`,
        email: `${local}@${domain}`,
        ...(roles === undefined ? {} : { role: female ? roles[1] : roles[0] }),
        ...(rng.chance(0.8) ? { phone: phoneNumber(row, rng) } : {}),
        surveyRecipient: !left && (i === 0 || (i === 1 && rng.chance(0.5)) || rng.chance(0.15)),
        ...(left ? { validTo: ctx.clock.addDays(ctx.clock.today, -rng.between(20, 200)) } : {}),
      }),
    );
  }
  return contacts;
}

function buildServices(client: Client, row: ClientRow, ctx: DemoContext, rng: Random): Service[] {
  const { clock } = ctx;
  return row.services.map(([code, tier], i) => {
    // Older clients added their second and third services later; new clients took all at once.
    const added =
      i === 0 || row.sinceMonths < 24
        ? client.validFrom
        : clock.addMonths(client.validFrom, rng.between(3, Math.min(18, row.sinceMonths - 14)));
    return parseService({
      key: ctx.keys.next('service'),
      clientCode: client.code,
      code,
      name: `${SERVICE_CATALOG[code].name} (SLA ${SLA_TIER_LABEL[tier]})`,
      sla: SLA_TIERS[tier],
      validFrom: added,
      ...(client.validTo === undefined ? {} : { validTo: client.validTo }),
    });
  });
}

/** Every client of the catalog with its contacts and services, in table order. */
export function buildClients(ctx: DemoContext): DemoClient[] {
  const rng = ctx.rng.fork('clients');
  return CLIENT_ROWS.map((row, index) => {
    const client = buildClient(row, index, ctx, rng);
    return {
      index,
      row,
      client,
      contacts: buildContacts(client, row, ctx, rng),
      services: buildServices(client, row, ctx, rng),
    };
  });
}
