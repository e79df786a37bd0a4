import { http } from 'msw';
import { cloud } from '../cloud/instance';
import { respond } from './respond';

/** The CMS side of the cloud: segment controllers and the licences activated on them. */
export const cmsHandlers = [
  http.get('*/api/cms/segment-controllers', () =>
    respond(() => ({ items: cloud().listSegmentControllers() })),
  ),
  http.get('*/api/cms/licenses', () => respond(() => ({ items: cloud().listActivatedLicenses() }))),
];
