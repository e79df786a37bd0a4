import { useQuery } from '@tanstack/react-query';
import { partnerPortalQueries, useSignInPartner } from '@/api/partner-portal';
import { SignInChoiceCard } from '@/components/sign-in-choice-card';
import { useText } from '@/lib/i18n';

/** PP-1 (simulated): choose one of the cloud's partners. */
export function PartnerSignInCard() {
  const partners = useQuery(partnerPortalQueries.partners());
  const signIn = useSignInPartner();
  const t = useText();
  return (
    <SignInChoiceCard
      title={t('partner.signIn.title')}
      hint={t('partner.signIn.hint')}
      loadingLabel={t('partner.signIn.loading')}
      loadErrorTitle={t('partner.signIn.loadError')}
      choices={partners.data?.map((partner) => ({
        key: partner.id,
        label: t('partner.signIn.as', { name: partner.name }),
      }))}
      loading={{
        pending: partners.isPending,
        error: partners.error,
        retry: () => void partners.refetch(),
        retrying: partners.isRefetching,
      }}
      signIn={{
        pendingKey: signIn.isPending ? signIn.variables : null,
        error: signIn.error,
        choose: (key, options) => signIn.mutate(key, options),
      }}
    />
  );
}
