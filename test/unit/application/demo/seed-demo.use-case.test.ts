/** Sembrado de la organización de demostración a través de los repositorios: orden, conteos e idempotencia. */
import {
  buildDemoOrganisation,
  DEMO_RECORD_TYPES,
  type DemoRecordType,
} from '../../../../src/application/demo/demo-organisation';
import { seedDemoOrganisation } from '../../../../src/application/demo/seed-demo.use-case';
import { createInMemoryRepositories } from '../../../support/in-memory-repositories';

const TODAY = '2026-03-10';

describe('Sembrar la organización de demostración', () => {
  const organisation = buildDemoOrganisation({ today: TODAY });

  it('escribe cada tipo de registro en orden de dependencias y lo cuenta como creado', async () => {
    const repositories = createInMemoryRepositories();
    const order: DemoRecordType[] = [];
    for (const type of DEMO_RECORD_TYPES) {
      // Wraps each store's createMany to record the order in which the types are written.
      const store: { createMany: (...args: never[]) => Promise<unknown> } = repositories[type];
      const original = store.createMany.bind(store);
      store.createMany = (...args) => {
        order.push(type);
        return original(...args);
      };
    }

    const counts = await seedDemoOrganisation(repositories, { today: TODAY });

    expect(order).toEqual([...DEMO_RECORD_TYPES]);
    for (const type of DEMO_RECORD_TYPES) {
      expect(counts[type]).toEqual({ created: organisation[type].length, existing: 0 });
      expect(repositories[type].size).toBe(organisation[type].length);
    }
    const stored = (await repositories.complaints.listAll()).map((v) => v.value);
    expect(stored.sort((a, b) => a.key.localeCompare(b.key))).toEqual([...organisation.complaints]);
  });

  it('es idempotente: la segunda vez no crea nada y reporta todo como existente', async () => {
    const repositories = createInMemoryRepositories();
    const first = await seedDemoOrganisation(repositories, { today: TODAY });
    const writes = DEMO_RECORD_TYPES.map((type) => repositories[type].writes.length);

    const second = await seedDemoOrganisation(repositories, { today: TODAY });

    for (const type of DEMO_RECORD_TYPES) {
      expect(second[type]).toEqual({ created: 0, existing: first[type].created });
      expect(repositories[type].size).toBe(first[type].created);
    }
    expect(DEMO_RECORD_TYPES.map((type) => repositories[type].writes.length)).toEqual(writes);
  });

  it('informa el avance de cada paso hasta completarlo', async () => {
    const repositories = createInMemoryRepositories();
    const last = new Map<string, { done: number; total: number }>();
    const steps: string[] = [];
    await seedDemoOrganisation(repositories, {
      today: TODAY,
      onProgress: (step, done, total) => {
        if (steps.at(-1) !== step) steps.push(step);
        expect(done).toBeLessThanOrEqual(total);
        last.set(step, { done, total });
      },
    });
    expect(steps).toEqual([...DEMO_RECORD_TYPES]);
    for (const type of DEMO_RECORD_TYPES) {
      expect(last.get(type)).toEqual({ done: organisation[type].length, total: organisation[type].length });
    }
  });
});
