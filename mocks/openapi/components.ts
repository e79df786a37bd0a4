import {
  activationJobListSchema,
  activationJobSchema,
  startActivationBodySchema,
} from '@/api/contract/activations';
import { advanceClockBodySchema, clockSchema } from '@/api/contract/clock';
import { cloudLicenseListSchema } from '@/api/contract/cloud-licenses';
import {
  capacityFileSchema,
  createCapacityFileBodySchema,
  customerLicenseListSchema,
  customerPortalSessionSchema,
  customerSignInBodySchema,
  signedInCustomerSessionSchema,
} from '@/api/contract/customer-portal';
import {
  deviceListSchema,
  provisionBodySchema,
  provisionResultSchema,
} from '@/api/contract/devices';
import { errorBodySchema } from '@/api/contract/common';
import {
  assignBodySchema,
  autoRenewalBodySchema,
  expiryRecipientsBodySchema,
  expiryRecipientsSchema,
  fleetOverviewSchema,
  fleetSessionSchema,
  fleetSignInBodySchema,
  signedInFleetSessionSchema,
  fleetUserSchema,
  licenseKeySchema,
  licensesLeftSchema,
  redeemBodySchema,
  redeemResultSchema,
  sensorPageSchema,
  sensorSchema,
} from '@/api/contract/fleet';
import {
  activateLicenseFileBodySchema,
  issuedLicenseFileSchema,
  issueLicenseFileBodySchema,
  licenseFileActivationSchema,
  licenseFilePreviewSchema,
  previewLicenseFileBodySchema,
} from '@/api/contract/license-files';
import {
  activatedLicenseListSchema,
  activatedLicenseSchema,
  updateNoteBodySchema,
} from '@/api/contract/licenses';
import {
  notificationSettingsSchema,
  outboxListSchema,
  saveNotificationSettingsBodySchema,
} from '@/api/contract/notifications';
import {
  createCustomerBodySchema,
  maintenanceFileBodySchema,
  maintenanceFileSchema,
  partnerCustomerListSchema,
  partnerCustomerSchema,
  partnerInventorySchema,
  partnerListSchema,
  partnerSchema,
  partnerSessionSchema,
  signedInPartnerSessionSchema,
  partnerTransferBodySchema,
  partnerTransferResultSchema,
  signInPartnerBodySchema,
} from '@/api/contract/partner-portal';
import {
  saveCustomerIdBodySchema,
  segmentControllerListSchema,
  segmentControllerSchema,
} from '@/api/contract/segment-controllers';
import { sessionSchema, signedInSessionSchema, signInBodySchema } from '@/api/contract/session';
import {
  activationPaceSchema,
  networkFaultsSchema,
  resetSimulationBodySchema,
  simulationSchema,
} from '@/api/contract/simulation';
import { transferResultSchema, transferToCloudBodySchema } from '@/api/contract/transfers';

/**
 * The contract's named schemas: the very zod schemas the client parses responses with and the
 * handlers parse request bodies with. Shared parts (ErrorBody, Sensor, …) are named too, so the
 * document refers to them instead of repeating them.
 */
export const components = {
  ErrorBody: errorBodySchema,

  Session: sessionSchema,
  SignInBody: signInBodySchema,
  SignedInSession: signedInSessionSchema,
  Clock: clockSchema,
  AdvanceClockBody: advanceClockBodySchema,

  SegmentController: segmentControllerSchema,
  SegmentControllerList: segmentControllerListSchema,
  SaveCustomerIdBody: saveCustomerIdBodySchema,
  ActivatedLicense: activatedLicenseSchema,
  ActivatedLicenseList: activatedLicenseListSchema,
  UpdateNoteBody: updateNoteBodySchema,
  CloudLicenseList: cloudLicenseListSchema,
  ActivationJob: activationJobSchema,
  ActivationJobList: activationJobListSchema,
  StartActivationBody: startActivationBodySchema,
  TransferToCloudBody: transferToCloudBodySchema,
  TransferResult: transferResultSchema,
  DeviceList: deviceListSchema,
  ProvisionBody: provisionBodySchema,
  ProvisionResult: provisionResultSchema,
  PreviewLicenseFileBody: previewLicenseFileBodySchema,
  LicenseFilePreview: licenseFilePreviewSchema,
  ActivateLicenseFileBody: activateLicenseFileBodySchema,
  LicenseFileActivation: licenseFileActivationSchema,
  IssueLicenseFileBody: issueLicenseFileBodySchema,
  IssuedLicenseFile: issuedLicenseFileSchema,
  NotificationSettings: notificationSettingsSchema,
  SaveNotificationSettingsBody: saveNotificationSettingsBodySchema,
  OutboxList: outboxListSchema,

  Partner: partnerSchema,
  PartnerList: partnerListSchema,
  PartnerSession: partnerSessionSchema,
  SignInPartnerBody: signInPartnerBodySchema,
  SignedInPartnerSession: signedInPartnerSessionSchema,
  PartnerInventory: partnerInventorySchema,
  PartnerCustomer: partnerCustomerSchema,
  PartnerCustomerList: partnerCustomerListSchema,
  CreateCustomerBody: createCustomerBodySchema,
  PartnerTransferBody: partnerTransferBodySchema,
  PartnerTransferResult: partnerTransferResultSchema,
  MaintenanceFileBody: maintenanceFileBodySchema,
  MaintenanceFile: maintenanceFileSchema,

  CustomerPortalSession: customerPortalSessionSchema,
  CustomerSignInBody: customerSignInBodySchema,
  SignedInCustomerSession: signedInCustomerSessionSchema,
  CustomerLicenseList: customerLicenseListSchema,
  CreateCapacityFileBody: createCapacityFileBodySchema,
  CapacityFile: capacityFileSchema,

  FleetUser: fleetUserSchema,
  FleetSession: fleetSessionSchema,
  FleetSignInBody: fleetSignInBodySchema,
  SignedInFleetSession: signedInFleetSessionSchema,
  Sensor: sensorSchema,
  SensorPage: sensorPageSchema,
  FleetOverview: fleetOverviewSchema,
  LicenseKey: licenseKeySchema,
  LicensesLeft: licensesLeftSchema,
  RedeemBody: redeemBodySchema,
  RedeemResult: redeemResultSchema,
  AssignBody: assignBodySchema,
  AutoRenewalBody: autoRenewalBodySchema,
  ExpiryRecipients: expiryRecipientsSchema,
  ExpiryRecipientsBody: expiryRecipientsBodySchema,

  Simulation: simulationSchema,
  NetworkFaults: networkFaultsSchema,
  ActivationPace: activationPaceSchema,
  ResetSimulationBody: resetSimulationBodySchema,
};

export type ComponentName = keyof typeof components;
