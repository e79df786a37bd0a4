import { beforeEach, describe, expect, it } from 'vitest';
import type { LookupResult } from '@/api/contract/lookup';
import { found, inspect, the } from '@tests/builders';
import { lookup, support } from './commands';
import { fleetOfSize } from './fleet-seed';
import { resetCloud } from './instance';
import type { CloudModel } from './model';
import { SUPPORT_STAFF } from './seed';

let model: CloudModel;
const find = async (text: string) => model.run(lookup.find, text);
const group = (answer: LookupResult, app: string, kind: string) =>
  answer.groups.find((g) => g.app === app && g.kind === kind);

const replaced = () =>
  found(
    inspect().licenses.find((l) => l.supersededBy !== null),
    'replaced license',
  );
const partnerOf = (partnerId: string) =>
  found(
    inspect().partners.find((p) => p.id === partnerId),
    'partner',
  );

beforeEach(() => {
  model = resetCloud('typical-site');
});

describe('AU-2: one lookup over the apps the caller is signed in to', () => {
  it('searches nothing for a caller signed in nowhere, and says so', async () => {
    const nobody = model.as({ bearer: null, cookies: {}, local: false });
    expect(await nobody.run(lookup.find, 'Main')).toEqual({ searched: [], groups: [] });
  });

  it('finds a segment controller in the CMS by install code typed in lower case with spaces', async () => {
    const hall = found(
      inspect().segmentControllers.find((c) => c.name === 'Main Hall'),
      'Main Hall',
    );
    const answer = await find(hall.installCode.toLowerCase().replaceAll('-', ' '));
    expect(answer.searched).toEqual(['cms', 'fleet']);
    expect(group(answer, 'cms', 'segmentController')).toEqual({
      kind: 'segmentController',
      app: 'cms',
      total: 1,
      items: [
        {
          id: hall.id,
          label: 'Main Hall',
          detail: hall.installCode,
          href: `/?manage=licenses&segment=${hall.id}`,
          replaces: null,
          historyHref: null,
        },
      ],
    });
  });

  it('leads from a replaced License ID to its successor in the Partner Portal', async () => {
    const original = replaced();
    model.signInPartner(original.partnerId);
    const answer = await find(original.id);
    const licenses = group(answer, 'partner', 'license');
    expect(licenses?.items).toEqual([
      expect.objectContaining({
        id: original.supersededBy,
        replaces: original.id,
        href: `/partner?tab=customer-inventory&q=${original.supersededBy}`,
        historyHref: `/partner?tab=customer-inventory&q=${original.supersededBy}&history=${original.supersededBy}`,
        detail: 'P2022-0208',
      }),
    ]);
  });

  it('leads the CMS from a replaced License ID to its successor waiting in the cloud for a saved Customer ID', async () => {
    const original = replaced();
    const licenses = group(await find(original.id), 'cms', 'license');
    expect(licenses?.items).toEqual([
      expect.objectContaining({
        id: original.supersededBy,
        replaces: original.id,
        href: '/?manage=download',
        historyHref: `/?manage=download&history=${original.supersededBy}`,
        detail: 'P2022-0208',
      }),
    ]);
    const unsold = found(
      inspect().licenses.find((l) => l.customerId === null && l.supersededBy === null),
      'unsold license',
    );
    expect(group(await find(unsold.id), 'cms', 'license')).toBeUndefined();
  });

  it("shows a partner its own purchase orders and customers, not another partner's", async () => {
    const original = replaced();
    const own = partnerOf(original.partnerId);
    model.signInPartner(own.id);
    expect(group(await find('po-4502'), 'partner', 'purchaseOrder')?.items).toEqual([
      expect.objectContaining({ id: 'PO-4502', href: '/partner?q=PO-4502' }),
    ]);
    expect(group(await find('HI-2026'), 'partner', 'purchaseOrder')).toBeUndefined();
    expect(group(await find('p2022'), 'partner', 'customer')?.items).toEqual([
      expect.objectContaining({
        label: 'P2022-0208',
        href: '/partner?tab=customer-inventory&q=P2022-0208',
      }),
    ]);
  });

  it('shows a customer account its own licenses, also through the ID it had before a transfer', async () => {
    const original = replaced();
    model.signInCustomer({ eid: found(original.supersededBy, 'successor') });
    const licenses = group(await find(original.id), 'customer', 'license');
    expect(licenses?.items).toEqual([
      expect.objectContaining({
        id: original.supersededBy,
        replaces: original.id,
        href: '/customer',
      }),
    ]);
  });

  it('searches the Customer Success console only for a license administrator', async () => {
    const staff = (role: string) => found(SUPPORT_STAFF.find((s) => s.role === role)?.id, role);
    model.run(support.signInSupport, staff('Support agent'));
    expect((await find('Northwind')).searched).not.toContain('support');
    model.run(support.signInSupport, staff('License administrator'));
    const partners = group(await find('Northwind'), 'support', 'partner');
    expect(partners?.items[0]).toMatchObject({
      label: 'Northwind Controls',
      href: '/support?q=Northwind+Controls',
    });
  });

  it('lists exact matches first, at most five a group, with the total (a 100,000-sensor fleet)', async () => {
    the.fleet().replacedBy(fleetOfSize(100_000, model.clock().today));
    const bySerial = group(await find('s001869f'), 'fleet', 'sensor');
    expect(bySerial).toEqual({
      kind: 'sensor',
      app: 'fleet',
      total: 1,
      items: [expect.objectContaining({ id: 'S001869F', href: '/fleet/sensors/S001869F' })],
    });
    const many = group(await find('Sensor 1'), 'fleet', 'sensor');
    expect(many?.total).toBeGreaterThan(10_000);
    expect(many?.items).toHaveLength(5);
    expect(many?.items[0]?.label).toBe('Sensor 1');
  });

  it('matches nothing for only punctuation', async () => {
    expect((await find('--')).groups).toEqual([]);
  });
});
