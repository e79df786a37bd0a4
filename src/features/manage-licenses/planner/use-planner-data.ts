import { useQuery } from '@tanstack/react-query';
import { cloudLicenseQueries } from '@/api/cloud-licenses';
import { clockQueries } from '@/api/clock';
import { licenseQueries } from '@/api/licenses';
import { segmentControllerQueries } from '@/api/segment-controllers';
import { sessionQueries } from '@/api/session';
import { combineQueries } from '@/components/query-view';

const NONE: never[] = [];

/**
 * PL-1: what the planner needs, read in parallel (quality P9). Only the Owner may list the licenses
 * waiting in the cloud (SS-1); everyone else plans with what is activated.
 */
export function usePlannerData() {
  const session = useQuery(sessionQueries.current());
  const user = session.data?.user;
  const isOwner = user?.role === 'Owner';
  const licenses = useQuery(licenseQueries.activated());
  const controllers = useQuery(segmentControllerQueries.list());
  const clock = useQuery(clockQueries.current());
  const cloud = useQuery({ ...cloudLicenseQueries.list(), enabled: isOwner });
  const cloudLicenses = isOwner ? cloud.data : NONE;
  return combineQueries(
    [session, licenses, controllers, clock, ...(isOwner ? [cloud] : [])],
    user && licenses.data && controllers.data && clock.data && cloudLicenses
      ? {
          user,
          licenses: licenses.data,
          controllers: controllers.data,
          cloudLicenses,
          today: clock.data.today,
        }
      : undefined,
  );
}

export type PlannerData = NonNullable<ReturnType<typeof usePlannerData>['data']>;
