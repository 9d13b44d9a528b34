import type { QueryClient } from '@tanstack/react-query';
import { voterKeys } from './keys';
import type { VoterRecommendation } from './types';

/** After a change of a recommendation: keep the returned one, let the lists and the counts fetch again. */
export async function recommendationChanged(queryClient: QueryClient, recommendation: VoterRecommendation): Promise<void> {
  queryClient.setQueryData(voterKeys.detail(recommendation.id), recommendation);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: voterKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: voterKeys.summaries() }),
  ]);
}
