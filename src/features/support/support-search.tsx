import { useDeferredValue } from 'react';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import TravelExploreOutlined from '@mui/icons-material/TravelExploreOutlined';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { MIN_SEARCH_LENGTH } from '@/api/contract/customer-success';
import { customerSuccessQueries } from '@/api/customer-success';
import { EmptyState } from '@/components/empty-state';
import { QueryView } from '@/components/query-view';
import { useText } from '@/lib/i18n';
import { SearchResults } from './search-results';
import type { useSupportUrl } from './support-url';

/** CS-1: the search in the address, read once; every reader of it shares the one request. */
export function useSupportSearch(text: string) {
  const query = useDeferredValue(text.trim());
  const searchable = query.length >= MIN_SEARCH_LENGTH;
  const search = useQuery({ ...customerSuccessQueries.search(query), enabled: searchable });
  const found = search.data ? Object.values(search.data).some((group) => group.total > 0) : false;
  return { query, searchable, search, found };
}

/** CS-1: the results of the search in the address; the previous ones stay while the next come. */
export function SupportSearch({ url }: { url: ReturnType<typeof useSupportUrl> }) {
  const t = useText();
  const { query, searchable, search } = useSupportSearch(url.search);
  if (!searchable)
    return (
      <EmptyState
        icon={<TravelExploreOutlined fontSize="inherit" />}
        title={t('support.search.start.title')}
      >
        {t('support.search.start.body')}
      </EmptyState>
    );
  return (
    <div aria-busy={search.isPlaceholderData}>
      {search.isPlaceholderData && <LinearProgress aria-label={t('support.search.busy')} />}
      <QueryView
        query={search}
        pending={<LinearProgress aria-label={t('support.search.busy')} />}
        errorTitle={t('support.search.loadError')}
        isEmpty={(result) => Object.values(result).every((group) => group.total === 0)}
        empty={
          <EmptyState
            icon={<SearchOutlined fontSize="inherit" />}
            title={t('support.search.nothing.title', { query })}
          >
            {t('support.search.nothing.body')}
          </EmptyState>
        }
      >
        {(result) => <SearchResults result={result} url={url} />}
      </QueryView>
    </div>
  );
}
