import { licenseFileRoutes } from '@/api/contract/license-files';
import { cloud as theCloud } from '../cloud/instance';
import { handle } from './handle';

/**
 * Simulation only: stands in for the portals (CP-3, PP-7) for the dev toolbar, tests and stories.
 * It issues as Customer Success, not as the caller, so it is no route of a command.
 */
export const licenseFileHandlers = [
  handle(licenseFileRoutes.issue, async ({ body }) => ({
    fileName: `${body.installCode}.lic`,
    text: await theCloud().issueOfflineFile(body),
  })),
];
