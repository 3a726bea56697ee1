/**
 * A client written only from learn.microsoft.com. Every request below has the SHAPE of a documented
 * HTTP example (same properties, same headers, same addressing; Mexican business values instead of
 * the docs' own) and goes through the real `@microsoft/microsoft-graph-client` the way its README
 * shows: the fluent request builder, `PageIterator` to page to the end, `BatchRequestContent` /
 * `BatchResponseContent` for `$batch`. The assertions are the documented response properties,
 * status codes and types — the emulator's promise that such a client works unchanged against it.
 *
 * Sources (Microsoft Graph v1.0 reference and concepts):
 * - list-create, list-post-columns (columnDefinition create), listitem-create, listitem-list,
 *   listitem-update, listitem-delta;
 * - concepts/json-batching (`dependsOn`, 424) and the JS SDK's docs/content/Batching.md;
 * - user-post-events (Prefer: outlook.timezone, attendees, transactionId),
 *   concepts/outlook-schedule-recurring-events (patternedRecurrence), user-list-calendarview;
 * - user-sendmail (JSON body, internetMessageHeaders), user-post-messages, message-send;
 * - driveitem-put-content, table-list-rows.
 *
 * Deliberate adaptations (the emulator is knowingly narrower, see docs/emulator.md): files live in
 * a site's document library (`/sites/{site-id}/drive…`, a documented addressing) because
 * `/me/drive` is not emulated; batch steps are built with absolute URLs because Node's `Request`
 * refuses the relative ones of the SDK's browser examples (the SDK strips scheme and host).
 */
import { randomUUID } from 'node:crypto';
import {
  BatchRequestContent,
  BatchResponseContent,
  PageIterator,
  ResponseType,
  type BatchRequestStep,
  type Client,
  type PageCollection,
} from '@microsoft/microsoft-graph-client';
import type {
  ColumnDefinition,
  DriveItem,
  Event,
  FieldValueSet,
  List,
  ListItem,
  Message,
  WorkbookTableRow,
} from '@microsoft/microsoft-graph-types';
import ExcelJS from 'exceljs';
import { COMERCIAL, LIDER, startHarness, type EmulatorHarness } from './support/emulator-harness';

let h: EmulatorHarness;
let client: Client;
let siteId: string;

beforeAll(async () => {
  h = await startHarness();
  client = h.client();
  siteId = ((await client.api('/sites/root').get()) as { id: string }).id;
});
afterAll(async () => {
  await h.stop();
});

/** The GraphError the SDK throws for an error status, as a matcher for `rejects.toMatchObject`. */
const graphError = (statusCode: number): Record<string, unknown> => ({ statusCode });

/** Collects every entity of a collection, following `@odata.nextLink` with the SDK's PageIterator. */
async function iterateAll<T>(
  first: PageCollection,
  headers?: Record<string, string>,
): Promise<{ items: T[]; deltaLink: string | undefined }> {
  const items: T[] = [];
  const iterator = new PageIterator(
    client,
    first,
    (item: T) => {
      items.push(item);
      return true;
    },
    headers === undefined ? undefined : { headers },
  );
  await iterator.iterate();
  return { items, deltaLink: iterator.getDeltaLink() };
}

// ------------------------------------------------------------------ SharePoint lists

describe('SharePoint lists, columns and items as documented', () => {
  let listId: string;
  const PREFER_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';
  const items = (): string => `/sites/${siteId}/lists/${listId}/items`;

  it('list-create: POST /sites/{site-id}/lists with custom columns and the genericList template → 201 list', async () => {
    const created = (await client.api(`/sites/${siteId}/lists`).post({
      displayName: 'Oportunidades Bajío',
      columns: [
        { name: 'Responsable', text: {} },
        { name: 'MontoEstimado', number: {} },
      ],
      list: { template: 'genericList' },
    })) as List;
    listId = created.id ?? '';
    expect(created).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      displayName: 'Oportunidades Bajío',
      createdDateTime: expect.any(String),
      lastModifiedDateTime: expect.any(String),
      createdBy: { user: { displayName: 'Jorge Ramírez Cárdenas', id: expect.any(String) } },
      lastModifiedBy: { user: { displayName: 'Jorge Ramírez Cárdenas' } },
      list: { template: 'genericList' },
    });
    expect(Number.isNaN(Date.parse(created.createdDateTime ?? ''))).toBe(false);

    // "new lists are created with columns defined in the referenced template" (Title for genericList).
    const columns = (await client.api(`/sites/${siteId}/lists/${listId}/columns`).get()) as {
      value: ColumnDefinition[];
    };
    const byName = new Map(columns.value.map((c) => [c.name, c]));
    expect(byName.get('Title')).toMatchObject({ text: expect.any(Object) });
    expect(byName.get('Responsable')).toMatchObject({ text: expect.any(Object), displayName: 'Responsable' });
    expect(byName.get('MontoEstimado')).toMatchObject({ number: expect.any(Object) });
  });

  it('columndefinition create: POST …/lists/{list-id}/columns with a text facet → 201 columnDefinition', async () => {
    const column = (await client.api(`/sites/${siteId}/lists/${listId}/columns`).post({
      description: 'Etapa del embudo comercial',
      enforceUniqueValues: false,
      hidden: false,
      indexed: false,
      name: 'Etapa',
      text: {
        allowMultipleLines: false,
        appendChangesToExistingText: false,
        linesForEditing: 0,
        maxLength: 255,
      },
    })) as ColumnDefinition;
    expect(column).toMatchObject({
      description: 'Etapa del embudo comercial',
      displayName: 'Etapa',
      enforceUniqueValues: false,
      hidden: false,
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      indexed: false,
      name: 'Etapa',
      text: {
        allowMultipleLines: false,
        appendChangesToExistingText: false,
        linesForEditing: 0,
        maxLength: 255,
      },
    });
  });

  const seed = [
    { Title: 'Grupo Industrial Saltillo', Responsable: 'Mariana Solís', MontoEstimado: 1_250_000, Etapa: 'Propuesta' },
    { Title: 'Cementos del Bajío', Responsable: 'Jorge Ramírez', MontoEstimado: 480_000, Etapa: 'Prospecto' },
    { Title: 'Aceros de Monterrey', Responsable: 'Mariana Solís', MontoEstimado: 2_300_000, Etapa: 'Propuesta' },
    { Title: 'Textiles de Puebla', Responsable: 'Patricia Villaseñor', MontoEstimado: 150_000, Etapa: 'Ganada' },
    { Title: 'Autopartes Querétaro', Responsable: 'Jorge Ramírez', MontoEstimado: 920_000, Etapa: 'Propuesta' },
  ];
  const createdItems: ListItem[] = [];

  it('listitem-create: POST …/items with {fields} → 201 listItem with id, eTag, fields and audit properties', async () => {
    for (const fields of seed) {
      createdItems.push((await client.api(items()).post({ fields })) as ListItem);
    }
    const [first] = createdItems;
    expect(first).toMatchObject({
      id: expect.stringMatching(/^\d+$/),
      eTag: expect.any(String),
      createdDateTime: expect.any(String),
      lastModifiedDateTime: expect.any(String),
      createdBy: { user: { displayName: 'Jorge Ramírez Cárdenas' } },
      lastModifiedBy: { user: { displayName: 'Jorge Ramírez Cárdenas' } },
      fields: {
        Title: 'Grupo Industrial Saltillo',
        Responsable: 'Mariana Solís',
        MontoEstimado: 1_250_000,
        Etapa: 'Propuesta',
      },
    });
    expect(new Set(createdItems.map((i) => i.id)).size).toBe(seed.length);
  });

  it('listitem-list: ?expand=fields(select=…) as written in the docs returns only the selected fields', async () => {
    // The documented URL literally: `expand` without `$`, select without `$` inside.
    const page = (await client.api(`${items()}?expand=fields(select=Title,Etapa,MontoEstimado)`).get()) as {
      value: ListItem[];
    };
    expect(page.value).toHaveLength(seed.length);
    for (const item of page.value) {
      expect(item.id).toEqual(expect.any(String));
      expect(item.fields).toEqual(
        expect.objectContaining({
          Title: expect.any(String),
          Etapa: expect.any(String),
          MontoEstimado: expect.any(Number),
        }),
      );
      expect(item.fields).not.toHaveProperty('Responsable');
    }

    // The same through the fluent builder.
    const fluent = (await client.api(items()).expand('fields($select=Title,Responsable)').get()) as {
      value: ListItem[];
    };
    expect(fluent.value.map((i) => (i.fields as Record<string, unknown>).Responsable)).toEqual(
      seed.map((s) => s.Responsable),
    );
  });

  it('listitem-list: $filter on a non-indexed field needs Prefer: HonorNonIndexedQueriesWarningMayFailRandomly', async () => {
    const request = (): ReturnType<Client['api']> =>
      client.api(items()).expand('fields(select=Title,Etapa,MontoEstimado)').filter("fields/Etapa eq 'Propuesta'");
    await expect(request().get()).rejects.toMatchObject(graphError(400));

    const page = (await request().header('Prefer', PREFER_NON_INDEXED).get()) as { value: ListItem[] };
    expect(page.value.map((i) => (i.fields as Record<string, unknown>).Title).sort()).toEqual([
      'Aceros de Monterrey',
      'Autopartes Querétaro',
      'Grupo Industrial Saltillo',
    ]);

    // More of the documented operators (ne, lt, ge, startswith), and $orderby on fields.
    const titles = async (filter: string, orderby?: string): Promise<unknown[]> => {
      let builder = client
        .api(items())
        .expand('fields(select=Title)')
        .filter(filter)
        .header('Prefer', PREFER_NON_INDEXED);
      if (orderby !== undefined) builder = builder.orderby(orderby);
      return ((await builder.get()) as { value: ListItem[] }).value.map(
        (i) => (i.fields as Record<string, unknown>).Title,
      );
    };
    expect(await titles('fields/MontoEstimado ge 920000', 'fields/MontoEstimado desc')).toEqual([
      'Aceros de Monterrey',
      'Grupo Industrial Saltillo',
      'Autopartes Querétaro',
    ]);
    expect(await titles("startswith(fields/Title, 'A') and fields/MontoEstimado lt 1000000")).toEqual([
      'Autopartes Querétaro',
    ]);
    expect(await titles("fields/Responsable ne 'Mariana Solís'", 'fields/Title')).toEqual([
      'Autopartes Querétaro',
      'Cementos del Bajío',
      'Textiles de Puebla',
    ]);
  });

  it('listitem-list: $top pages are followed to the end with PageIterator', async () => {
    const first = (await client.api(items()).expand('fields').top(2).get()) as PageCollection;
    expect(first['@odata.nextLink']).toEqual(expect.stringMatching(/^https:\/\//));
    const { items: all } = await iterateAll<ListItem>(first);
    expect(all.map((i) => i.id)).toEqual(createdItems.map((i) => i.id));
    expect(all.every((i) => i.fields !== undefined)).toBe(true);
  });

  it('listitem-update: PATCH …/items/{item-id}/fields with If-Match → 200 fieldValueSet; a stale eTag → 412', async () => {
    const target = createdItems[1];
    const eTag = target?.eTag;
    if (target?.id === undefined || typeof eTag !== 'string') throw new Error('no item');
    const updated = (await client
      .api(`${items()}/${target.id}/fields`)
      .header('If-Match', eTag)
      .patch({ Etapa: 'Negociación', MontoEstimado: 515_000 })) as FieldValueSet & Record<string, unknown>;
    // "All other values on the listItem are left alone."
    expect(updated).toMatchObject({
      Title: 'Cementos del Bajío',
      Responsable: 'Jorge Ramírez',
      Etapa: 'Negociación',
      MontoEstimado: 515_000,
    });

    await expect(
      client.api(`${items()}/${target.id}/fields`).header('If-Match', eTag).patch({ Etapa: 'Perdida' }),
    ).rejects.toMatchObject(graphError(412));

    const reread = (await client.api(`${items()}/${target.id}`).expand('fields').get()) as ListItem;
    expect(reread.fields).toMatchObject({ Etapa: 'Negociación' });
    expect(reread.eTag).not.toBe(eTag);
  });

  it('listitem-delta: enumerate to the deltaLink, then get only the changes (updated and deleted)', async () => {
    // $top (documented for delta) makes the service page: PageIterator follows the nextLinks.
    const first = (await client.api(`${items()}/delta`).expand('fields').top(2).get()) as PageCollection;
    expect(first['@odata.nextLink']).toEqual(expect.stringContaining('/items/delta?'));
    const initial = await iterateAll<ListItem>(first);
    expect(initial.items.map((i) => i.id).sort()).toEqual(createdItems.map((i) => i.id).sort());
    for (const item of initial.items) {
      expect(item).toMatchObject({
        id: expect.any(String),
        eTag: expect.any(String),
        createdDateTime: expect.any(String),
        lastModifiedDateTime: expect.any(String),
        webUrl: expect.any(String),
        createdBy: { user: { displayName: expect.any(String) } },
        parentReference: { siteId: expect.any(String) },
        contentType: { id: expect.any(String), name: expect.any(String) },
      });
    }
    expect(initial.deltaLink).toEqual(expect.stringContaining('/items/delta?'));

    const [changed, removed] = [createdItems[3], createdItems[4]];
    await client.api(`${items()}/${changed?.id}/fields`).patch({ Etapa: 'Cerrada' });
    await client.api(`${items()}/${removed?.id}`).delete();

    const changes = await iterateAll<ListItem & { deleted?: { state: string } }>(
      (await client.api(initial.deltaLink ?? '').get()) as PageCollection,
    );
    const byId = new Map(changes.items.map((i) => [i.id, i]));
    expect([...byId.keys()].sort()).toEqual([changed?.id, removed?.id].sort());
    expect(byId.get(removed?.id)).toMatchObject({ id: removed?.id, deleted: { state: 'deleted' } });
    expect(byId.get(changed?.id)?.deleted).toBeUndefined();

    // "?token=latest" → no items and a deltaLink for future changes only.
    const latest = (await client.api(`${items()}/delta`).query({ token: 'latest' }).get()) as {
      value: unknown[];
      '@odata.deltaLink'?: string;
    };
    expect(latest.value).toEqual([]);
    expect(latest['@odata.deltaLink']).toEqual(expect.any(String));
  });
});

// ------------------------------------------------------------------ JSON batching

describe('JSON batching as documented', () => {
  let listId: string;
  interface InnerResponse {
    id: string;
    status: number;
    headers?: Record<string, string>;
    body?: { value?: ListItem[]; error?: { code: string; message: string } } & Record<string, unknown>;
  }

  beforeAll(async () => {
    listId = ((await client.api(`/sites/${siteId}/lists`).post({ displayName: 'Visitas de Campo' })) as List).id ?? '';
  });

  it('the raw documented body: ids, relative urls (with and without /), headers+body, dependsOn order', async () => {
    const response = (await client.api('/$batch').post({
      requests: [
        { id: '1', method: 'GET', url: '/me' },
        {
          id: '2',
          dependsOn: ['1'],
          method: 'POST',
          url: `/sites/${siteId}/lists/${listId}/items`,
          body: { fields: { Title: 'Visita a planta Celaya' } },
          headers: { 'Content-Type': 'application/json' },
        },
        {
          id: '4',
          dependsOn: ['2'],
          method: 'GET',
          url: `sites/${siteId}/lists/${listId}/items?$expand=fields($select=Title)`,
          headers: { ConsistencyLevel: 'eventual' },
        },
        { id: '3', dependsOn: ['4'], method: 'GET', url: '/users/nadie@relaciones.example' },
      ],
    })) as { responses: InnerResponse[] };
    const byId = new Map(response.responses.map((r) => [r.id, r]));
    expect(byId.get('1')).toMatchObject({ status: 200, body: { userPrincipalName: LIDER } });
    expect(byId.get('2')).toMatchObject({
      status: 201,
      body: { id: expect.any(String), fields: { Title: 'Visita a planta Celaya' } },
    });
    expect(byId.get('4')?.status).toBe(200);
    expect(byId.get('4')?.body?.value?.map((i) => (i.fields as { Title: string }).Title)).toContain(
      'Visita a planta Celaya',
    );
    expect(byId.get('3')?.status).toBe(404);
    expect(byId.get('3')?.body?.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });

  it('ids are "not case-sensitive" and "must be unique in the batch"', async () => {
    const ordered = (await client.api('/$batch').post({
      requests: [
        { id: 'Alta-Visita', method: 'GET', url: '/me' },
        { id: 'lectura', dependsOn: ['alta-visita'], method: 'GET', url: `/sites/${siteId}/lists/${listId}` },
      ],
    })) as { responses: { id: string; status: number }[] };
    expect(ordered.responses.map((r) => [r.id, r.status]).sort()).toEqual([
      ['Alta-Visita', 200],
      ['lectura', 200],
    ]);

    await expect(
      client.api('/$batch').post({
        requests: [
          { id: 'paso-a', method: 'GET', url: '/me' },
          { id: 'PASO-A', method: 'GET', url: '/me' },
        ],
      }),
    ).rejects.toMatchObject(graphError(400));
  });

  it('BatchRequestContent (serial dependsOn) and BatchResponseContent; a failed step makes its dependents 424', async () => {
    // The SDK's docs build steps from `new Request("/me/…")`; Node's Request needs an absolute URL,
    // from which BatchRequestContent keeps only the path (so no version segment).
    const graph = (path: string): string => `https://graph.microsoft.com${path}`;
    const steps: BatchRequestStep[] = [
      {
        id: '1',
        request: new Request(graph(`/sites/${siteId}/lists/${listId}/items`), {
          method: 'POST',
          headers: { 'Content-type': 'application/json' },
          body: JSON.stringify({ fields: { Title: 'Visita a bodega Irapuato' } }),
        }),
      },
      {
        id: '2',
        dependsOn: ['1'],
        request: new Request(graph(`/sites/${siteId}/lists/${listId}/items?$expand=fields`), { method: 'GET' }),
      },
      {
        id: '3',
        dependsOn: ['2'],
        request: new Request(graph(`/sites/${siteId}/lists/Lista-Que-No-Existe/items`), { method: 'GET' }),
      },
      { id: '4', dependsOn: ['3'], request: new Request(graph('/me'), { method: 'GET' }) },
    ];
    const content = new BatchRequestContent(steps);
    const payload = await content.getContent();
    const batch = new BatchResponseContent(await client.api('/$batch').post(payload));

    const created = batch.getResponseById('1');
    expect(created.status).toBe(201);
    const createdItem = (await created.json()) as ListItem;
    expect(createdItem).toMatchObject({ id: expect.any(String), fields: { Title: 'Visita a bodega Irapuato' } });

    const listed = batch.getResponseById('2');
    expect(listed.status).toBe(200);
    expect(((await listed.json()) as { value: ListItem[] }).value.map((i) => i.id)).toContain(createdItem.id);

    expect(batch.getResponseById('3').status).toBe(404);
    const dependent = batch.getResponseById('4');
    expect(dependent.status).toBe(424);
    expect(((await dependent.json()) as { error: { code: string } }).error.code).toEqual(expect.any(String));
    expect([...batch.getResponses().keys()].sort()).toEqual(['1', '2', '3', '4']);
  });
});

// ------------------------------------------------------------------ Calendar

describe('Outlook calendar as documented', () => {
  const MEXICO_CITY = 'Central Standard Time (Mexico)';
  const CANCUN = 'Eastern Standard Time (Mexico)';
  const preferZone = (zone: string): string => `outlook.timezone="${zone}"`;
  let seriesId: string;

  it('user-post-events: attendees, Prefer: outlook.timezone and transactionId → 201 event in the preferred zone', async () => {
    const transactionId = randomUUID().toUpperCase();
    const body = {
      subject: 'Comida con el comité de compras de Cementos del Bajío',
      body: { contentType: 'HTML', content: '¿Les acomoda a mediodía en <b>Cancún</b>?' },
      start: { dateTime: '2027-02-17T13:00:00', timeZone: CANCUN },
      end: { dateTime: '2027-02-17T15:00:00', timeZone: CANCUN },
      location: { displayName: 'La Habichuela, Centro' },
      attendees: [
        { emailAddress: { address: COMERCIAL, name: 'Mariana Solís Herrera' }, type: 'required' },
        { emailAddress: { address: 'compras@cementosdelbajio.example', name: 'Lucía Treviño' }, type: 'Optional' },
      ],
      allowNewTimeProposals: true,
      transactionId,
    };
    const event = (await client.api('/me/events').header('Prefer', preferZone(MEXICO_CITY)).post(body)) as Event &
      Record<string, unknown>;
    expect(event).toMatchObject({
      '@odata.etag': expect.any(String),
      id: expect.any(String),
      changeKey: expect.any(String),
      createdDateTime: expect.any(String),
      iCalUId: expect.any(String),
      subject: body.subject,
      type: 'singleInstance',
      isOrganizer: true,
      isAllDay: false,
      isCancelled: false,
      allowNewTimeProposals: true,
      transactionId,
      originalStartTimeZone: CANCUN,
      originalEndTimeZone: CANCUN,
      responseStatus: { response: 'organizer' },
      body: { contentType: 'html' },
      // 13:00 in Cancún (UTC-5) is 12:00 in Mexico City (UTC-6), answered in the preferred zone.
      start: { dateTime: expect.stringMatching(/^2027-02-17T12:00:00(\.0+)?$/), timeZone: MEXICO_CITY },
      end: { dateTime: expect.stringMatching(/^2027-02-17T14:00:00(\.0+)?$/), timeZone: MEXICO_CITY },
      location: { displayName: 'La Habichuela, Centro' },
      organizer: { emailAddress: { address: LIDER } },
      recurrence: null,
    });
    expect(event.attendees).toEqual([
      expect.objectContaining({
        type: 'required',
        status: expect.objectContaining({ response: 'none' }),
        emailAddress: { name: 'Mariana Solís Herrera', address: COMERCIAL },
      }),
      expect.objectContaining({
        type: 'optional',
        emailAddress: { name: 'Lucía Treviño', address: 'compras@cementosdelbajio.example' },
      }),
    ]);

    // "When an event is sent, the server sends invitations to all the attendees": the attendee
    // who has a mailbox here finds it in her calendar, as an attendee.
    const invited = (await h.client(COMERCIAL).api('/me/events').filter(`subject eq '${body.subject}'`).get()) as {
      value: Event[];
    };
    expect(invited.value).toEqual([
      expect.objectContaining({
        isOrganizer: false,
        organizer: { emailAddress: expect.objectContaining({ address: LIDER }) },
      }),
    ]);

    // The retry the transactionId exists for: the same POST again creates nothing new.
    const retried = (await client.api('/me/events').header('Prefer', preferZone(MEXICO_CITY)).post(body)) as Event;
    expect(retried.id).toBe(event.id);

    // A read without the Prefer header answers in UTC.
    const read = (await client.api(`/me/events/${event.id}`).select('subject,start,end').get()) as Event;
    expect(read.start).toEqual({ dateTime: expect.stringMatching(/^2027-02-17T18:00:00(\.0+)?$/), timeZone: 'UTC' });
  });

  it('user-post-events: several locations (address, coordinates) and enum values written as in the docs ("Required", "Default")', async () => {
    const event = (await client
      .api('/me/events')
      .header('Prefer', preferZone(MEXICO_CITY))
      .post({
        subject: 'Planear la convención anual de distribuidores',
        body: { contentType: 'HTML', content: '¡Arranquemos la planeación!' },
        start: { dateTime: '2027-03-10T11:00:00', timeZone: MEXICO_CITY },
        end: { dateTime: '2027-03-10T12:00:00', timeZone: MEXICO_CITY },
        attendees: [
          { emailAddress: { address: COMERCIAL, name: 'Mariana Solís Herrera' }, type: 'Required' },
          { emailAddress: { address: 'ventas@autopartesqro.example', name: 'Raúl Esquivel' }, type: 'Required' },
        ],
        location: { displayName: 'Sala Bajío; Hotel Real de Minas; Oficina en casa', locationType: 'Default' },
        locations: [
          { displayName: 'Sala Bajío' },
          {
            displayName: 'Hotel Real de Minas',
            address: {
              street: 'Av. Constituyentes 124',
              city: 'Santiago de Querétaro',
              state: 'QRO',
              countryOrRegion: 'MX',
              postalCode: '76000',
            },
            coordinates: { latitude: 20.5888, longitude: -100.3899 },
          },
          { displayName: 'Oficina en casa' },
        ],
        allowNewTimeProposals: true,
      })) as Event;
    expect(event).toMatchObject({
      type: 'singleInstance',
      start: { dateTime: expect.stringMatching(/^2027-03-10T11:00:00/), timeZone: MEXICO_CITY },
      location: { displayName: 'Sala Bajío; Hotel Real de Minas; Oficina en casa', locationType: 'default' },
      attendees: [{ type: 'required' }, { type: 'required' }],
    });
    expect(event.locations).toHaveLength(3);
    expect(event.locations?.[1]).toMatchObject({
      displayName: 'Hotel Real de Minas',
      address: { city: 'Santiago de Querétaro', countryOrRegion: 'MX', postalCode: '76000' },
      coordinates: { latitude: 20.5888, longitude: -100.3899 },
    });
  });

  it('user-post-events: isOnlineMeeting with teamsForBusiness → 201 with onlineMeeting.joinUrl', async () => {
    const event = (await client
      .api('/me/events')
      .header('Prefer', preferZone(MEXICO_CITY))
      .post({
        subject: 'Llamada de seguimiento con Aceros de Monterrey',
        body: { contentType: 'HTML', content: '¿Les funciona al mediodía?' },
        start: { dateTime: '2027-03-11T12:00:00', timeZone: MEXICO_CITY },
        end: { dateTime: '2027-03-11T12:30:00', timeZone: MEXICO_CITY },
        location: { displayName: 'Microsoft Teams' },
        attendees: [{ emailAddress: { address: COMERCIAL, name: 'Mariana Solís Herrera' }, type: 'required' }],
        allowNewTimeProposals: true,
        isOnlineMeeting: true,
        onlineMeetingProvider: 'teamsForBusiness',
      })) as Event;
    expect(event).toMatchObject({
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
      onlineMeeting: { joinUrl: expect.stringMatching(/^https:\/\//) },
    });
  });

  it('schedule repeating appointments: weekly on Monday with an endDate range → 201 seriesMaster', async () => {
    // The concepts doc's headline example, moved to 2027: every Monday from 4 January until
    // 28 March (a Sunday), so the last occurrence is Monday 22 March.
    const master = (await client.api('/me/events').post({
      subject: 'Revisión semanal de cartera Bajío',
      body: { contentType: 'HTML', content: 'Seguimiento de oportunidades abiertas.' },
      start: { dateTime: '2027-01-04T13:00:00', timeZone: MEXICO_CITY },
      end: { dateTime: '2027-01-04T13:30:00', timeZone: MEXICO_CITY },
      recurrence: {
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['Monday'] },
        range: { type: 'endDate', startDate: '2027-01-04', endDate: '2027-03-28' },
      },
      location: { displayName: 'Sala Querétaro' },
      attendees: [{ emailAddress: { address: COMERCIAL, name: 'Mariana Solís Herrera' }, type: 'required' }],
    })) as Event;
    seriesId = master.id ?? '';
    expect(master).toMatchObject({
      id: expect.any(String),
      type: 'seriesMaster',
      seriesMasterId: null,
      start: { dateTime: expect.stringMatching(/^2027-01-04T13:00:00/), timeZone: MEXICO_CITY },
      recurrence: {
        pattern: { type: 'weekly', interval: 1, daysOfWeek: ['monday'] },
        range: { type: 'endDate', startDate: '2027-01-04', endDate: '2027-03-28' },
      },
    });
  });

  it('user-list-calendarview: occurrences expanded in the window, paged to the end with PageIterator', async () => {
    const headers = { Prefer: preferZone(MEXICO_CITY) };
    const first = (await client
      .api('/me/calendarView')
      .query({ startDateTime: '2027-01-01T00:00:00-06:00', endDateTime: '2027-04-01T00:00:00-06:00' })
      .headers(headers)
      .get()) as PageCollection;
    const { items: events } = await iterateAll<Event>(first, headers);

    const occurrences = events.filter((e) => e.seriesMasterId === seriesId);
    expect(occurrences).toHaveLength(12);
    for (const occurrence of occurrences) {
      expect(occurrence).toMatchObject({
        type: 'occurrence',
        subject: 'Revisión semanal de cartera Bajío',
        start: { timeZone: MEXICO_CITY },
        originalStartTimeZone: MEXICO_CITY,
        responseStatus: { response: 'organizer' },
        iCalUId: expect.any(String),
        reminderMinutesBeforeStart: expect.any(Number),
        isReminderOn: expect.any(Boolean),
      });
      expect(new Date(`${occurrence.start?.dateTime?.slice(0, 10)}T00:00:00Z`).getUTCDay()).toBe(1);
    }
    expect(occurrences[0]?.start?.dateTime).toMatch(/^2027-01-04T13:00:00/);
    expect(occurrences.at(-1)?.start?.dateTime).toMatch(/^2027-03-22T13:00:00/);
    // The single event of the previous test falls in the window too; the master itself does not appear.
    expect(events.some((e) => e.type === 'singleInstance')).toBe(true);
    expect(events.some((e) => e.type === 'seriesMaster')).toBe(false);

    // Without the Prefer header, start and end are in UTC.
    const utc = (await client
      .api('/me/calendarView')
      .query({ startDateTime: '2027-01-04T00:00:00-06:00', endDateTime: '2027-01-05T00:00:00-06:00' })
      .get()) as { value: Event[] };
    expect(utc.value.map((e) => e.start)).toEqual([
      { dateTime: expect.stringMatching(/^2027-01-04T19:00:00/), timeZone: 'UTC' },
    ]);
  });

  it('user-list-calendarview: an occurrence changed with PATCH comes back as an exception of the series', async () => {
    const window = { startDateTime: '2027-01-01T00:00:00-06:00', endDateTime: '2027-04-01T00:00:00-06:00' };
    const headers = { Prefer: preferZone(MEXICO_CITY) };
    const listSeries = async (): Promise<Event[]> =>
      (
        await iterateAll<Event>(
          (await client.api('/me/calendarView').query(window).headers(headers).get()) as PageCollection,
          headers,
        )
      ).items.filter((e) => e.seriesMasterId === seriesId);

    const third = (await listSeries())[2];
    expect(third?.start?.dateTime).toMatch(/^2027-01-18T13:00:00/);
    const changed = (await client
      .api(`/me/events/${third?.id}`)
      .header('Prefer', preferZone(MEXICO_CITY))
      .patch({
        subject: 'Revisión semanal de cartera Bajío (en Celaya)',
        location: { displayName: 'Oficina Celaya' },
        start: { dateTime: '2027-01-18T16:00:00', timeZone: MEXICO_CITY },
        end: { dateTime: '2027-01-18T16:30:00', timeZone: MEXICO_CITY },
      })) as Event;
    expect(changed).toMatchObject({ type: 'exception', seriesMasterId: seriesId });

    const after = await listSeries();
    expect(after).toHaveLength(12);
    expect(after[2]).toMatchObject({
      type: 'exception',
      subject: 'Revisión semanal de cartera Bajío (en Celaya)',
      location: { displayName: 'Oficina Celaya' },
      start: { dateTime: expect.stringMatching(/^2027-01-18T16:00:00/), timeZone: MEXICO_CITY },
    });
    expect(after.filter((e) => e.type === 'occurrence')).toHaveLength(11);
  });
});

// ------------------------------------------------------------------ Mail

describe('Outlook mail as documented', () => {
  interface Page<T> {
    value: T[];
  }
  const sentWithSubject = async (subject: string, user?: string): Promise<Message[]> =>
    (
      (await (user === undefined ? client : h.client(user))
        .api("/me/mailFolders('sentitems')/messages")
        .filter(`subject eq '${subject}'`)
        .get()) as Page<Message>
    ).value;

  it('user-sendmail with internetMessageHeaders → 202 and the message is in Sent Items', async () => {
    const subject = `9/3/2027: visita a planta Saltillo ${randomUUID().slice(0, 8)}`;
    const response = (await client
      .api('/me/sendMail')
      .responseType(ResponseType.RAW)
      .post({
        message: {
          subject,
          body: { contentType: 'HTML', content: 'El grupo representa a <b>Coahuila</b>.' },
          toRecipients: [{ emailAddress: { address: COMERCIAL } }],
          internetMessageHeaders: [
            { name: 'x-custom-header-group-name', value: 'Coahuila' },
            { name: 'x-custom-header-group-id', value: 'COA001' },
          ],
        },
      })) as Response;
    expect(response.status).toBe(202);
    expect(await response.text()).toBe('');

    const sent = await sentWithSubject(subject);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      id: expect.any(String),
      subject,
      isDraft: false,
      toRecipients: [{ emailAddress: { address: COMERCIAL } }],
      from: { emailAddress: { address: LIDER } },
      sentDateTime: expect.any(String),
    });

    // The recipient (an emulated user) receives it with the custom headers.
    const inbox = (await h
      .client(COMERCIAL)
      .api("/me/mailFolders('inbox')/messages")
      .filter(`subject eq '${subject}'`)
      .select('subject,internetMessageHeaders')
      .get()) as Page<Message>;
    expect(inbox.value).toHaveLength(1);
    expect(inbox.value[0]?.internetMessageHeaders).toEqual(
      expect.arrayContaining([
        { name: 'x-custom-header-group-name', value: 'Coahuila' },
        { name: 'x-custom-header-group-id', value: 'COA001' },
      ]),
    );
  });

  it('user-sendmail with ccRecipients and "saveToSentItems": "false" (a string, as in the docs) → 202, nothing saved', async () => {
    const subject = `¿Comemos el jueves? ${randomUUID().slice(0, 8)}`;
    const response = (await client
      .api('/me/sendMail')
      .responseType(ResponseType.RAW)
      .post({
        message: {
          subject,
          body: { contentType: 'Text', content: 'Ya abrió la nueva cafetería del parque industrial.' },
          toRecipients: [{ emailAddress: { address: COMERCIAL } }],
          ccRecipients: [{ emailAddress: { address: 'direccion@relaciones.example' } }],
        },
        saveToSentItems: 'false',
      })) as Response;
    expect(response.status).toBe(202);
    expect(await sentWithSubject(subject)).toEqual([]);
  });

  it('user-post-messages (importance, HTML body, headers) → 201 draft; message-send → 202; it moves to Sent Items', async () => {
    const subject = `¿Vieron el partido de anoche? ${randomUUID().slice(0, 8)}`;
    const draft = (await client.api('/me/messages').post({
      subject,
      importance: 'Low',
      body: { contentType: 'HTML', content: '¡Estuvieron <b>increíbles</b>!' },
      toRecipients: [{ emailAddress: { address: COMERCIAL } }],
      internetMessageHeaders: [
        { name: 'x-custom-header-group-name', value: 'Jalisco' },
        { name: 'x-custom-header-group-id', value: 'JAL001' },
      ],
    })) as Message & Record<string, unknown>;
    expect(draft).toMatchObject({
      '@odata.etag': expect.any(String),
      id: expect.any(String),
      createdDateTime: expect.any(String),
      lastModifiedDateTime: expect.any(String),
      changeKey: expect.any(String),
      subject,
      importance: 'low',
      isDraft: true,
      isRead: true,
      hasAttachments: false,
      parentFolderId: expect.any(String),
      conversationId: expect.any(String),
      body: { contentType: 'html' },
      toRecipients: [{ emailAddress: { address: COMERCIAL } }],
      ccRecipients: [],
      bccRecipients: [],
      replyTo: [],
    });
    // "Internet message headers are not returned by default in a POST response"; $select reads them.
    const withHeaders = (await client
      .api(`/me/messages/${draft.id}`)
      .select('internetMessageHeaders')
      .get()) as Message;
    expect(withHeaders.internetMessageHeaders).toEqual(
      expect.arrayContaining([{ name: 'x-custom-header-group-id', value: 'JAL001' }]),
    );

    const sent = (await client
      .api(`/me/messages/${draft.id}/send`)
      .responseType(ResponseType.RAW)
      .post(undefined)) as Response;
    expect(sent.status).toBe(202);

    const drafts = (await client
      .api("/me/mailFolders('drafts')/messages")
      .filter(`subject eq '${subject}'`)
      .get()) as Page<Message>;
    expect(drafts.value).toEqual([]);
    const inSent = await sentWithSubject(subject);
    expect(inSent).toHaveLength(1);
    expect(inSent[0]).toMatchObject({ isDraft: false, importance: 'low', subject });
  });
});

// ------------------------------------------------------------------ Files and workbooks

describe('Files and Excel tables as documented', () => {
  const drive = (): string => `/sites/${siteId}/drive`;

  it('driveitem-put-content: upload a new file by path (201) and replace it by id', async () => {
    const text = 'Cotización 2027-014: 40 toneladas de cemento gris, entrega en Celaya.';
    const response = (await client
      .api(`${drive()}/root:/Propuestas/Cotizacion-2027-014.txt:/content`)
      .header('Content-Type', 'text/plain')
      .responseType(ResponseType.RAW)
      .put(text)) as Response;
    expect(response.status).toBe(201);
    const created = (await response.json()) as DriveItem;
    expect(created).toMatchObject({
      id: expect.any(String),
      name: 'Cotizacion-2027-014.txt',
      size: Buffer.byteLength(text, 'utf8'),
      file: expect.any(Object),
    });

    const replacement = 'Cotización 2027-014 (revisión 2): 45 toneladas, entrega en Irapuato.';
    const replaced = (await client
      .api(`${drive()}/items/${created.id}/content`)
      .header('Content-Type', 'text/plain')
      .put(replacement)) as DriveItem;
    expect(replaced).toMatchObject({ id: created.id, size: Buffer.byteLength(replacement, 'utf8') });

    // The documented "upload a new file" form under a parent item: items/{parent-id}:/{filename}:/content.
    const folder = (await client.api(`${drive()}/root:/Propuestas`).get()) as DriveItem;
    const sibling = (await client
      .api(`${drive()}/items/${folder.id}:/Notas-visita.txt:/content`)
      .header('Content-Type', 'text/plain')
      .put('Llevar muestras de concreto premezclado.')) as DriveItem;
    expect(sibling).toMatchObject({ name: 'Notas-visita.txt', parentReference: { id: folder.id } });
  });

  it('table-list-rows: GET …/workbook/tables/{name}/rows?$top=5&$skip=5 → workbookTableRow collection', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Ventas').addTable({
      name: 'VentasMensuales',
      ref: 'A1',
      headerRow: true,
      columns: [{ name: 'Mes' }, { name: 'Cliente' }, { name: 'Toneladas' }],
      rows: Array.from({ length: 12 }, (_, i) => [i + 1, `Cliente ${i + 1}`, 10 * (i + 1)]),
    });
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const uploaded = (await client
      .api(`${drive()}/root:/Reportes/Ventas-2027.xlsx:/content`)
      .header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .put(file)) as DriveItem;

    const page = (await client
      .api(`${drive()}/items/${uploaded.id}/workbook/tables/VentasMensuales/rows`)
      .top(5)
      .skip(5)
      .get()) as { value: WorkbookTableRow[] };
    expect(page.value).toHaveLength(5);
    expect(page.value[0]).toMatchObject({ index: 5, values: [[6, 'Cliente 6', 60]] });
    for (const row of page.value) {
      expect(row.index).toEqual(expect.any(Number));
      expect(Array.isArray(row.values)).toBe(true);
    }

    // The path-addressed form of the same documented request, under the worksheet.
    const byPath = (await client
      .api(`${drive()}/root:/Reportes/Ventas-2027.xlsx:/workbook/worksheets/Ventas/tables/VentasMensuales/rows`)
      .top(5)
      .get()) as { value: WorkbookTableRow[] };
    expect(byPath.value.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
  });
});
