import { addDays, type IsoDate } from '@/domain/dates';
import { DEFAULT_NOTICE_DAYS } from '@/domain/notifications';
import { seedFleet } from './fleet-seed';
import { installCode, seededRandom, uuid, type Random } from './random';
import type {
  CloudState,
  CmsUser,
  CustomerRecord,
  DeviceRecord,
  LicenseRecord,
  PartnerRecord,
  SegmentControllerRecord,
  SupportStaffRecord,
} from './state';

/** The simulated cloud's first day. Fixed, so every run of every test sees the same statuses. */
export const SEED_TODAY: IsoDate = '2026-11-23';

/** What a seed starts without: no jobs, no sessions, no remembered commands or audit events, instant activations. */
/** CS-1: EnOcean's Customer Success staff, the same in every scenario. */
export const SUPPORT_STAFF: readonly SupportStaffRecord[] = [
  {
    id: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
    name: 'Greta Hoffmann',
    email: 'greta.hoffmann@enocean.example',
    role: 'License administrator',
  },
  {
    id: '7a2b3c4d-5e6f-4a7b-9c8d-0e1f2a3b4c5d',
    name: 'Jonas Weber',
    email: 'jonas.weber@enocean.example',
    role: 'Support agent',
  },
];

const emptyRuntime = () => ({
  activationJobs: [],
  sessions: {},
  localClient: {},
  usedOfflineFileIds: [],
  customerFiles: [],
  notificationSettings: {
    recipients: [],
    days: [...DEFAULT_NOTICE_DAYS],
    notifyOnActivation: true,
  },
  outbox: [],
  fleet: seedFleet(SEED_TODAY),
  idempotency: {},
  settings: { activationMsPerLicense: 0 },
  audit: [],
  supportStaff: SUPPORT_STAFF.map((staff) => ({ ...staff })),
  licenseReturns: [],
});

const EQUIPMENT = [
  'AHU',
  'VAV Box',
  'Fan Coil',
  'Chiller',
  'Energy Meter',
  'Lighting Zone',
  'Boiler',
  'Pump',
];
const PROTOCOLS = ['LON', 'BACnet', 'Modbus', 'IOX'] as const;

type LicenseDraft = Pick<LicenseRecord, 'kind' | 'deviceCount'> & Partial<LicenseRecord>;

function builders(random: Random) {
  const license = (partner: PartnerRecord, draft: LicenseDraft): LicenseRecord => ({
    id: uuid(random),
    termYears: null,
    partnerId: partner.id,
    purchaseOrder: 'PO-0000',
    purchaseDate: '2025-01-15',
    customerId: null,
    transferDate: null,
    supersededBy: null,
    firstActivationDate: null,
    activation: null,
    upgradeUse: null,
    remoteCms: null,
    ...draft,
  });
  const activated = (
    partner: PartnerRecord,
    controller: SegmentControllerRecord,
    activationDate: IsoDate,
    draft: LicenseDraft,
  ): LicenseRecord =>
    license(partner, {
      firstActivationDate: activationDate,
      activation: { segmentControllerId: controller.id, activationDate, note: '' },
      ...draft,
    });
  const devices = (
    controller: SegmentControllerRecord,
    counts: Partial<Record<DeviceRecord['state'], number>>,
  ): DeviceRecord[] => {
    const out: DeviceRecord[] = [];
    for (const [state, count] of Object.entries(counts) as [DeviceRecord['state'], number][]) {
      for (let i = 0; i < count; i += 1) {
        const n = out.length;
        out.push({
          id: uuid(random),
          segmentControllerId: controller.id,
          name: `${EQUIPMENT[n % EQUIPMENT.length]} ${String(Math.floor(n / EQUIPMENT.length) + 1).padStart(2, '0')}`,
          protocol: PROTOCOLS[n % PROTOCOLS.length] ?? 'LON',
          state,
        });
      }
    }
    return out;
  };
  return { license, activated, devices };
}

function baseRecords(random: Random) {
  const users: CmsUser[] = [
    {
      id: uuid(random),
      name: 'Olivia Brandt',
      email: 'olivia.brandt@riverside.example',
      role: 'Owner',
    },
    { id: uuid(random), name: 'Marcus Lee', email: 'marcus.lee@riverside.example', role: 'Admin' },
    {
      id: uuid(random),
      name: 'Priya Nair',
      email: 'priya.nair@riverside.example',
      role: 'Supervisor',
    },
    { id: uuid(random), name: 'Tom Becker', email: 'tom.becker@riverside.example', role: 'User' },
  ];
  const northwind: PartnerRecord = { id: uuid(random), name: 'Northwind Controls' };
  const helios: PartnerRecord = { id: uuid(random), name: 'Helios Integration' };
  const campus: CustomerRecord = {
    id: uuid(random),
    partnerId: northwind.id,
    name: 'P2022-0208',
    contactEmails: ['facilities@riverside.example'],
  };
  const building1: CustomerRecord = {
    id: uuid(random),
    partnerId: northwind.id,
    name: 'P-Building 1',
    contactEmails: ['ops@building1.example'],
  };
  const harbor: CustomerRecord = {
    id: uuid(random),
    partnerId: helios.id,
    name: 'Harbor Logistics',
    contactEmails: ['it@harbor.example', 'energy@harbor.example'],
  };
  const controller = (
    name: string,
    platform: SegmentControllerRecord['platform'],
    softwareVersion: string,
    online: boolean,
    customerId: string | null,
  ): SegmentControllerRecord => ({
    id: uuid(random),
    name,
    installCode: installCode(random),
    platform,
    softwareVersion,
    online,
    customerId,
  });
  const mainHall = controller('Main Hall', 'SmartServer IoT', '4.4', true, campus.id);
  const plantRoom = controller('Plant Room', 'SmartServer Pi', '4.4', true, null);
  const garage = controller('Parking Garage', 'SmartServer IoT', '4.2', false, campus.id);
  return { users, northwind, helios, campus, building1, harbor, mainHall, plantRoom, garage };
}

/** Licenses a partner bought and kept, transferred to customers, or sent back to the cloud. */
function cloudLicenses(r: ReturnType<typeof baseRecords>, b: ReturnType<typeof builders>) {
  const { northwind, helios, campus, harbor } = r;
  const original = b.license(northwind, {
    kind: 'capacity',
    deviceCount: 100,
    purchaseOrder: 'PO-4471',
    purchaseDate: '2026-10-28',
  });
  const forCampus = b.license(northwind, {
    kind: 'capacity',
    deviceCount: 100,
    purchaseOrder: 'PO-4471',
    purchaseDate: '2026-10-28',
    customerId: campus.id,
    transferDate: '2026-11-02',
  });
  original.supersededBy = forCampus.id;
  return [
    original,
    forCampus,
    b.license(northwind, {
      kind: 'maintenance',
      deviceCount: 100,
      termYears: 1,
      purchaseOrder: 'PO-4471',
      purchaseDate: '2026-10-28',
      customerId: campus.id,
      transferDate: '2026-11-02',
    }),
    // Returned to the cloud after seven months on a server: its maintenance clock kept running (SS-13).
    b.license(northwind, {
      kind: 'maintenance',
      deviceCount: 50,
      termYears: 3,
      purchaseOrder: 'PO-3920',
      purchaseDate: '2026-02-20',
      customerId: campus.id,
      transferDate: '2026-09-30',
      firstActivationDate: '2026-03-01',
    }),
    b.license(northwind, {
      kind: 'capacity',
      deviceCount: 50,
      purchaseOrder: 'PO-4502',
      purchaseDate: '2026-11-10',
    }),
    b.license(northwind, {
      kind: 'capacity',
      deviceCount: 50,
      purchaseOrder: 'PO-4502',
      purchaseDate: '2026-11-10',
    }),
    b.license(northwind, {
      kind: 'maintenance',
      deviceCount: 50,
      termYears: 1,
      purchaseOrder: 'PO-4502',
      purchaseDate: '2026-11-10',
    }),
    b.license(northwind, {
      kind: 'maintenance',
      deviceCount: 100,
      termYears: 3,
      purchaseOrder: 'PO-4502',
      purchaseDate: '2026-11-10',
    }),
    b.license(northwind, {
      kind: 'core',
      deviceCount: 0,
      purchaseOrder: 'PO-4502',
      purchaseDate: '2026-11-10',
    }),
    b.license(helios, {
      kind: 'capacity',
      deviceCount: 500,
      purchaseOrder: 'HI-2026-118',
      purchaseDate: '2026-06-03',
    }),
    b.license(helios, {
      kind: 'maintenance',
      deviceCount: 500,
      termYears: 1,
      purchaseOrder: 'HI-2026-118',
      purchaseDate: '2026-06-03',
    }),
    b.license(helios, {
      kind: 'capacity',
      deviceCount: 200,
      purchaseOrder: 'HI-2026-077',
      purchaseDate: '2026-04-14',
      customerId: harbor.id,
      transferDate: '2026-04-20',
    }),
  ];
}

/** Spec MC-3 "typical site": three segment controllers with licenses in every status. */
export function seedTypicalSite(): CloudState {
  const random = seededRandom(20_221_208);
  const r = baseRecords(random);
  const b = builders(random);
  const { northwind, campus, building1, mainHall, plantRoom, garage } = r;
  const sold = { purchaseOrder: 'PO-2102', purchaseDate: '2025-01-30' };
  const on =
    (controller: SegmentControllerRecord, customer: CustomerRecord) =>
    (
      date: IsoDate,
      kind: LicenseRecord['kind'],
      deviceCount: number,
      termYears: number | null = null,
    ) =>
      b.activated(northwind, controller, date, {
        kind,
        deviceCount,
        termYears,
        customerId: customer.id,
        ...sold,
      });
  const mainHallLicense = on(mainHall, campus);
  const plantRoomLicense = on(plantRoom, building1);
  const garageLicense = on(garage, campus);
  const activated: LicenseRecord[] = [
    mainHallLicense('2025-02-10', 'capacity', 100),
    mainHallLicense('2025-09-01', 'capacity', 50),
    mainHallLicense('2025-02-10', 'maintenance', 100, 3),
    mainHallLicense('2026-04-20', 'maintenance', 50, 1),
    plantRoomLicense('2025-12-15', 'core', 0),
    plantRoomLicense('2025-12-15', 'capacity', 25),
    // Expiring on 2026-12-14, 21 days after the seed's today.
    plantRoomLicense('2025-12-15', 'maintenance', 25, 1),
    garageLicense('2025-05-20', 'capacity', 20),
    // Expired on 2026-05-19.
    garageLicense('2025-05-20', 'maintenance', 20, 1),
  ];
  const mainHallMaintenance = activated[2];
  if (mainHallMaintenance?.activation)
    mainHallMaintenance.activation.note = 'Renew with PO-2102 follow-up';
  return {
    today: SEED_TODAY,
    users: r.users,
    segmentControllers: [mainHall, plantRoom, garage],
    devices: [
      ...b.devices(mainHall, { provisioned: 124, unprovisioned: 4 }),
      // Five more devices than the 25-device capacity: unlicensed (SS-11).
      ...b.devices(plantRoom, { provisioned: 25, unlicensed: 5 }),
      ...b.devices(garage, { provisioned: 12 }),
    ],
    licenses: [...activated, ...cloudLicenses(r, b)],
    partners: [northwind, r.helios],
    customers: [campus, building1, r.harbor],
    ...emptyRuntime(),
  };
}

/** Spec MC-3 "fresh install": the same site before any license was activated. */
export function seedFreshInstall(): CloudState {
  const random = seededRandom(20_221_208);
  const r = baseRecords(random);
  const b = builders(random);
  return {
    today: SEED_TODAY,
    users: r.users,
    segmentControllers: [r.mainHall, r.plantRoom, r.garage],
    devices: [
      ...b.devices(r.mainHall, { unlicensed: 40 }),
      ...b.devices(r.plantRoom, { unlicensed: 12 }),
      ...b.devices(r.garage, { unlicensed: 8 }),
    ],
    licenses: cloudLicenses(r, b),
    partners: [r.northwind, r.helios],
    customers: [r.campus, r.building1, r.harbor],
    ...emptyRuntime(),
  };
}

/**
 * Spec MC-3 "expiring soon": the typical site where Main Hall's maintenance runs out within the
 * notification window (1-year ends 2026-11-30, 3-year 2026-12-19), with a recipient to notify.
 */
export function seedExpiringSoon(): CloudState {
  const state = seedTypicalSite();
  const mainHall = state.segmentControllers.find((c) => c.name === 'Main Hall');
  for (const license of state.licenses) {
    const activation = license.activation;
    if (
      license.kind !== 'maintenance' ||
      activation?.segmentControllerId !== mainHall?.id ||
      !activation
    )
      continue;
    const firstActivation = license.termYears === 3 ? '2023-12-20' : '2025-12-01';
    license.firstActivationDate = firstActivation;
    activation.activationDate = firstActivation;
  }
  state.notificationSettings.recipients = ['facilities@riverside.example'];
  return state;
}

/**
 * SS-71, SS-72 "software upgrades": the typical site plus Boiler House, still on software 3.2 (it
 * needs no license), and a one-time upgrade license in Northwind's inventory for it.
 */
export function seedSoftwareUpgrades(): CloudState {
  const state = seedTypicalSite();
  const random = seededRandom(20_261_205);
  const b = builders(random);
  const [northwind] = state.partners;
  const campus = state.customers.find((c) => c.name === 'P2022-0208');
  if (!northwind || !campus) throw new Error('The typical site has no Northwind or campus.');
  const boilerHouse: SegmentControllerRecord = {
    id: uuid(random),
    name: 'Boiler House',
    installCode: installCode(random),
    platform: 'SmartServer IoT',
    softwareVersion: '3.2',
    online: true,
    customerId: campus.id,
  };
  state.segmentControllers.push(boilerHouse);
  state.devices.push(...b.devices(boilerHouse, { provisioned: 18 }));
  state.licenses.push(
    b.license(northwind, {
      kind: 'upgrade',
      deviceCount: 0,
      purchaseOrder: 'PO-4630',
      purchaseDate: '2026-11-18',
    }),
  );
  return state;
}

/**
 * CS-2 "customer success": the typical site where Parking Garage has failed (offline) with a
 * 3-year maintenance license running to 2028-05-19, and its replacement, installed but without a
 * Customer ID or licenses, waiting for Customer Success to return the failed one's licenses.
 */
export function seedCustomerSuccess(): CloudState {
  const state = seedTypicalSite();
  const random = seededRandom(20_261_206);
  const b = builders(random);
  const garage = state.segmentControllers.find((c) => c.name === 'Parking Garage');
  const garageMaintenance = state.licenses.find(
    (l) => l.kind === 'maintenance' && l.activation?.segmentControllerId === garage?.id,
  );
  if (!garage || !garageMaintenance) throw new Error('The typical site has no Parking Garage.');
  garageMaintenance.termYears = 3;
  const replacement: SegmentControllerRecord = {
    id: uuid(random),
    name: 'Parking Garage (replacement)',
    installCode: installCode(random),
    platform: 'SmartServer IoT',
    softwareVersion: '4.4',
    online: true,
    customerId: null,
  };
  state.segmentControllers.push(replacement);
  state.devices.push(...b.devices(replacement, { unlicensed: 12 }));
  return state;
}

/** 197 more segment controllers: 30 with 11 maintenance licenses and 167 with 10, 2,000 in all. */
const LARGE_SITE_CONTROLLERS = 200;
const maintenanceOnBuilding = (index: number) => (index < 30 ? 11 : 10);

/**
 * PL-1 "large site": the typical site grown to 200 segment controllers and 2,000 more maintenance
 * licenses (10 devices each, 1- or 3-year terms, first activated over the last two years, so their
 * expiries fall all over the planner's 12 months), for the planner's render budget (≤ 500 ms).
 */
export function seedLargeSite(): CloudState {
  const state = seedTypicalSite();
  const random = seededRandom(20_261_207);
  const b = builders(random);
  const [northwind] = state.partners;
  const campus = state.customers.find((c) => c.name === 'P2022-0208');
  if (!northwind || !campus) throw new Error('The typical site has no Northwind or campus.');
  const sold = { customerId: campus.id, purchaseOrder: 'PO-9000', purchaseDate: '2024-11-20' };
  for (let i = 0; state.segmentControllers.length < LARGE_SITE_CONTROLLERS; i++) {
    const building: SegmentControllerRecord = {
      id: uuid(random),
      name: `Building ${String(i + 1).padStart(3, '0')}`,
      installCode: installCode(random),
      platform: 'SmartServer IoT',
      softwareVersion: '4.4',
      online: true,
      customerId: campus.id,
    };
    state.segmentControllers.push(building);
    state.licenses.push(
      b.activated(northwind, building, '2024-12-01', {
        kind: 'capacity',
        deviceCount: 100,
        ...sold,
      }),
    );
    for (let m = 0; m < maintenanceOnBuilding(i); m++) {
      const firstActivation = addDays('2024-12-01', Math.floor(random() * 720));
      state.licenses.push(
        b.activated(northwind, building, firstActivation, {
          kind: 'maintenance',
          deviceCount: 10,
          termYears: random() < 0.3 ? 3 : 1,
          ...sold,
        }),
      );
    }
  }
  return state;
}
