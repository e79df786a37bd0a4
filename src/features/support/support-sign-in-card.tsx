import { useQuery } from '@tanstack/react-query';
import { customerSuccessQueries, useSignInSupport } from '@/api/customer-success';
import { SignInChoiceCard } from '@/components/sign-in-choice-card';
import { useText } from '@/lib/i18n';
import { supportRoleLabel } from './support-words';

/** CS-1 (simulated): choose the staff member to act as. */
export function SupportSignInCard() {
  const staff = useQuery(customerSuccessQueries.staff());
  const signIn = useSignInSupport();
  const t = useText();
  return (
    <SignInChoiceCard
      title={t('support.signIn.title')}
      hint={t('support.signIn.hint')}
      loadingLabel={t('support.signIn.loading')}
      loadErrorTitle={t('support.signIn.loadError')}
      choices={staff.data?.map((member) => ({
        key: member.id,
        label: t('support.signIn.as', {
          who: t('shell.identity.who', {
            name: member.name,
            role: supportRoleLabel(member.role, t),
          }),
        }),
      }))}
      loading={{
        pending: staff.isPending,
        error: staff.error,
        retry: () => void staff.refetch(),
        retrying: staff.isRefetching,
      }}
      signIn={{
        pendingKey: signIn.isPending ? signIn.variables : null,
        error: signIn.error,
        choose: (key, options) => signIn.mutate(key, options),
      }}
    />
  );
}
