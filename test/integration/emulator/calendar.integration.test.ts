import type { Event } from '@microsoft/microsoft-graph-types';
import { startHarness, type EmulatorHarness, COMERCIAL, LIDER } from './support/emulator-harness';

let h: EmulatorHarness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.stop();
});

const MX = 'Central Standard Time (Mexico)';
const PT = 'Pacific Standard Time';

const at = (date: string, time = '10:00:00', timeZone = MX) => ({ dateTime: `${date}T${time}`, timeZone });
const meeting = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  subject: 'Revisión de servicio',
  start: at('2026-03-10', '10:00:00'),
  end: at('2026-03-10', '11:00:00'),
  ...overrides,
});

let userCount = 0;
/** A fresh mailbox, so that counts in one test are not disturbed by another. */
async function newUser(): Promise<string> {
  userCount += 1;
  const upn = `calendario${userCount}@relaciones.example`;
  const r = await h.admin('POST', '/emulator/users', { upn, displayName: `Usuario Calendario ${userCount}` });
  expect(r.status).toBe(201);
  return upn;
}

async function post(user: string, body: unknown, headers: Record<string, string> = {}) {
  return h.raw('POST', '/v1.0/me/events', { user, body, headers });
}

async function created(user: string, body: unknown): Promise<Event & { id: string }> {
  const r = await post(user, body);
  expect(r.status).toBe(201);
  return r.body as Event & { id: string };
}

async function allEvents(user: string): Promise<Event[]> {
  const r = await h.raw('GET', '/v1.0/me/events?$top=1000', { user });
  expect(r.status).toBe(200);
  return r.body.value as Event[];
}

/** Every page of a calendar view, following `@odata.nextLink`. */
async function calendarView(
  user: string,
  start: string,
  end: string,
  extra = '',
  headers: Record<string, string> = {},
): Promise<Event[]> {
  const items: Event[] = [];
  let path: string | undefined = `/v1.0/me/calendarView?startDateTime=${start}&endDateTime=${end}${extra}`;
  while (path !== undefined) {
    const r = await h.raw('GET', path, { user, headers });
    expect(r.status).toBe(200);
    items.push(...r.body.value);
    const next: string | undefined = r.body['@odata.nextLink'];
    path = next === undefined ? undefined : next.slice(h.url.length);
  }
  return items;
}

/** A series every Tuesday and Thursday at 10:00 Mexico City time from 3 March 2026. */
const weeklyTueThu = (numberOfOccurrences = 8): Record<string, unknown> => ({
  start: at('2026-03-03'),
  end: at('2026-03-03', '11:00:00'),
  recurrence: {
    pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday', 'thursday'] },
    range: { type: 'numbered', startDate: '2026-03-03', numberOfOccurrences },
  },
});

describe('POST /me/events', () => {
  it('creates a single event with the shape Graph returns (through the SDK)', async () => {
    const user = await newUser();
    const client = h.client(user);
    const event: Event = await client.api('/me/events').post({
      subject: 'Comida con el cliente',
      body: { contentType: 'text', content: 'Hablar del contrato.' },
      start: { dateTime: '2026-04-15T12:00:00', timeZone: PT },
      end: { dateTime: '2026-04-15T14:00:00', timeZone: PT },
      location: { displayName: "Harry's Bar" },
      attendees: [{ emailAddress: { address: 'samantha@contoso.example', name: 'Samantha Booth' }, type: 'required' }],
      categories: ['Cliente'],
    });
    expect(event.id).toMatch(/^AAMk[A-Za-z0-9_-]+=*$/);
    expect(event.changeKey).toBeTruthy();
    expect((event as Record<string, unknown>)['@odata.etag']).toBe(`W/"${event.changeKey}"`);
    expect(event.createdDateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$/);
    expect(event.iCalUId).toMatch(/^040000008200E00074C5B7101A82E008[0-9A-F]+$/);
    expect(event).toMatchObject({
      subject: 'Comida con el cliente',
      bodyPreview: 'Hablar del contrato.',
      body: { contentType: 'text', content: 'Hablar del contrato.' },
      start: { dateTime: '2026-04-15T12:00:00.0000000', timeZone: PT },
      end: { dateTime: '2026-04-15T14:00:00.0000000', timeZone: PT },
      originalStartTimeZone: PT,
      originalEndTimeZone: PT,
      location: {
        displayName: "Harry's Bar",
        locationType: 'default',
        uniqueId: "Harry's Bar",
        uniqueIdType: 'private',
      },
      locations: [{ displayName: "Harry's Bar", locationType: 'default', uniqueIdType: 'unknown' }],
      attendees: [
        {
          type: 'required',
          status: { response: 'none', time: '0001-01-01T00:00:00Z' },
          emailAddress: { name: 'Samantha Booth', address: 'samantha@contoso.example' },
        },
      ],
      organizer: { emailAddress: { address: user, name: expect.stringContaining('Usuario Calendario') } },
      isOrganizer: true,
      type: 'singleInstance',
      seriesMasterId: null,
      recurrence: null,
      isAllDay: false,
      isCancelled: false,
      isOnlineMeeting: false,
      onlineMeeting: null,
      onlineMeetingProvider: 'unknown',
      responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
      transactionId: null,
      categories: ['Cliente'],
      importance: 'normal',
      sensitivity: 'normal',
      showAs: 'busy',
      reminderMinutesBeforeStart: 15,
      isReminderOn: true,
      responseRequested: true,
      hasAttachments: false,
    });
    expect(event.webLink).toContain(encodeURIComponent(event.id as string));
    const again: Event = await client.api(`/me/events/${event.id}`).get();
    expect(again.id).toBe(event.id);
    expect(again.changeKey).toBe(event.changeKey);
  });

  it('stores an HTML body with <script> exactly and previews it as text', async () => {
    const user = await newUser();
    const html =
      '<html><body><p>Agenda&nbsp;<b>Q3</b></p><script>alert("x")</script><img src=x onerror=alert(1)></body></html>';
    const event = await created(user, meeting({ body: { contentType: 'HTML', content: html } }));
    expect(event.body).toEqual({ contentType: 'html', content: html });
    expect(event.bodyPreview).toBe('Agenda Q3');
    const got = await h.raw('GET', `/v1.0/me/events/${event.id}`, { user });
    expect(got.body.body.content).toBe(html);
  });

  it('accepts enumeration values in any case and returns Graph’s spelling', async () => {
    const user = await newUser();
    const event = await created(
      user,
      meeting({
        importance: 'HIGH',
        showAs: 'Tentative',
        attendees: [{ emailAddress: { address: 'ana@contoso.example' }, type: 'Optional' }],
        recurrence: {
          pattern: { type: 'Weekly', interval: 1, daysOfWeek: ['Tuesday'] },
          range: { type: 'NoEnd', startDate: '2026-03-10' },
        },
      }),
    );
    expect(event).toMatchObject({ importance: 'high', showAs: 'tentative', type: 'seriesMaster' });
    expect(event.attendees?.[0]).toMatchObject({ type: 'optional', emailAddress: { name: 'ana@contoso.example' } });
    expect(event.recurrence?.pattern?.daysOfWeek).toEqual(['tuesday']);
    expect(event.recurrence?.range).toEqual({
      type: 'noEnd',
      startDate: '2026-03-10',
      endDate: '0001-01-01',
      recurrenceTimeZone: MX,
      numberOfOccurrences: 0,
    });
  });

  it('an online meeting gets a Teams join URL', async () => {
    const user = await newUser();
    const event = await created(user, meeting({ isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' }));
    expect(event.isOnlineMeeting).toBe(true);
    expect(event.onlineMeetingProvider).toBe('teamsForBusiness');
    expect(event.onlineMeeting?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_/);
  });

  it('keeps the all-day form: midnight to midnight', async () => {
    const user = await newUser();
    const event = await created(
      user,
      meeting({ isAllDay: true, start: at('2026-05-01', '00:00:00'), end: at('2026-05-02', '00:00:00') }),
    );
    expect(event).toMatchObject({ isAllDay: true, start: { dateTime: '2026-05-01T00:00:00.0000000', timeZone: MX } });
    const got = await h.raw('GET', `/v1.0/me/events/${event.id}`, { user });
    expect(got.body.start).toEqual({ dateTime: '2026-05-01T00:00:00.0000000', timeZone: 'UTC' });
    const view = await calendarView(user, '2026-05-01T06:00:00Z', '2026-05-02T06:00:00Z');
    expect(view.map((e) => e.id)).toEqual([event.id]);
  });

  it('is the same calendar under /users/{upn}/events and /me/calendar/events', async () => {
    const user = await newUser();
    const viaUsers = await h.raw('POST', `/v1.0/users/${user}/events`, { user, body: meeting() });
    expect(viaUsers.status).toBe(201);
    const viaCalendar = await h.raw('POST', '/v1.0/me/calendar/events', { user, body: meeting() });
    expect(viaCalendar.status).toBe(201);
    const list = await h.raw('GET', `/v1.0/users/${user}/calendar/events`, { user });
    expect(list.body.value.map((e: Event) => e.id).sort()).toEqual([viaUsers.body.id, viaCalendar.body.id].sort());
    const one = await h.raw('GET', `/v1.0/users/${user}/events/${viaCalendar.body.id}`, { user });
    expect(one.status).toBe(200);
  });
});

describe('transactionId idempotency', () => {
  it('a repeated POST returns the first event (201, same id) and creates nothing, even with another body', async () => {
    const user = await newUser();
    const first = await post(user, meeting({ transactionId: 'tx-001', subject: 'Primera' }));
    const second = await post(
      user,
      meeting({
        transactionId: 'tx-001',
        subject: 'Segunda',
        start: at('2026-03-11'),
        end: at('2026-03-11', '11:00:00'),
      }),
    );
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(second.body.subject).toBe('Primera');
    expect(second.body.transactionId).toBe('tx-001');
    expect(await allEvents(user)).toHaveLength(1);
    const filtered = await h.raw('GET', "/v1.0/me/events?$filter=transactionId eq 'tx-001'", { user });
    expect(filtered.body.value).toHaveLength(1);
  });

  it('concurrent POSTs with the same transactionId make one event and one invitation copy', async () => {
    const user = await newUser();
    const attendee = await newUser();
    const body = meeting({ transactionId: 'tx-concurrent', attendees: [{ emailAddress: { address: attendee } }] });
    const client = h.client(user);
    const results: Event[] = await Promise.all(Array.from({ length: 8 }, () => client.api('/me/events').post(body)));
    expect(new Set(results.map((e) => e.id)).size).toBe(1);
    expect(await allEvents(user)).toHaveLength(1);
    expect(await allEvents(attendee)).toHaveLength(1);
  });

  it('the same transactionId in another mailbox is another event', async () => {
    const a = await newUser();
    const b = await newUser();
    const ea = await created(a, meeting({ transactionId: 'tx-shared' }));
    const eb = await created(b, meeting({ transactionId: 'tx-shared' }));
    expect(ea.id).not.toBe(eb.id);
  });

  it('a failed POST does not reserve the transactionId', async () => {
    const user = await newUser();
    const bad = await post(user, meeting({ transactionId: 'tx-retry', end: at('2026-03-10', '09:00:00') }));
    expect(bad.status).toBe(400);
    const good = await post(user, meeting({ transactionId: 'tx-retry' }));
    expect(good.status).toBe(201);
  });
});

describe('validation: each 400 stores nothing', () => {
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    [
      'an unknown property',
      meeting({ colour: 'red' }),
      'BadRequest',
      /Property 'colour' does not exist on type 'microsoft.graph.event'/,
    ],
    ['a wrong type', meeting({ isAllDay: 'yes' }), 'BadRequest', /isAllDay/],
    ['an unknown enum value', meeting({ importance: 'urgent' }), 'BadRequest', /microsoft.graph.importance/],
    ['no start', { subject: 'x', end: at('2026-03-10') }, 'ErrorPropertyValidationFailure', /start/],
    [
      'end before start',
      meeting({ end: at('2026-03-10', '09:00:00') }),
      'ErrorPropertyValidationFailure',
      /end of the event/,
    ],
    [
      'an unknown time zone',
      meeting({ start: at('2026-03-10', '10:00:00', 'Mars Standard Time') }),
      'TimeZoneNotSupportedException',
      /The following TimeZone value is not supported: 'Mars Standard Time'/,
    ],
    [
      'an invalid dateTime',
      meeting({ start: { dateTime: '10/03/2026 10:00', timeZone: MX } }),
      'BadRequest',
      /start.dateTime/,
    ],
    [
      'all-day not at midnight',
      meeting({ isAllDay: true, start: at('2026-03-10', '09:00:00'), end: at('2026-03-11', '09:00:00') }),
      'ErrorPropertyValidationFailure',
      /midnight/,
    ],
    [
      'weekly without daysOfWeek',
      meeting({
        recurrence: { pattern: { type: 'weekly', interval: 1 }, range: { type: 'noEnd', startDate: '2026-03-10' } },
      }),
      'ErrorPropertyValidationFailure',
      /daysOfWeek' is required/,
    ],
    [
      'absoluteMonthly without dayOfMonth',
      meeting({
        recurrence: {
          pattern: { type: 'absoluteMonthly', interval: 1 },
          range: { type: 'noEnd', startDate: '2026-03-10' },
        },
      }),
      'ErrorPropertyValidationFailure',
      /dayOfMonth/,
    ],
    [
      'a range starting on another day',
      meeting({
        recurrence: {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] },
          range: { type: 'noEnd', startDate: '2026-03-17' },
        },
      }),
      'ErrorPropertyValidationFailure',
      /same date as the start/,
    ],
    [
      'a numbered range without a count',
      meeting({
        recurrence: { pattern: { type: 'daily', interval: 1 }, range: { type: 'numbered', startDate: '2026-03-10' } },
      }),
      'ErrorPropertyValidationFailure',
      /numberOfOccurrences/,
    ],
    [
      'an invalid attendee address',
      meeting({ attendees: [{ emailAddress: { address: 'not-an-address' }, type: 'required' }] }),
      'ErrorInvalidRecipients',
      /not-an-address/,
    ],
    [
      'an unknown attendee type',
      meeting({ attendees: [{ emailAddress: { address: 'a@contoso.example' }, type: 'vip' }] }),
      'BadRequest',
      /attendeeType/,
    ],
  ];

  it.each(cases)('%s', async (_name, body, code, message) => {
    const user = await newUser();
    const r = await post(user, { ...body, transactionId: 'tx-invalid' });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe(code);
    expect(r.body.error.message).toMatch(message);
    expect(await allEvents(user)).toHaveLength(0);
  });

  it('an empty or unreadable body', async () => {
    const user = await newUser();
    const empty = await h.raw('POST', '/v1.0/me/events', {
      user,
      rawBody: '',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(empty.status).toBe(400);
    const broken = await h.raw('POST', '/v1.0/me/events', {
      user,
      rawBody: '{"subject":',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    expect(await allEvents(user)).toHaveLength(0);
  });
});

describe('authorisation', () => {
  it('401 without a token', async () => {
    const r = await h.raw('GET', '/v1.0/me/events', { token: null });
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('InvalidAuthenticationToken');
  });

  it("403 for another user's calendar, and nothing is written there", async () => {
    const before = await allEvents(COMERCIAL);
    const write = await h.raw('POST', `/v1.0/users/${COMERCIAL}/events`, { user: LIDER, body: meeting() });
    expect(write.status).toBe(403);
    expect(write.body.error.code).toBe('ErrorAccessDenied');
    const read = await h.raw(
      'GET',
      `/v1.0/users/${COMERCIAL}/calendarView?startDateTime=2026-01-01&endDateTime=2026-12-31`,
      {
        user: LIDER,
      },
    );
    expect(read.status).toBe(403);
    expect(await allEvents(COMERCIAL)).toHaveLength(before.length);
  });

  it('Calendars.Read reads but does not write', async () => {
    const user = await newUser();
    const token = await h.token(user, ['Calendars.Read']);
    expect((await h.raw('GET', '/v1.0/me/events', { token })).status).toBe(200);
    const write = await h.raw('POST', '/v1.0/me/events', { token, body: meeting() });
    expect(write.status).toBe(403);
    const none = await h.token(user, ['User.Read']);
    expect((await h.raw('GET', '/v1.0/me/events', { token: none })).status).toBe(403);
  });
});

describe('recurring series and calendarView', () => {
  it('expands a weekly Tuesday/Thursday series into occurrences with stable, distinct ids', async () => {
    const user = await newUser();
    const master = await created(user, meeting({ ...weeklyTueThu(8) }));
    expect(master.type).toBe('seriesMaster');
    const view = await calendarView(user, '2026-03-01T00:00:00', '2026-04-01T00:00:00', '', {
      Prefer: `outlook.timezone="${MX}"`,
    });
    expect(view.map((e) => e.start?.dateTime)).toEqual(
      ['03', '05', '10', '12', '17', '19', '24', '26'].map((d) => `2026-03-${d}T10:00:00.0000000`),
    );
    expect(view.every((e) => e.type === 'occurrence' && e.seriesMasterId === master.id)).toBe(true);
    expect(view.every((e) => e.recurrence === null && e.subject === 'Revisión de servicio')).toBe(true);
    expect(new Set(view.map((e) => e.id)).size).toBe(8);
    expect(view.map((e) => e.id)).not.toContain(master.id);
    const again = await calendarView(user, '2026-03-01T00:00:00', '2026-04-01T00:00:00');
    expect(again.map((e) => e.id)).toEqual(view.map((e) => e.id));
    const one = await h.raw('GET', `/v1.0/me/events/${view[2]?.id}`, { user });
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({
      type: 'occurrence',
      seriesMasterId: master.id,
      originalStart: '2026-03-10T16:00:00Z',
    });
    // /events lists the master only.
    expect((await allEvents(user)).map((e) => e.id)).toEqual([master.id]);
  });

  it('a Mexico City series stays at 10:00 local while Pacific time changes to DST', async () => {
    const user = await newUser();
    await created(
      user,
      meeting({
        start: at('2026-03-03'),
        end: at('2026-03-03', '11:00:00'),
        recurrence: {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] },
          range: { type: 'endDate', startDate: '2026-03-03', endDate: '2026-11-10' },
        },
      }),
    );
    const utc = await calendarView(user, '2026-03-01', '2026-03-20');
    expect(utc.map((e) => e.start)).toEqual(
      ['03', '10', '17'].map((d) => ({ dateTime: `2026-03-${d}T16:00:00.0000000`, timeZone: 'UTC' })),
    );
    const pacific = await calendarView(user, '2026-03-01', '2026-03-20', '', { Prefer: `outlook.timezone="${PT}"` });
    expect(pacific.map((e) => e.start?.dateTime)).toEqual([
      '2026-03-03T08:00:00.0000000',
      '2026-03-10T09:00:00.0000000', // US DST began on 8 March; Mexico has none
      '2026-03-17T09:00:00.0000000',
    ]);
    const november = await calendarView(user, '2026-10-25', '2026-11-15', '', {
      Prefer: 'outlook.timezone="America/Mexico_City"',
    });
    expect(november.map((e) => e.start?.dateTime)).toEqual([
      '2026-10-27T10:00:00.0000000',
      '2026-11-03T10:00:00.0000000',
      '2026-11-10T10:00:00.0000000',
    ]);
  });

  it('a Pacific Standard Time series stays at 10:00 Pacific across DST (UTC moves)', async () => {
    const user = await newUser();
    await created(
      user,
      meeting({
        start: at('2026-03-02', '10:00:00', PT),
        end: at('2026-03-02', '10:30:00', PT),
        recurrence: {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] },
          range: { type: 'numbered', startDate: '2026-03-02', numberOfOccurrences: 3 },
        },
      }),
    );
    const utc = await calendarView(user, '2026-03-01', '2026-03-31');
    expect(utc.map((e) => [e.start?.dateTime, e.end?.dateTime])).toEqual([
      ['2026-03-02T18:00:00.0000000', '2026-03-02T18:30:00.0000000'],
      ['2026-03-09T17:00:00.0000000', '2026-03-09T17:30:00.0000000'],
      ['2026-03-16T17:00:00.0000000', '2026-03-16T17:30:00.0000000'],
    ]);
    const local = await calendarView(user, '2026-03-01', '2026-03-31', '', { Prefer: `outlook.timezone="${PT}"` });
    expect(local.every((e) => e.start?.dateTime?.endsWith('T10:00:00.0000000'))).toBe(true);
  });

  it('absoluteMonthly on day 31 falls on the last day of shorter months', async () => {
    const user = await newUser();
    await created(
      user,
      meeting({
        start: at('2026-01-31'),
        end: at('2026-01-31', '11:00:00'),
        recurrence: {
          pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 31 },
          range: { type: 'noEnd', startDate: '2026-01-31' },
        },
      }),
    );
    const view = await calendarView(user, '2026-01-01T06:00:00Z', '2027-01-01T06:00:00Z', '', {
      Prefer: `outlook.timezone="${MX}"`,
    });
    expect(view.map((e) => e.start?.dateTime?.slice(0, 10))).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
      '2026-12-31',
    ]);
  });

  it('relativeMonthly on the first Monday, numbered', async () => {
    const user = await newUser();
    await created(
      user,
      meeting({
        start: at('2026-01-05', '09:00:00'),
        end: at('2026-01-05', '09:30:00'),
        recurrence: {
          pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['monday'], index: 'first' },
          range: { type: 'numbered', startDate: '2026-01-05', numberOfOccurrences: 6 },
        },
      }),
    );
    const view = await calendarView(user, '2026-01-01', '2027-01-01', '', { Prefer: `outlook.timezone="${MX}"` });
    expect(view.map((e) => e.start?.dateTime?.slice(0, 10))).toEqual([
      '2026-01-05',
      '2026-02-02',
      '2026-03-02',
      '2026-04-06',
      '2026-05-04',
      '2026-06-01',
    ]);
  });

  it.each([
    ['monthly', { type: 'absoluteMonthly', interval: 1, dayOfMonth: 15 }, 12],
    ['bimonthly', { type: 'absoluteMonthly', interval: 2, dayOfMonth: 15 }, 6],
    ['quarterly', { type: 'absoluteMonthly', interval: 3, dayOfMonth: 15 }, 4],
    ['semiannual', { type: 'absoluteMonthly', interval: 6, dayOfMonth: 15 }, 2],
    ['annual', { type: 'absoluteYearly', interval: 1, dayOfMonth: 15, month: 1 }, 1],
  ])('%s cadence: %j has %i occurrences in a year', async (_name, pattern, count) => {
    const user = await newUser();
    await created(
      user,
      meeting({
        start: at('2026-01-15'),
        end: at('2026-01-15', '11:00:00'),
        recurrence: { pattern, range: { type: 'noEnd', startDate: '2026-01-15' } },
      }),
    );
    expect(await calendarView(user, '2026-01-01T00:00:00-06:00', '2027-01-01T00:00:00-06:00')).toHaveLength(count);
    expect(await calendarView(user, '2027-01-01T00:00:00-06:00', '2028-01-01T00:00:00-06:00')).toHaveLength(count);
  });

  it('an endDate range includes its end date and stops there', async () => {
    const user = await newUser();
    await created(
      user,
      meeting({
        start: at('2026-03-01'),
        end: at('2026-03-01', '11:00:00'),
        recurrence: {
          pattern: { type: 'daily', interval: 2 },
          range: { type: 'endDate', startDate: '2026-03-01', endDate: '2026-03-09' },
        },
      }),
    );
    const view = await calendarView(user, '2026-02-01', '2026-04-01', '', { Prefer: `outlook.timezone="${MX}"` });
    expect(view.map((e) => e.start?.dateTime?.slice(0, 10))).toEqual([
      '2026-03-01',
      '2026-03-03',
      '2026-03-05',
      '2026-03-07',
      '2026-03-09',
    ]);
  });

  it('mixes single events and occurrences in start order and respects the window edges', async () => {
    const user = await newUser();
    const before = await created(
      user,
      meeting({ subject: 'Antes', start: at('2026-03-10', '08:00:00'), end: at('2026-03-10', '09:00:00') }),
    );
    const touching = await created(
      user,
      meeting({ subject: 'Termina al inicio', start: at('2026-03-09', '08:00:00'), end: at('2026-03-10', '00:00:00') }),
    );
    await created(
      user,
      meeting({
        subject: 'Serie',
        start: at('2026-03-10', '12:00:00'),
        end: at('2026-03-10', '13:00:00'),
        recurrence: {
          pattern: { type: 'daily', interval: 1 },
          range: { type: 'numbered', startDate: '2026-03-10', numberOfOccurrences: 3 },
        },
      }),
    );
    const view = await calendarView(user, '2026-03-10T00:00:00-06:00', '2026-03-11T00:00:00-06:00');
    expect(view.map((e) => e.subject)).toEqual(['Antes', 'Serie']);
    expect(view.map((e) => e.id)).not.toContain(touching.id);
    expect(view[0]?.id).toBe(before.id);
  });

  it('pages by 10 by default with an absolute nextLink, and honours $top up to 1000', async () => {
    const user = await newUser();
    await created(
      user,
      meeting({
        start: at('2026-03-01'),
        end: at('2026-03-01', '11:00:00'),
        recurrence: {
          pattern: { type: 'daily', interval: 1 },
          range: { type: 'numbered', startDate: '2026-03-01', numberOfOccurrences: 25 },
        },
      }),
    );
    const first = await h.raw('GET', '/v1.0/me/calendarView?startDateTime=2026-03-01&endDateTime=2026-04-01', { user });
    expect(first.body.value).toHaveLength(10);
    expect(first.body['@odata.nextLink']).toMatch(new RegExp(`^${h.url}/v1.0/me/calendarView\\?.*\\$skip=10`));
    const all = await calendarView(user, '2026-03-01', '2026-04-01');
    expect(all).toHaveLength(25);
    expect(new Set(all.map((e) => e.id)).size).toBe(25);
    const big = await h.raw('GET', '/v1.0/me/calendarView?startDateTime=2026-03-01&endDateTime=2026-04-01&$top=1000', {
      user,
    });
    expect(big.body.value).toHaveLength(25);
    expect(big.body['@odata.nextLink']).toBeUndefined();
    const tooBig = await h.raw(
      'GET',
      '/v1.0/me/calendarView?startDateTime=2026-03-01&endDateTime=2026-04-01&$top=1001',
      { user },
    );
    expect(tooBig.status).toBe(400);
    const sdk = await h
      .client(user)
      .api('/me/calendarView')
      .query({ startDateTime: '2026-03-01', endDateTime: '2026-04-01' })
      .top(5)
      .get();
    expect(sdk.value).toHaveLength(5);
  });

  it('requires startDateTime and endDateTime', async () => {
    const user = await newUser();
    const missing = await h.raw('GET', '/v1.0/me/calendarView?startDateTime=2026-03-01', { user });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({
      code: 'ErrorInvalidParameter',
      message:
        'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
    });
    const invalid = await h.raw('GET', '/v1.0/me/calendarView?startDateTime=ayer&endDateTime=2026-04-01', { user });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.code).toBe('ErrorInvalidParameter');
  });

  it('is the same view under /me/calendar/calendarView and /users/{upn}/calendarView', async () => {
    const user = await newUser();
    const event = await created(user, meeting());
    for (const path of [
      '/v1.0/me/calendar/calendarView',
      `/v1.0/users/${user}/calendarView`,
      `/v1.0/users/${user}/calendar/calendarView`,
    ]) {
      const r = await h.raw('GET', `${path}?startDateTime=2026-03-10&endDateTime=2026-03-11`, { user });
      expect(r.status).toBe(200);
      expect(r.body.value.map((e: Event) => e.id)).toEqual([event.id]);
    }
  });

  it('lists the instances of a series', async () => {
    const user = await newUser();
    const master = await created(user, meeting({ ...weeklyTueThu(4) }));
    const r = await h.raw(
      'GET',
      `/v1.0/me/events/${master.id}/instances?startDateTime=2026-03-01&endDateTime=2026-03-08`,
      { user },
    );
    expect(r.status).toBe(200);
    expect(r.body.value.map((e: Event) => e.type)).toEqual(['occurrence', 'occurrence']);
  });
});

describe('Prefer: outlook.timezone', () => {
  it('reads answer in UTC without it, and in the preferred zone with it (Windows or IANA name)', async () => {
    const user = await newUser();
    const event = await created(user, meeting());
    const plain = await h.raw('GET', `/v1.0/me/events/${event.id}`, { user });
    expect(plain.body.start).toEqual({ dateTime: '2026-03-10T16:00:00.0000000', timeZone: 'UTC' });
    expect(plain.headers.get('preference-applied')).toBeNull();
    const mx = await h.raw('GET', `/v1.0/me/events/${event.id}`, {
      user,
      headers: { Prefer: `outlook.timezone="${MX}"` },
    });
    expect(mx.body.start).toEqual({ dateTime: '2026-03-10T10:00:00.0000000', timeZone: MX });
    expect(mx.body.end).toEqual({ dateTime: '2026-03-10T11:00:00.0000000', timeZone: MX });
    expect(mx.headers.get('preference-applied')).toBe(`outlook.timezone="${MX}"`);
    const iana = await h.raw('GET', '/v1.0/me/events', {
      user,
      headers: { Prefer: 'outlook.timezone="America/Los_Angeles"' },
    });
    expect(iana.body.value[0].start).toEqual({
      dateTime: '2026-03-10T09:00:00.0000000',
      timeZone: 'America/Los_Angeles',
    });
    expect(iana.headers.get('preference-applied')).toBe('outlook.timezone="America/Los_Angeles"');
  });

  it('POST answers in the event’s own zone, or in the preferred one', async () => {
    const user = await newUser();
    const plain = await post(user, meeting());
    expect(plain.body.start).toEqual({ dateTime: '2026-03-10T10:00:00.0000000', timeZone: MX });
    const converted = await post(user, meeting(), { Prefer: `outlook.timezone="${PT}"` });
    expect(converted.body.start).toEqual({ dateTime: '2026-03-10T09:00:00.0000000', timeZone: PT });
    expect(converted.body.originalStartTimeZone).toBe(MX);
    expect(converted.headers.get('preference-applied')).toBe(`outlook.timezone="${PT}"`);
    const sdk: Event = await h
      .client(user)
      .api('/me/events')
      .header('Prefer', 'outlook.timezone="UTC"')
      .post(meeting());
    expect(sdk.start).toEqual({ dateTime: '2026-03-10T16:00:00.0000000', timeZone: 'UTC' });
  });

  it('an unsupported preferred zone is a 400', async () => {
    const user = await newUser();
    const r = await h.raw('GET', '/v1.0/me/events', { user, headers: { Prefer: 'outlook.timezone="Atlantis Time"' } });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('TimeZoneNotSupportedException');
  });

  it('a dateTime with an offset names that instant in the event’s zone', async () => {
    const user = await newUser();
    const event = await created(
      user,
      meeting({ start: { dateTime: '2026-03-10T16:00:00Z', timeZone: MX }, end: at('2026-03-10', '11:00:00') }),
    );
    expect(event.start).toEqual({ dateTime: '2026-03-10T10:00:00.0000000', timeZone: MX });
  });
});

describe('PATCH and DELETE', () => {
  it('PATCH updates a single event partially and changes its change key', async () => {
    const user = await newUser();
    const event = await created(user, meeting({ categories: ['A'] }));
    const client = h.client(user);
    const updated: Event = await client
      .api(`/me/events/${event.id}`)
      .patch({ subject: 'Nuevo asunto', location: { displayName: 'Sala 2' } });
    expect(updated).toMatchObject({
      id: event.id,
      subject: 'Nuevo asunto',
      categories: ['A'],
      location: { displayName: 'Sala 2' },
    });
    expect(updated.changeKey).not.toBe(event.changeKey);
    expect(updated.start).toEqual({ dateTime: '2026-03-10T10:00:00.0000000', timeZone: MX });
    const stale = await h.raw('PATCH', `/v1.0/me/events/${event.id}`, {
      user,
      body: { subject: 'otra' },
      headers: { 'If-Match': `W/"${event.changeKey}"` },
    });
    expect(stale.status).toBe(412);
    const bad = await h.raw('PATCH', `/v1.0/me/events/${event.id}`, {
      user,
      body: { end: at('2026-03-10', '08:00:00') },
    });
    expect(bad.status).toBe(400);
    const got: Event = await client.api(`/me/events/${event.id}`).get();
    expect(got.subject).toBe('Nuevo asunto');
  });

  it('PATCH on an occurrence makes an exception; the rest of the series is unchanged', async () => {
    const user = await newUser();
    const master = await created(user, meeting({ ...weeklyTueThu(4) }));
    const prefer = { Prefer: `outlook.timezone="${MX}"` };
    const before = await calendarView(user, '2026-03-01', '2026-04-01', '', prefer);
    const target = before[1] as Event;
    const r = await h.raw('PATCH', `/v1.0/me/events/${target.id}`, {
      user,
      headers: prefer,
      body: { subject: 'Movida', start: at('2026-03-05', '12:00:00'), end: at('2026-03-05', '13:00:00') },
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: target.id, type: 'exception', subject: 'Movida', seriesMasterId: master.id });
    const after = await calendarView(user, '2026-03-01', '2026-04-01', '', prefer);
    expect(after.map((e) => [e.type, e.subject, e.start?.dateTime])).toEqual([
      ['occurrence', 'Revisión de servicio', '2026-03-03T10:00:00.0000000'],
      ['exception', 'Movida', '2026-03-05T12:00:00.0000000'],
      ['occurrence', 'Revisión de servicio', '2026-03-10T10:00:00.0000000'],
      ['occurrence', 'Revisión de servicio', '2026-03-12T10:00:00.0000000'],
    ]);
    expect(after.map((e) => e.id)).toEqual(before.map((e) => e.id));
    const got = await h.raw('GET', `/v1.0/me/events/${target.id}`, { user });
    expect(got.body.type).toBe('exception');
    const crossing = await h.raw('PATCH', `/v1.0/me/events/${before[2]?.id}`, {
      user,
      body: { start: at('2026-03-12', '15:00:00'), end: at('2026-03-12', '16:00:00') },
    });
    expect(crossing.status).toBe(400);
    expect(crossing.body.error.code).toBe('ErrorOccurrenceCrossingBoundary');
  });

  it('changing the recurrence regenerates the occurrences and drops exceptions', async () => {
    const user = await newUser();
    const master = await created(user, meeting({ ...weeklyTueThu(4) }));
    const view = await calendarView(user, '2026-03-01', '2026-04-01');
    await h.raw('PATCH', `/v1.0/me/events/${view[0]?.id}`, { user, body: { subject: 'Excepción' } });
    const r = await h.raw('PATCH', `/v1.0/me/events/${master.id}`, {
      user,
      body: {
        recurrence: {
          pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'] },
          range: { type: 'numbered', startDate: '2026-03-03', numberOfOccurrences: 3 },
        },
      },
    });
    expect(r.status).toBe(200);
    expect(r.body.recurrence.pattern.daysOfWeek).toEqual(['tuesday']);
    const after = await calendarView(user, '2026-03-01', '2026-04-01', '', { Prefer: `outlook.timezone="${MX}"` });
    expect(after.map((e) => [e.type, e.subject, e.start?.dateTime?.slice(0, 10)])).toEqual([
      ['occurrence', 'Revisión de servicio', '2026-03-03'],
      ['occurrence', 'Revisión de servicio', '2026-03-10'],
      ['occurrence', 'Revisión de servicio', '2026-03-17'],
    ]);
    const single = await h.raw('PATCH', `/v1.0/me/events/${master.id}`, { user, body: { recurrence: null } });
    expect(single.body.type).toBe('singleInstance');
    expect(await calendarView(user, '2026-03-01', '2026-04-01')).toHaveLength(1);
  });

  it('DELETE of an occurrence cancels that instance; DELETE of the master removes the series', async () => {
    const user = await newUser();
    const master = await created(user, meeting({ ...weeklyTueThu(4) }));
    const view = await calendarView(user, '2026-03-01', '2026-04-01');
    const gone = view[1] as Event;
    expect((await h.raw('DELETE', `/v1.0/me/events/${gone.id}`, { user })).status).toBe(204);
    const after = await calendarView(user, '2026-03-01', '2026-04-01');
    expect(after.map((e) => e.id)).toEqual(view.filter((e) => e.id !== gone.id).map((e) => e.id));
    const getGone = await h.raw('GET', `/v1.0/me/events/${gone.id}`, { user });
    expect(getGone.status).toBe(404);
    expect((await h.raw('DELETE', `/v1.0/me/events/${master.id}`, { user })).status).toBe(204);
    expect(await calendarView(user, '2026-03-01', '2026-04-01')).toHaveLength(0);
    const occurrence = await h.raw('GET', `/v1.0/me/events/${view[0]?.id}`, { user });
    expect(occurrence.status).toBe(404);
    expect(await allEvents(user)).toHaveLength(0);
  });

  it('unknown ids are 404 ErrorItemNotFound; malformed ids are 400 ErrorInvalidIdMalformed', async () => {
    const user = await newUser();
    const event = await created(user, meeting());
    await h.raw('DELETE', `/v1.0/me/events/${event.id}`, { user });
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      const r = await h.raw(method, `/v1.0/me/events/${event.id}`, {
        user,
        body: method === 'PATCH' ? { subject: 'x' } : undefined,
      });
      expect(r.status).toBe(404);
      expect(r.body.error).toMatchObject({
        code: 'ErrorItemNotFound',
        message: 'The specified object was not found in the store.',
      });
    }
    for (const id of ['no-existe', 'AAMk%24%24', `AAMk${'A'.repeat(600)}`]) {
      const r = await h.raw('GET', `/v1.0/me/events/${id}`, { user });
      expect(r.status).toBe(400);
      expect(r.body.error).toMatchObject({ code: 'ErrorInvalidIdMalformed', message: 'Id is malformed.' });
    }
    // Another mailbox's id is not found in this one.
    const other = await newUser();
    const foreign = await created(other, meeting());
    expect((await h.raw('GET', `/v1.0/me/events/${foreign.id}`, { user })).status).toBe(404);
  });
});

describe('attendee copies', () => {
  it('an attendee who is a user of the tenant gets a copy of the meeting', async () => {
    const organizer = await newUser();
    const attendee = await newUser();
    const event = await created(
      organizer,
      meeting({
        transactionId: 'tx-invite',
        attendees: [
          { emailAddress: { address: attendee.toUpperCase(), name: 'Invitada' }, type: 'required' },
          { emailAddress: { address: 'externo@contoso.example' }, type: 'optional' },
        ],
      }),
    );
    const copies = await allEvents(attendee);
    expect(copies).toHaveLength(1);
    const copy = copies[0] as Event;
    expect(copy.id).not.toBe(event.id);
    expect(copy).toMatchObject({
      iCalUId: event.iCalUId,
      subject: event.subject,
      isOrganizer: false,
      responseStatus: { response: 'notResponded' },
      organizer: { emailAddress: { address: organizer } },
      transactionId: null,
    });
    // Replays do not deliver it twice.
    await post(organizer, meeting({ transactionId: 'tx-invite' }));
    expect(await allEvents(attendee)).toHaveLength(1);
    // Updates reach the copy; deletion cancels it.
    await h.raw('PATCH', `/v1.0/me/events/${event.id}`, { user: organizer, body: { subject: 'Cambio de hora' } });
    expect((await allEvents(attendee))[0]?.subject).toBe('Cambio de hora');
    await h.raw('DELETE', `/v1.0/me/events/${event.id}`, { user: organizer });
    const cancelled = (await allEvents(attendee))[0] as Event;
    expect(cancelled).toMatchObject({ isCancelled: true, subject: 'Canceled: Cambio de hora' });
  });

  it('a recurring meeting is delivered as a series with its exceptions', async () => {
    const organizer = await newUser();
    const attendee = await newUser();
    await created(organizer, meeting({ ...weeklyTueThu(4), attendees: [{ emailAddress: { address: attendee } }] }));
    const view = await calendarView(organizer, '2026-03-01', '2026-04-01');
    await h.raw('DELETE', `/v1.0/me/events/${view[0]?.id}`, { user: organizer });
    await h.raw('PATCH', `/v1.0/me/events/${view[1]?.id}`, { user: organizer, body: { subject: 'Solo esta vez' } });
    const theirs = await calendarView(attendee, '2026-03-01', '2026-04-01');
    expect(theirs.map((e) => [e.type, e.subject, e.isOrganizer])).toEqual([
      ['exception', 'Solo esta vez', false],
      ['occurrence', 'Revisión de servicio', false],
      ['occurrence', 'Revisión de servicio', false],
    ]);
  });
});

describe('query options on /events', () => {
  it('$filter, $orderby, $select and $expand of extended properties', async () => {
    const user = await newUser();
    const prop = 'String {66f5a359-4659-4830-9070-00047ec6ac6e} Name RelacionesId';
    await created(
      user,
      meeting({ subject: 'Alfa', start: at('2026-03-12'), end: at('2026-03-12', '11:00:00'), transactionId: 'tx-a' }),
    );
    await created(
      user,
      meeting({
        subject: 'Beta',
        start: at('2026-03-11'),
        end: at('2026-03-11', '11:00:00'),
        singleValueExtendedProperties: [{ id: prop, value: 'R-42' }],
      }),
    );
    await created(
      user,
      meeting({
        subject: 'Gamma',
        start: at('2026-03-13'),
        end: at('2026-03-13', '11:00:00'),
        recurrence: {
          pattern: { type: 'daily', interval: 1 },
          range: { type: 'numbered', startDate: '2026-03-13', numberOfOccurrences: 2 },
        },
      }),
    );
    const get = async (query: string) => {
      const r = await h.raw('GET', `/v1.0/me/events?${query}`, { user });
      expect(r.status).toBe(200);
      return r.body.value as (Event & Record<string, unknown>)[];
    };
    expect((await get("$filter=subject eq 'beta'")).map((e) => e.subject)).toEqual(['Beta']);
    expect((await get("$filter=startswith(subject,'A')")).map((e) => e.subject)).toEqual(['Alfa']);
    expect((await get("$filter=transactionId eq 'tx-a'")).map((e) => e.subject)).toEqual(['Alfa']);
    expect((await get("$filter=type eq 'seriesMaster'")).map((e) => e.subject)).toEqual(['Gamma']);
    expect(
      (await get("$filter=start/dateTime ge '2026-03-12T00:00:00'&$orderby=start/dateTime")).map((e) => e.subject),
    ).toEqual(['Alfa', 'Gamma']);
    expect((await get('$orderby=start/dateTime desc')).map((e) => e.subject)).toEqual(['Gamma', 'Alfa', 'Beta']);
    expect(
      (await get(`$filter=singleValueExtendedProperties/any(ep: ep/id eq '${prop}' and ep/value eq 'R-42')`)).map(
        (e) => e.subject,
      ),
    ).toEqual(['Beta']);
    const selected = await get('$select=subject,start&$top=1');
    expect(Object.keys(selected[0] ?? {}).sort()).toEqual(['@odata.etag', 'id', 'start', 'subject']);
    const expanded = await get(
      `$filter=subject eq 'Beta'&$expand=singleValueExtendedProperties($filter=id eq '${prop}')`,
    );
    expect(expanded[0]?.singleValueExtendedProperties).toEqual([{ id: prop, value: 'R-42' }]);
    expect((await get("$filter=subject eq 'Beta'"))[0]?.singleValueExtendedProperties).toBeUndefined();
    const unknown = await h.raw('GET', '/v1.0/me/events?$select=colour', { user });
    expect(unknown.status).toBe(400);
    const badFilter = await h.raw('GET', '/v1.0/me/events?$filter=subject eq', { user });
    expect(badFilter.status).toBe(400);
  });

  it('lists 10 per page by default with a nextLink', async () => {
    const user = await newUser();
    for (let i = 0; i < 12; i++) await created(user, meeting({ subject: `Reunión ${i}` }));
    const first = await h.raw('GET', '/v1.0/me/events', { user });
    expect(first.body.value).toHaveLength(10);
    const next = await h.raw('GET', (first.body['@odata.nextLink'] as string).slice(h.url.length), { user });
    expect(next.body.value).toHaveLength(2);
    expect(next.body['@odata.nextLink']).toBeUndefined();
  });
});

describe('persistence', () => {
  it('events, occurrences, exceptions and transactionIds survive a restart', async () => {
    const user = await newUser();
    const master = await created(user, meeting({ transactionId: 'tx-persist', ...weeklyTueThu(4) }));
    const view = await calendarView(user, '2026-03-01', '2026-04-01');
    await h.raw('PATCH', `/v1.0/me/events/${view[0]?.id}`, { user, body: { subject: 'Persistente' } });
    await h.raw('DELETE', `/v1.0/me/events/${view[3]?.id}`, { user });
    await h.restart();
    const after = await calendarView(user, '2026-03-01', '2026-04-01');
    expect(after.map((e) => e.id)).toEqual(view.slice(0, 3).map((e) => e.id));
    expect(after[0]?.subject).toBe('Persistente');
    const replay = await post(user, meeting({ transactionId: 'tx-persist' }));
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(master.id);
    expect(await allEvents(user)).toHaveLength(1);
  });
});
